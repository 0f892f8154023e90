/**
 * Renderers: text for a terminal, the JSON contract, a self-contained HTML page, CSV, SARIF, JUnit
 * XML and GitHub annotations. Renderers only render what the report carries.
 */
package dev.transcheck.report;
