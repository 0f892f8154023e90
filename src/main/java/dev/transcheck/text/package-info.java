/**
 * Text analysis shared by the stages: language guess, Unicode normal form, morphology
 * dictionaries, word facts. Subpackages: {@code analysis} (tokens, stems, lemmas),
 * {@code translit} (romanisation under several schemes), {@code numbers} (the one number reader).
 */
package dev.transcheck.text;
