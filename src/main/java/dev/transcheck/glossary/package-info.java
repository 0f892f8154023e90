/**
 * Glossaries (CSV as desks keep them, TBX from CAT tools): concepts, their forms per language with
 * status (preferred, admitted, forbidden), the term index that finds them in inflected text, and
 * the term analysis of an aligned pair.
 */
package dev.transcheck.glossary;
