package dev.transcheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.transcheck.Transcheck;
import dev.transcheck.model.Document;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15: a few KB of one repeated token must not overflow the stack in the tokenizer. */
class RepeatedTokenTest {

    @Test
    void longChainsOfJoinedTokensAreOneTokenWithoutRecursion() {
        String chain = "a-".repeat(3000) + "a";
        List<String> out = new ArrayList<>();
        SharedAnchors.scan(chain, out);
        assertEquals(List.of(chain), out);
        out.clear();
        SharedAnchors.scan("U.S.".repeat(3000), out);
        assertEquals(1, out.size());
        assertEquals("U.S.".repeat(3000).substring(0, 4 * 3000 - 1), out.get(0));
    }

    @Test
    void tokensAsBefore() {
        List<String> out = new ArrayList<>();
        SharedAnchors.scan("See https://x.org/a?b=1, www.y.ua and O’Neil's e-mail: a@b.com; 3.5 - x/y -- z.", out);
        assertEquals(List.of("See", "https://x.org/a?b=1,", "www.y.ua", "and", "O’Neil's", "e-mail", "a@b.com", "3.5",
                "x/y", "z"), out);
        out.clear();
        SharedAnchors.scan("http:// no-url", out);
        assertEquals(List.of("http", "no-url"), out);
    }

    @Test
    void fullAlignmentOfRepeatedTokensFinishesFast() {
        Transcheck tc = Transcheck.builder().build();
        for (String text : List.of("a-".repeat(3000) + "a.", "U.S.".repeat(3000))) {
            assertTimeoutPreemptively(Duration.ofSeconds(90), () -> { // a hang guard, not a speed target
                Document s = tc.document("s.en.txt", "en", text + "\n\nShort line here.\n");
                Document t = tc.document("t.uk.txt", "uk", text + "\n\nКороткий рядок тут.\n");
                tc.align(s, t);
                tc.check(s, t);
            });
        }
    }
}
