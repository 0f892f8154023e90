/**
 * The command line (picocli): a thin layer over the {@link dev.transcheck.Transcheck} facade that
 * reads files, chooses languages and settings, writes reports atomically and turns problems into
 * one line and exit status 2.
 */
package dev.transcheck.cli;
