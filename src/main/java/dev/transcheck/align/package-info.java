/**
 * Sentence alignment: anchors shared by the two sides (numbers, names, quotes, cognates) and
 * lengths, scored in a banded dynamic programme into beads with a confidence each.
 */
package dev.transcheck.align;
