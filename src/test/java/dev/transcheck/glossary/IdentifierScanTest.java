package dev.transcheck.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The identifiers (addresses, handles) a term hit inside is not counted: found where they are, and
 * found in time proportional to the text (lab/fuzz's growth probe found the check quadratic in the
 * length of one run of address characters with no @ after it, such as {@code __a-__a-...}).
 */
class IdentifierScanTest {
    private static List<String> found(String text) {
        return TermAnalysis.identifiers(text).stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    @Test
    void mailAddressesAndHandlesAreFound() {
        assertEquals(List.of("news.desk+kyiv@ukrinform.ua", "@kyiv_roasters"),
                found("Пишіть на news.desk+kyiv@ukrinform.ua або @kyiv_roasters щодня."));
    }

    @Test
    void nearMissAHyphenatedRunWithoutAtIsNoIdentifier() {
        assertEquals(List.of(), found("Ужгород-Київ-Львів-Одеса, a-b-c та 5%-10%"));
    }

    @Test
    void aLongRunOfAddressCharactersWithoutAtIsScannedInLinearTime() {
        // quadratic, this is 10^10 steps (minutes); linear, milliseconds
        String run = "__a-".repeat(50_000) + "@ !";
        assertEquals(List.of(), assertTimeoutPreemptively(Duration.ofSeconds(5), () -> found(run)));
        String withAddress = "a-".repeat(50_000) + "x@example.com";
        assertEquals(List.of(withAddress), assertTimeoutPreemptively(Duration.ofSeconds(5), () -> found(withAddress)));
    }
}
