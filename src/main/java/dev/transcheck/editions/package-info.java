/**
 * One source with several editions (its translations into other languages) checked together:
 * each edition against the source as {@link dev.transcheck.Transcheck#check} does, every edition
 * aligned to the source and to each other (triangulated omissions), names and numbers compared
 * across editions by language-neutral keys, and the editions report with its renderers (text, JSON,
 * the HTML matrix). Sits above {@code check}, {@code align} and {@code report}, below {@code cli}.
 * Entry point: {@link dev.transcheck.editions.Editions#check}.
 */
package dev.transcheck.editions;
