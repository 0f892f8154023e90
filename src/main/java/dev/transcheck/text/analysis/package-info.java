/**
 * Tokens and matching keys: a tokenizer, case folding, Lucene analyzers and morphology
 * dictionaries chained per language profile, declension endings for words no dictionary knows.
 */
package dev.transcheck.text.analysis;
