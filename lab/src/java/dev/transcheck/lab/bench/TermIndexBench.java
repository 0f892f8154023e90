package dev.transcheck.lab.bench;

import dev.transcheck.text.Resources;
import dev.transcheck.glossary.Concept;
import dev.transcheck.glossary.ConceptType;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.glossary.Term;
import dev.transcheck.glossary.TermIndex;
import dev.transcheck.glossary.TermStatus;
import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import dev.transcheck.segment.Segmenter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Speed of TermIndex.find: the zapad-2025 article (uk, ru sources and the en translation) against
 * the test glossary plus generated concepts (1,000 in all by default). Not a unit test; run with
 * {@code benchmarks/term-index.sh [concepts]}.
 */
public final class TermIndexBench {
    private static final String[] UK = {"ко", "ва", "лен", "пет", "рен", "сов", "дан", "мир", "гор", "біл", "чук", "нен", "тар", "сил", "бор"};
    private static final String[] RU = {"ко", "ва", "лен", "пет", "рен", "сов", "дан", "мир", "гор", "бел", "чук", "нен", "тар", "сил", "бор"};
    private static final String[] EN = {"ko", "va", "len", "pet", "ren", "sov", "dan", "mir", "hor", "bil", "chuk", "nen", "tar", "syl", "bor"};

    private TermIndexBench() {
    }

    private static final Path HOME = Path.of(System.getProperty("transcheck.home", "."));

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Glossary base = GlossaryLoader.loadAll(List.of(HOME.resolve("src/test/resources/glossary/terms.csv")));
        List<Concept> all = new ArrayList<>(base.concepts());
        Random r = new Random(42);
        for (int i = all.size(); i < total; i++) {
            int a = r.nextInt(UK.length);
            int b = r.nextInt(UK.length);
            int c = r.nextInt(UK.length);
            String uk = cap(UK[a] + UK[b] + UK[c]) + "ов";
            String ru = cap(RU[a] + RU[b] + RU[c]) + "ов";
            String en = cap(EN[a] + EN[b] + EN[c]) + "ov";
            all.add(new Concept("gen." + i, i % 2 == 0 ? ConceptType.PERSON : ConceptType.PLACE, List.of(
                    new Term("uk", (i % 2 == 0 ? "Іван " : "") + uk, TermStatus.PREFERRED, null, null, "gen"),
                    new Term("ru", (i % 2 == 0 ? "Иван " : "") + ru, TermStatus.PREFERRED, null, null, "gen"),
                    new Term("en", (i % 2 == 0 ? "Ivan " : "") + en, TermStatus.PREFERRED, null, null, "gen"),
                    new Term("en", en + "e", TermStatus.FORBIDDEN, null, null, "gen"))));
        }
        Glossary g = new Glossary(all);
        Resources res = new Resources();
        Segmenter seg = new Segmenter();
        Path sample = HOME.resolve("samples/zapad-2025");
        for (String[] f : new String[][] {{"uk", "source.uk.txt"}, {"ru", "source.ru.txt"}, {"en", "translation.en.txt"}}) {
            String text = Files.readString(sample.resolve(f[1]));
            Document d = new Document(f[1], f[0], text, seg.segment(text, f[0]));
            long t0 = System.nanoTime();
            TermIndex index = TermIndex.of(g, res);
            int hits = count(index, d);
            long first = System.nanoTime() - t0;
            int runs = 50;
            long t1 = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                hits = count(index, d);
            }
            long each = (System.nanoTime() - t1) / runs;
            int words = text.split("\\s+").length;
            System.out.printf("%s: %d words, %d concepts, %d hits; first call (builds the %s index, loads dictionary) %.1f ms; then %.2f ms per document%n",
                    f[1], words, g.size(), hits, f[0], first / 1e6, each / 1e6);
        }
    }

    private static int count(TermIndex index, Document d) {
        int n = 0;
        for (Sentence s : d.sentences()) {
            n += index.find(d, s).size();
        }
        return n;
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
