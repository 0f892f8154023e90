/**
 * The one door to the Okapi Framework: bilingual files (XLIFF 1.2 and 2.x, TMX, PO) and Word
 * documents read through its filters, and XLIFF written back with ITS quality issues. Nothing
 * outside this package names an Okapi class, so a plain-text check never loads one.
 */
package dev.transcheck.io.okapi;
