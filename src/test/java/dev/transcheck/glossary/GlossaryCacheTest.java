package dev.transcheck.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.io.InputException;
import dev.transcheck.text.Resources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The glossary cache gives what loading and indexing the files gives; a changed glossary or a new
 * build never reads an old entry; a damaged entry is built again; an invalid glossary is never
 * cached and fails as without a cache.
 */
class GlossaryCacheTest {
    private static final Path SHIPPED = Path.of("glossaries");

    /** A copy of the shipped glossaries, to be changed by a test. */
    private static Path copy(Path tmp) throws IOException {
        Path dir = tmp.resolve("glossaries");
        Files.createDirectories(dir);
        try (Stream<Path> s = Files.list(SHIPPED)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    /** Everything a glossary holds and its term index of each language, as text. */
    private static String describe(Glossary g) {
        List<String> out = new ArrayList<>();
        for (Concept c : g.concepts()) {
            out.add(c.toString());
        }
        out.add(new java.util.TreeSet<>(g.relations()).toString());
        TermIndex index = TermIndex.of(g, new Resources());
        for (String lang : List.of("uk", "ru", "en")) {
            out.add(lang + ":\n" + index.describe(lang));
        }
        return String.join("\n", out);
    }

    private static List<Path> entries(Path cacheDir) throws IOException {
        try (Stream<Path> s = Files.list(cacheDir)) {
            return s.filter(p -> p.getFileName().toString().matches("[0-9a-f]{40}\\..+")).sorted().toList();
        }
    }

    @Test
    void aCachedGlossaryAndItsIndexesAreWhatTheFilesGive(@TempDir Path tmp) throws Exception {
        String expected = describe(GlossaryLoader.loadAll(List.of(SHIPPED)));
        GlossaryCache cache = GlossaryCache.at(tmp.resolve("cache"), "test-build-1");
        Glossary first = GlossaryLoader.loadAll(List.of(SHIPPED), cache);
        assertNotNull(first.slot(), "loaded through the cache");
        assertEquals(expected, describe(first), "built and written");
        List<Path> written = entries(tmp.resolve("cache"));
        assertEquals(List.of("glossary", "index-en", "index-ru", "index-uk"),
                written.stream().map(p -> p.getFileName().toString().substring(41)).toList());
        Glossary second = GlossaryLoader.loadAll(List.of(SHIPPED), cache);
        assertEquals(expected, describe(second), "read from the cache");
        // a later load reads the entry, not the files: an entry written with other content under the key shows
        Glossary marked = new Glossary(List.of(new Concept("only-in-the-cache", ConceptType.TERM,
                List.of(new Term("en", "cached", TermStatus.PREFERRED, null, null, "test")))));
        cache.write(first.slot().key(), GlossaryCodec.GLOSSARY_PART, out -> GlossaryCodec.writeGlossary(out, marked));
        assertNotNull(GlossaryLoader.loadAll(List.of(SHIPPED), cache).concept("only-in-the-cache"));
    }

    @Test
    void aChangedGlossaryIsReadAgainNotTakenFromTheCache(@TempDir Path tmp) throws Exception {
        Path dir = copy(tmp);
        GlossaryCache cache = GlossaryCache.at(tmp.resolve("cache"), "test-build-1");
        Glossary before = GlossaryLoader.loadAll(List.of(dir), cache);
        assertNull(before.concept("test-cache-concept"));
        Files.writeString(dir.resolve("60-terms.csv"), "test-cache-concept,term,en,cache sentinel,preferred,,,\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Glossary after = GlossaryLoader.loadAll(List.of(dir), cache);
        assertNotNull(after.concept("test-cache-concept"), "the new row is there");
        assertNotEquals(before.slot().key(), after.slot().key());
        assertEquals(describe(GlossaryLoader.loadAll(List.of(dir))), describe(after));
        assertTrue(describe(after).contains("cache sentinel"), "and in the English index");
    }

    @Test
    void anotherBuildOfTheCodeUsesAnotherEntry(@TempDir Path tmp) throws Exception {
        GlossaryCache one = GlossaryCache.at(tmp.resolve("cache"), "test-build-1");
        GlossaryCache two = GlossaryCache.at(tmp.resolve("cache"), "test-build-2");
        assertNotEquals(GlossaryLoader.loadAll(List.of(SHIPPED), one).slot().key(),
                GlossaryLoader.loadAll(List.of(SHIPPED), two).slot().key());
    }

    @Test
    void aDamagedEntryIsBuiltAgain(@TempDir Path tmp) throws Exception {
        String expected = describe(GlossaryLoader.loadAll(List.of(SHIPPED)));
        Path cacheDir = tmp.resolve("cache");
        GlossaryCache cache = GlossaryCache.at(cacheDir, "test-build-1");
        describe(GlossaryLoader.loadAll(List.of(SHIPPED), cache));
        List<Path> files = entries(cacheDir);
        assertEquals(4, files.size());
        // a flipped byte in the middle, a truncated file, an empty file, a file of another key
        byte[] g = Files.readAllBytes(files.get(0));
        g[g.length / 2] ^= 0x20;
        Files.write(files.get(0), g);
        byte[] en = Files.readAllBytes(files.get(1));
        Files.write(files.get(1), java.util.Arrays.copyOf(en, en.length - 7));
        Files.write(files.get(2), new byte[0]);
        Files.copy(files.get(1), files.get(3), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Glossary again = GlossaryLoader.loadAll(List.of(SHIPPED), cache);
        assertEquals(expected, describe(again), "the damaged entry was not used");
        // and written again: the next load reads every part
        String key = again.slot().key();
        assertNotNull(cache.read(key, GlossaryCodec.GLOSSARY_PART, GlossaryCodec::readGlossary));
        for (String lang : List.of("en", "ru", "uk")) {
            assertNotNull(cache.read(key, "index-" + lang, in -> in.readAllBytes()), lang);
        }
        assertEquals(expected, describe(GlossaryLoader.loadAll(List.of(SHIPPED), cache)));
    }

    @Test
    void anInvalidGlossaryIsNeverCachedAndFailsAsWithoutACache(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "concept,type,lang,form,status\nx,person,uk,Іван,preferred\nx,place,en,Ivan,preferred\n");
        Path cacheDir = tmp.resolve("cache");
        GlossaryCache cache = GlossaryCache.at(cacheDir, "test-build-1");
        InputException plain = assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(bad)));
        InputException cached = assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(bad), cache));
        assertEquals(plain.getMessage(), cached.getMessage());
        assertTrue(!Files.exists(cacheDir) || entries(cacheDir).isEmpty(), "nothing cached");
        Path missing = tmp.resolve("missing.csv");
        assertEquals(assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(missing))).getMessage(),
                assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(missing), cache)).getMessage());
    }

    @Test
    void onlyTheMostRecentEntriesAreKept(@TempDir Path tmp) throws Exception {
        Path cacheDir = tmp.resolve("cache");
        Path f = tmp.resolve("g.csv");
        for (int i = 0; i < GlossaryCache.KEEP + 3; i++) {
            Files.writeString(f, "concept,type,lang,form,status\nc" + i + ",term,en,word" + i + ",preferred\n");
            GlossaryLoader.loadAll(List.of(f), GlossaryCache.at(cacheDir, "test-build-1"));
        }
        long keys = entries(cacheDir).stream().map(p -> p.getFileName().toString().substring(0, 40)).distinct().count();
        assertEquals(GlossaryCache.KEEP, keys);
    }

    @Test
    void aTableOfStringSetsIsReadBackEqualAndRebuiltWhenDamaged(@TempDir Path tmp) throws Exception {
        GlossaryCache cache = GlossaryCache.at(tmp, "test-build-1");
        GlossaryCache.Slot slot = GlossaryLoader.loadAll(List.of(SHIPPED), cache).slot();
        java.util.Map<String, java.util.Set<String>> table = java.util.Map.of("україн", java.util.Set.of("place.ukraine",
                "org.x"), "lukashenko", java.util.Set.of("person.lukashenko"), "", java.util.Set.of());
        int[] builds = {0};
        java.util.function.Supplier<java.util.Map<String, java.util.Set<String>>> build = () -> {
            builds[0]++;
            return table;
        };
        assertEquals(table, GlossaryCache.stringSets(slot, "stems-test", build));
        assertEquals(table, GlossaryCache.stringSets(slot, "stems-test", build));
        assertEquals(1, builds[0], "the second call read the cache");
        Path f = cache.file(slot.key(), "stems-test");
        byte[] b = Files.readAllBytes(f);
        b[b.length - 3] ^= 1;
        Files.write(f, b);
        assertEquals(table, GlossaryCache.stringSets(slot, "stems-test", build));
        assertEquals(2, builds[0], "a damaged part is built again");
        assertEquals(table, GlossaryCache.stringSets(null, "stems-test", build), "no cache: built");
    }
}
