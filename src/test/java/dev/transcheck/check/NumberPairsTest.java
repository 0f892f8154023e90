package dev.transcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Sentence;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every pair of {@code numbers/pairs.tsv} (uk-en and ru-en, equal and unequal values) as a
 * one-sentence document pair and compares the number, date and format findings with the row's
 * expectation.
 */
class NumberPairsTest {
    static final Transcheck TC = Transcheck.builder().build();
    static final Set<String> MINE = Set.of("number.mismatch", "date.mismatch", "number.format");

    static Stream<Arguments> rows() throws Exception {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                NumberPairsTest.class.getResourceAsStream("/numbers/pairs.tsv"), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.startsWith("pair\t") || line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                out.add(Arguments.of(n, c[0], c[1], c[2], c[3], c.length > 4 ? c[4] : ""));
            }
        }
        return out.stream();
    }

    static Document doc(String lang, String text) {
        return new Document("<" + lang + ">", lang, text, List.of(new Sentence(0, 0, 0, text.length(), text)));
    }

    static Set<String> checksRaised(String pair, String source, String translation) {
        String[] l = pair.split("-");
        Alignment a = new Alignment(List.of(new Bead(List.of(0), List.of(0), 1.0)), 1, 1);
        Set<String> got = new TreeSet<>();
        for (Finding f : TC.check(doc(l[0], source), doc(l[1], translation), a).findings()) {
            if (MINE.contains(f.check())) {
                got.add(f.check());
            }
        }
        return got;
    }

    @ParameterizedTest(name = "line {0} {1}: {2} | {3}")
    @MethodSource("rows")
    void pair(int line, String pair, String source, String translation, String expected, String note) {
        Set<String> want = new TreeSet<>();
        if (!expected.equals("-")) {
            want.addAll(List.of(expected.split(",")));
        }
        assertEquals(want, checksRaised(pair, source, translation), "line " + line + " (" + note + ")");
    }

    @Test
    void enoughPairsPerLanguagePair() throws Exception {
        long uk = rows().filter(a -> a.get()[1].equals("uk-en")).count();
        long ru = rows().filter(a -> a.get()[1].equals("ru-en")).count();
        long flagged = rows().filter(a -> !a.get()[4].equals("-")).count();
        assertTrue(uk >= 150 && ru >= 150, "uk-en " + uk + ", ru-en " + ru);
        assertTrue(flagged > 100 && flagged < uk + ru - 100, "both equal and unequal pairs");
    }

    static List<Finding> numberFindings(String pair, String source, String translation) {
        String[] l = pair.split("-");
        Alignment a = new Alignment(List.of(new Bead(List.of(0), List.of(0), 1.0)), 1, 1);
        return TC.check(doc(l[0], source), doc(l[1], translation), a).findings().stream()
                .filter(f -> f.check().equals("number.mismatch")).toList();
    }

    @Test
    void aSoftWordIsNoChangedPercentage() {
        // "two-rate" (a word of two) left over against an added «50 %»: two warnings, no error
        List<Finding> soft = numberFindings("en-uk", "If you have a two-rate meter, the night rate is UAH 2.16.",
                "Якщо у вас лічильник, нічний тариф — 2,16 грн, тобто на 50 % дешевше.");
        assertEquals(2, soft.size());
        assertTrue(soft.stream().allMatch(f -> f.severity() == dev.transcheck.model.Severity.WARNING), soft.toString());
        // near miss: a percentage in digits against another percentage is a changed value
        List<Finding> hard = numberFindings("en-uk", "If you have a two-rate meter, the night rate is 20% lower.",
                "Якщо у вас двозонний лічильник, нічний тариф на 50 % нижчий.");
        assertTrue(hard.stream().anyMatch(f -> f.severity() == dev.transcheck.model.Severity.ERROR), hard.toString());
    }
}
