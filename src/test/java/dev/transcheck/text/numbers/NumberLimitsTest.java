package dev.transcheck.text.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Long runs of one repeated value (a sports table, a data list) are read without a stack overflow
 * and compared in near-linear time. The timeouts are hang guards, far above the expected cost.
 */
class NumberLimitsTest {
    static String repeat(String item, String sep, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            sb.append(k > 0 ? sep : "").append(item);
        }
        return sb.toString();
    }

    @Test
    void aLongCommaListIsReadWithoutStackOverflow() {
        String list = repeat("7", ",", 3000);
        for (String lang : List.of("en", "uk", "ru", "de")) {
            assertTimeoutPreemptively(Duration.ofSeconds(90), () -> NumberExtractor.extract(list, lang));
        }
        String spaced = repeat("7", ", ", 3000);
        assertEquals(3000, NumberExtractor.extract(spaced, "en").size());
    }

    @Test
    void longSpaceGroupedRunsAreReadWithoutStackOverflow() {
        String millions = repeat("1 000 000", " ", 3000);
        String zeros = "1" + repeat("000", " ", 5000);
        for (String lang : List.of("en", "uk")) {
            assertTimeoutPreemptively(Duration.ofSeconds(90), () -> NumberExtractor.extract(millions, lang));
            assertTimeoutPreemptively(Duration.ofSeconds(90), () -> NumberExtractor.extract(zeros, lang));
        }
        String dims = repeat("7", "x", 3000) + " cm";
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> NumberExtractor.extract(dims, "en"));
        String range = repeat("7", "-", 3000);
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> NumberExtractor.extract(range, "uk"));
    }

    @Test
    void manyRepeatedPercentagesCompareInNearLinearTime() {
        String s = repeat("5%", " ", 1200);
        String t = repeat("5%", " ", 1199) + " 6%";
        List<NumericEntity> a = NumberExtractor.extract(s, "en");
        List<NumericEntity> b = NumberExtractor.extract(t, "uk");
        NumberMatch m = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> NumberMatch.of(a, b));
        assertEquals(1, m.translationOnly().size(), "6% has no counterpart");
        List<NumericEntity> c = NumberExtractor.extract(repeat("5 miles (8 km)", ", ", 1500), "en");
        List<NumericEntity> d = NumberExtractor.extract(repeat("8 км", ", ", 1500), "uk");
        NumberMatch g = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> NumberMatch.of(c, d));
        assertTrue(g.clean(), "a converted value in parentheses is a gloss");
    }
}
