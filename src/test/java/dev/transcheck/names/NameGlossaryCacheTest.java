package dev.transcheck.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.glossary.Glossary;
import dev.transcheck.glossary.GlossaryCache;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.text.Resources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The name tables of a glossary read from its cache entry are the tables built from the glossary. */
class NameGlossaryCacheTest {
    @Test
    void tablesFromTheCacheAreTheBuiltTables(@TempDir Path tmp) throws Exception {
        List<Path> shipped = List.of(Path.of("glossaries"));
        String built = NameGlossary.of(GlossaryLoader.loadAll(shipped), new Resources()).describe();
        assertTrue(built.contains("uk:"), "Ukrainian name words");
        GlossaryCache cache = GlossaryCache.at(tmp, "test-build");
        Glossary first = GlossaryLoader.loadAll(shipped, cache);
        assertEquals(built, NameGlossary.of(first, new Resources()).describe(), "encoded, written and decoded");
        try (Stream<Path> s = Files.list(tmp)) {
            List<String> parts = s.map(p -> p.getFileName().toString()).filter(n -> n.matches("[0-9a-f]{40}\\..+"))
                    .map(n -> n.substring(41)).sorted().toList();
            assertTrue(parts.containsAll(List.of("name-words", "person-words")), parts.toString());
        }
        Glossary second = GlossaryLoader.loadAll(shipped, cache);
        assertEquals(built, NameGlossary.of(second, new Resources()).describe(), "read from the cache");
    }
}
