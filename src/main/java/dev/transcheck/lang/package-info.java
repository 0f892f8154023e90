/**
 * Language profiles: everything transcheck knows about one language (script, segmentation data,
 * number lexicon, case endings, romanisation variants, analyzer, guess data), loaded as data from
 * {@code lang/<code>/}. Adding a language is adding a folder (docs/LANGUAGES.md).
 */
package dev.transcheck.lang;
