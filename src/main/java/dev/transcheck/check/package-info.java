/**
 * The checks, and only the checks: each a final class declared once with {@link
 * dev.transcheck.check.CheckInfo} and listed in {@link dev.transcheck.check.CheckRegistry}, with a
 * page in docs/checks/ and flag/near-miss pairs in src/test/resources/checks/.
 */
package dev.transcheck.check;
