/**
 * Romanisation of Cyrillic names under the schemes newsrooms use (Ukrainian national system,
 * BGN/PCGN, press conventions; German and Polish press spellings), letter variants and sound keys
 * for comparing a rendering with its expected forms.
 */
package dev.transcheck.text.translit;
