/**
 * Immutable records every stage shares: documents and sentences, spans, alignments and beads,
 * findings with their severity and MQM category, the report and its score. Imports no other
 * transcheck package.
 */
package dev.transcheck.model;
