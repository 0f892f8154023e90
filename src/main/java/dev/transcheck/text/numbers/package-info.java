/**
 * The one number reader: digits and separators, scale words, units and currencies, dates,
 * roman numerals and spelled numbers in each language profile's conventions, and the matching of
 * the values of a source sentence with those of its translation. Serves the aligner and the checks.
 */
package dev.transcheck.text.numbers;
