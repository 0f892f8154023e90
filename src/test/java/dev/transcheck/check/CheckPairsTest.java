package dev.transcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every check's flagged pairs and near misses, as data: {@code src/test/resources/checks/<id>.tsv},
 * one pair a line, tab-separated:
 *
 * <pre>
 * expect  langs  source  translation  [span]  [glossary]  [beads]  [note]
 * </pre>
 *
 * <ul>
 * <li>{@code expect}: {@code flag} (exactly one finding of the check), {@code flags} (one or more),
 *     either with a severity ({@code flag:warning}: the finding on the span has it), or {@code silent}
 *     (no finding of the check);</li>
 * <li>{@code langs}: {@code uk-en} and the like;</li>
 * <li>{@code source}, {@code translation}: sentences separated by {@code \n}, one sentence each;</li>
 * <li>{@code span}: for a flag, the text the finding points at (its translation span, else its
 *     source span); empty or {@code -}: any;</li>
 * <li>{@code glossary}: {@code -} or empty (none), {@code terms}, {@code names}, {@code shipped} or a path;</li>
 * <li>{@code beads}: empty (sentence i to sentence i, confidence 0.95), {@code auto} (the aligner), or
 *     beads such as {@code 0:0 1: 2:1@0.2} (source:translation indexes, comma-separated, empty for
 *     none; confidence 0.9 unless given).</li>
 * </ul>
 * Each pair runs its check alone (what the check finds, before the finding layer merges findings
 * of several checks about one span; FindingMergerTest covers that). Lines starting with
 * {@code #} and blank lines are skipped. Every registered check has a file
 * with at least one flagged pair and one near miss.
 */
class CheckPairsTest {
    static final Path DIR = Path.of("src/test/resources/checks");
    /**
     * Checks of a bilingual file's units (a missing target, an inline tag): a sentence pair has no
     * units, so their flagged pairs and near misses are BilingualChecksTest's and FormatsCliTest's.
     */
    static final Set<String> UNIT_CHECKS = Set.of("target.missing", "markup.mismatch");

    record Pair(String check, int line, String expect, String langs, String source, String translation, String span,
                String glossary, String beads, String note) {
        boolean flag() {
            return expect.startsWith("flag");
        }

        @Override
        public String toString() {
            return check + ".tsv:" + line + " " + expect + " " + langs + (note.isEmpty() ? "" : " (" + note + ")");
        }
    }

    static List<Pair> pairs(String check) throws IOException {
        List<Pair> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(DIR.resolve(check + ".tsv"));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 4) {
                fail(check + ".tsv:" + (i + 1) + ": expected at least 4 tab-separated columns, found " + c.length);
            }
            out.add(new Pair(check, i + 1, c[0].trim(), c[1].trim(), c[2], c[3], col(c, 4), col(c, 5), col(c, 6), col(c, 7)));
        }
        return out;
    }

    private static String col(String[] c, int i) {
        String v = i < c.length ? c[i].trim() : "";
        return v.equals("-") ? "" : v;
    }

    static Stream<Pair> all() throws IOException {
        List<Pair> out = new ArrayList<>();
        for (Check c : CheckRegistry.standard().checks()) {
            if (Files.exists(DIR.resolve(c.id() + ".tsv"))) {
                out.addAll(pairs(c.id()));
            }
        }
        return out.stream();
    }

    static Document doc(String lang, String text) {
        return CheckHarness.doc(lang, text.split("\\\\n"));
    }

    static Alignment beads(String spec, Document s, Document t) {
        if (spec.isEmpty()) {
            return s.size() == t.size() ? CheckHarness.lineByLine(s, t, 0.95) : null;
        }
        if (spec.equals("auto")) {
            return null;
        }
        List<Bead> out = new ArrayList<>();
        for (String b : spec.split("\\s+")) {
            double conf = 0.9;
            int at = b.indexOf('@');
            if (at >= 0) {
                conf = Double.parseDouble(b.substring(at + 1));
                b = b.substring(0, at);
            }
            String[] st = b.split(":", -1);
            out.add(new Bead(indexes(st[0]), indexes(st[1]), conf));
        }
        return new Alignment(out, s.size(), t.size());
    }

    private static List<Integer> indexes(String s) {
        return s.isEmpty() ? List.of() : Stream.of(s.split(",")).map(Integer::parseInt).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void pair(Pair p) {
        String[] langs = p.langs().split("-");
        Document s = doc(langs[0], p.source());
        Document t = doc(langs[1], p.translation());
        List<Finding> got = CheckHarness.run(CheckHarness.engine(p.glossary(), p.check()), p.check(), s, t, beads(p.beads(), s, t));
        if (!p.flag()) {
            assertEquals(List.of(), got, p + ": a near miss must stay silent");
            return;
        }
        assertFalse(got.isEmpty(), p + ": must be flagged");
        if (!p.expect().startsWith("flags")) {
            assertEquals(1, got.size(), p + ": one finding of the check expected; got " + got);
        }
        List<Finding> matching = got.stream().filter(f -> p.span().isEmpty() || p.span().equals(shown(f))).toList();
        assertFalse(matching.isEmpty(), p + ": no finding on \"" + p.span() + "\"; got " + got.stream().map(CheckPairsTest::shown).toList());
        if (p.expect().contains(":")) {
            Severity want = Severity.parse(p.expect().substring(p.expect().indexOf(':') + 1));
            assertTrue(matching.stream().anyMatch(f -> f.severity() == want), p + ": expected severity " + want.word()
                    + "; got " + matching.stream().map(f -> f.severity().word()).toList());
        }
    }

    /** The text a finding points at: its translation span, else its source span. */
    static String shown(Finding f) {
        return f.translation() != null ? f.translation().text() : f.source() != null ? f.source().text() : "";
    }

    @Test
    void everyCheckHasAFlaggedPairAndANearMiss() throws IOException {
        List<String> lacking = new ArrayList<>();
        for (Check c : CheckRegistry.standard().checks()) {
            if (UNIT_CHECKS.contains(c.id())) {
                continue;
            }
            if (!Files.exists(DIR.resolve(c.id() + ".tsv"))) {
                lacking.add(c.id() + " (no " + DIR.resolve(c.id() + ".tsv") + ")");
                continue;
            }
            List<Pair> ps = pairs(c.id());
            if (ps.stream().noneMatch(Pair::flag)) {
                lacking.add(c.id() + " (no flagged pair)");
            }
            if (ps.stream().allMatch(Pair::flag)) {
                lacking.add(c.id() + " (no near miss)");
            }
            for (Pair p : ps) {
                if (!p.expect().matches("flags?(:(error|warning|info))?|silent")) {
                    lacking.add(p + " (expect is flag, flags, either with :<severity>, or silent)");
                }
            }
        }
        assertEquals(List.of(), lacking);
    }

    @Test
    void everyDataFileBelongsToARegisteredCheck() throws IOException {
        Set<String> ids = CheckRegistry.standard().checks().stream().map(Check::id).collect(Collectors.toSet());
        Set<String> orphans = new TreeSet<>();
        try (Stream<Path> files = Files.list(DIR)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tsv"))
                    .map(n -> n.substring(0, n.length() - 4)).filter(id -> !ids.contains(id)).forEach(orphans::add);
        }
        assertEquals(Set.of(), orphans, "data files without a registered check");
    }
}
