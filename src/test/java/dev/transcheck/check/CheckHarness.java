package dev.transcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.transcheck.text.Resources;
import dev.transcheck.Transcheck;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Sentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way check tests build a document pair and run the checks on it: documents of given
 * sentences (one sentence per string, so a test states its segmentation), beads stated or line to
 * line, and the findings of one check. Used by {@link CheckPairsTest} (the data files
 * {@code src/test/resources/checks/<id>.tsv}) and by the Java check tests whose assertions go
 * beyond a flag/near-miss pair.
 */
public final class CheckHarness {
    /** Glossaries a pair names by a short key; anything else is a path relative to the repository. */
    static final Map<String, String> GLOSSARIES = Map.of(
            "terms", "src/test/resources/glossary/terms.csv",
            "names", "src/test/resources/names/glossary-test.csv",
            "shipped", "glossaries");
    static final Resources RESOURCES = new Resources();
    private static final Map<String, Transcheck> ENGINES = new ConcurrentHashMap<>();
    private static final Map<String, Glossary> GLOSSARY_CACHE = new ConcurrentHashMap<>();

    private CheckHarness() {
    }

    /** An engine without a glossary ({@code "-"}), or with the glossary of a key or path (loaded once). */
    public static Transcheck engine(String glossary) {
        return ENGINES.computeIfAbsent(key(glossary), k -> Transcheck.builder().resources(RESOURCES).glossary(glossary(k)).build());
    }

    /**
     * An engine that runs only {@code check}: what the check itself finds, before the finding layer
     * merges its findings with other checks' findings about the same span.
     */
    public static Transcheck engine(String glossary, String check) {
        return ENGINES.computeIfAbsent(key(glossary) + "|" + check, k -> Transcheck.builder().resources(RESOURCES)
                .glossary(glossary(key(glossary)))
                .registry(CheckRegistry.of(List.of(CheckRegistry.standard().get(check)))).build());
    }

    private static String key(String glossary) {
        return glossary == null || glossary.isBlank() ? "-" : glossary;
    }

    private static Glossary glossary(String key) {
        if (key.equals("-")) {
            return Glossary.empty();
        }
        return GLOSSARY_CACHE.computeIfAbsent(key, k -> {
            try {
                return GlossaryLoader.loadAll(List.of(Path.of(GLOSSARIES.getOrDefault(k, k))));
            } catch (Exception e) {
                throw new IllegalStateException("cannot load glossary " + k + ": " + e, e);
            }
        });
    }

    /** A document whose sentences are exactly {@code sentences}, one per line, in one paragraph each. */
    public static Document doc(String lang, String... sentences) {
        StringBuilder sb = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            int start = sb.length();
            sb.append(sentences[i]);
            out.add(new Sentence(i, i, start, sb.length(), sentences[i]));
            sb.append('\n');
        }
        return new Document("<" + lang + ">", lang, sb.toString(), out);
    }

    /** A 1-1 bead of confidence 0.9. */
    public static Bead b(int s, int t) {
        return new Bead(List.of(s), List.of(t), 0.9);
    }

    /** Sentence i of the source aligned to sentence i of the translation, each with {@code confidence}. */
    public static Alignment lineByLine(Document s, Document t, double confidence) {
        assertEquals(s.size(), t.size(), "line-by-line texts have as many sentences on each side");
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            beads.add(new Bead(List.of(i), List.of(i), confidence));
        }
        return new Alignment(beads, s.size(), t.size());
    }

    /**
     * The findings of {@code check} when {@code tc} checks {@code s} against {@code t} aligned by
     * {@code a} (null: the engine's aligner); every translation span must quote the text it points at.
     */
    public static List<Finding> run(Transcheck tc, String check, Document s, Document t, Alignment a) {
        List<Finding> all = (a == null ? tc.check(s, t) : tc.check(s, t, a)).findings();
        List<Finding> out = all.stream().filter(f -> f.check().equals(check)).toList();
        for (Finding f : out) {
            if (f.translation() != null) {
                assertEquals(t.text().substring(f.translation().start(), f.translation().end()), f.translation().text(),
                        "the translation span quotes its text");
            }
            if (f.source() != null) {
                assertEquals(s.text().substring(f.source().start(), f.source().end()), f.source().text(),
                        "the source span quotes its text");
            }
        }
        return out;
    }

    /** The findings of {@code check} with every check running and no glossary, over the stated beads. */
    public static List<Finding> run(String check, Document s, Document t, Bead... beads) {
        return run(engine("-"), check, s, t, beads);
    }

    /** {@link #run(Transcheck, String, Document, Document, Alignment)} with the stated beads. */
    public static List<Finding> run(Transcheck tc, String check, Document s, Document t, Bead... beads) {
        return run(tc, check, s, t, new Alignment(List.of(beads), s.size(), t.size()));
    }
}
