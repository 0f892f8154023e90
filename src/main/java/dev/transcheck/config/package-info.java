/**
 * A desk's settings: {@code transcheck.yaml} (glossaries, checks switched off, severities, gate
 * thresholds, accept file) and the accept file of reviewed finding ids.
 */
package dev.transcheck.config;
