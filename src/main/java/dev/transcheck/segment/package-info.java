/**
 * Sentence segmentation: ICU's sentence breaks corrected with each language profile's
 * abbreviations, initials, numbered lists and quotation rules; paragraphs kept.
 */
package dev.transcheck.segment;
