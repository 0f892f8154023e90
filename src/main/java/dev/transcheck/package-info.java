/**
 * transcheck checks a translation against its source article. {@link dev.transcheck.Transcheck} is the
 * one entry point: texts in ({@code document}), a pair refused or accepted ({@code validate}), a
 * {@link dev.transcheck.model.Report} out ({@code check}). The pipeline below it: read ({@code io}) →
 * segment → align → extract (terms in {@code glossary}, names in {@code names}, numbers in
 * {@code text.numbers}) → check → merge findings → report. A stage never imports a stage above it.
 */
package dev.transcheck;
