package dev.transcheck.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The tags of a name and of a word ({@link Expectation#tags}, {@link Expectation#wordTags}) let a
 * bead of thousands of names compare each name only with the words that may render it (issue 15):
 * a word that shares no tag with a name must get {@link Expectation.Verdict#NONE} from it, or the
 * findings would change. Checked on the expectations of the name tests' sentences against every
 * English word of them and their variants (case, a final s, a letter dropped or doubled, ch and kh,
 * Polish letters, other orthographies' spellings, short first names).
 */
class ExpectationTagsTest {
    /** Words judged against every name (a sample of the variants, to keep the suite's time). */
    private static final int POOL = 1500;
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}'’-]*");

    @Test
    void aWordThatSharesNoTagWithANameIsNoRenderingOfIt() throws Exception {
        Map<Object, Expectation> expectations = new LinkedHashMap<>();
        Set<String> words = new LinkedHashSet<>(List.of("Wiśniewski", "Radwańska", "Nowak", "Francesco", "Bouchard",
                "Mike", "Tommy", "Edward", "Humphreys", "Austin", "Merriweather", "Schwarz", "Chaikovsky", "Tchaikovsky",
                "Khrushchev", "Hryhoriy", "Grigory", "Yuliia", "Julia", "Sergey", "Serhiy", "Dodgers", "Korea", "Łódź"));
        for (String file : List.of("/names/triples.tsv", "/names/misspellings.tsv")) {
            for (String[] r : NameCalibrationTest.rows(file)) {
                if (r.length < 3 || r[0].equals("en")) {
                    continue;
                }
                NameAnalysis a = NameCalibrationTest.analyse(r[0], r[1], r[2]);
                for (NameAnalysis.Result res : a.results()) {
                    if (res.expectation() != null) {
                        expectations.putIfAbsent(res.expectation().judgeKey(), res.expectation());
                    }
                }
                for (int c = 2; c < r.length; c++) {
                    Matcher m = LATIN.matcher(r[c]);
                    while (m.find()) {
                        words.add(m.group());
                    }
                }
            }
        }
        Random rng = new Random(15);
        List<String> variants = new ArrayList<>();
        for (Expectation e : expectations.values()) {
            for (String x : e.expected()) {
                variants.add(x);
            }
        }
        for (String w : new ArrayList<>(words)) {
            variants.add(w);
        }
        for (String w : variants) {
            if (w.length() < 3) {
                continue;
            }
            words.add(w + "s");
            words.add(w.toLowerCase(java.util.Locale.ROOT));
            int k = 1 + rng.nextInt(w.length() - 1);
            words.add(w.substring(0, k) + w.substring(k + 1));
            words.add(w.substring(0, k) + w.charAt(k) + w.substring(k));
            words.add(w.replace("ch", "kh").replace("Ch", "Kh"));
            words.add(w.replace("kh", "ch").replace("Kh", "Ch"));
            words.add(w.replace("v", "w").replace("sh", "sz"));
            words.add(w.replace("s", "ś").replace("l", "ł"));
            words.add("H" + w.toLowerCase(java.util.Locale.ROOT));
        }
        List<String> pool = new ArrayList<>(words);
        Collections.shuffle(pool, rng);
        pool = pool.subList(0, Math.min(POOL, pool.size())); // all 4,385 words (1.2 million pairs) once by hand: none wrong
        NameTables tables = expectations.values().iterator().next().tables();
        Map<String, Set<String>> wordTags = new LinkedHashMap<>();
        for (String w : pool) {
            wordTags.put(w, Expectation.wordTags(w, tables));
        }
        int filtered = 0;
        int judged = 0;
        int rendered = 0;
        List<String> wrong = new ArrayList<>();
        for (Expectation e : expectations.values()) {
            assertTrue(e.tables() == tables, "one set of name tables");
            Set<String> tags = e.tags();
            for (String w : pool) {
                Set<String> wt = wordTags.get(w);
                boolean shares = wt.contains(Expectation.ANY_TAG) || !Collections.disjoint(tags, wt);
                Expectation.Verdict v = e.judge(w);
                judged++;
                rendered += v == Expectation.Verdict.NONE ? 0 : 1;
                if (!shares) {
                    filtered++;
                    if (v != Expectation.Verdict.NONE) {
                        wrong.add(e.expected() + " / " + w + ": " + v);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())), wrong.size() + " of " + judged);
        assertTrue(expectations.size() > 200 && words.size() > 3000, expectations.size() + " names, " + pool.size() + " words");
        assertTrue(filtered > judged / 2, "the tags leave most pairs out: " + filtered + " of " + judged);
        assertTrue(rendered > 1000 * POOL / words.size(), "and the pairs kept hold the renderings: " + rendered);
    }
}
