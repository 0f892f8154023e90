/**
 * Reading input: files checked and decoded (BOM, UTF-8, legacy Cyrillic encodings), markup
 * removed from Markdown and HTML with a map back to the file, atomic writes, short escaped
 * excerpts for messages.
 */
package dev.transcheck.io;
