package dev.transcheck.lab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** bench-names' sentence: N different names, romanised so that the names check finds nothing. */
class ManyNamesBenchTest {
    @Test
    void theSentenceListsDistinctNamesAndTheirRomanisations() {
        String[] d = ManyNamesBench.sentence(40, 15);
        String[] uk = d[0].substring("Список: ".length(), d[0].length() - 1).split(", ");
        String[] en = d[1].substring("List: ".length(), d[1].length() - 1).split(", ");
        assertEquals(40, uk.length);
        assertEquals(40, Arrays.stream(uk).distinct().count());
        assertEquals(40, en.length);
        assertTrue(Arrays.stream(en).allMatch(w -> w.matches("[A-Z][a-z]+")), d[1]);
        assertEquals(List.of(d[0], d[1]), List.of(ManyNamesBench.sentence(40, 15)[0], ManyNamesBench.sentence(40, 15)[1]));
    }

    @Test
    void aShortListHasNoNameFindings() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ManyNamesBench.run(Transcheck.builder().build(), List.of(30), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("30 names: 0 name findings"), out.toString(StandardCharsets.UTF_8));
    }
}
