package dev.transcheck.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An orthography keeps each word's rewriting (issue 15: asked once per name and word of a sentence); kept or not, the same. */
class OrthographyMemoTest {
    @Test
    void aKeptRewritingIsTheRewriting() {
        NameTables.Orthography german = new NameTables.Orthography("de", Pattern.compile("sch|w"), false,
                List.of(Pattern.compile("sch"), Pattern.compile("w")), List.of("sh", "v"));
        assertEquals("shvarts", german.apply("schwarts"));
        assertEquals("shvarts", german.apply("schwarts"));
        assertEquals(1, german.rewritten().size());
        String plain = "petrenko";
        assertSame(plain, german.apply(plain), "a word without the trigger is itself");
        assertSame(plain, german.apply(plain));
        for (int k = 0; k < 25_000; k++) { // over the limit: cleared, and still right
            assertEquals("v" + k, german.apply("w" + k));
        }
        assertEquals("shmidt", german.apply("schmidt"));
    }
}
