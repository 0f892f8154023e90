/**
 * {@code transcheck serve}: the web page for translators and the HTTP API for desks (Javalin on
 * Jetty), over one shared {@link dev.transcheck.Transcheck}. Loaded only by the serve command.
 */
package dev.transcheck.server;
