/**
 * Person and place names: finding them in the source (morphology tags, first-name tables,
 * exonyms), what each must look like in the translation, and the analysis the name checks share.
 */
package dev.transcheck.names;
