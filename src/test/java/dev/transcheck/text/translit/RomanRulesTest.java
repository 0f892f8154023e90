package dev.transcheck.text.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link RomanRules} gives exactly what ICU's transliterators give: the national system from our
 * ICU rules, ICU's Ukrainian-Latin/BGN and Russian-Latin/BGN. After an ICU upgrade a failure here
 * names the rule to change.
 */
class RomanRulesTest {
    /** Every letter the tables know, the apostrophes, and neighbours of other kinds (Latin, digit, space, hyphen, dot). */
    private static final String ALPHABET = "АБВГҐДЕЄЁЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя"
            + "ЎўЂђ'’ʼ‘- .1aZ";

    private static final Transliterator NATIONAL = Transliterator.createFromRules("uk-Latin-national", rules(),
            Transliterator.FORWARD);
    private static final Transliterator BGN_UK = Transliterator.getInstance("Ukrainian-Latin/BGN");
    private static final Transliterator BGN_RU = Transliterator.getInstance("Russian-Latin/BGN");

    private static String rules() {
        try (InputStream in = RomanRulesTest.class.getResourceAsStream("/translit/uk-Latin-national.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The strings whose three romanisations differ from ICU's, one line each (empty when all agree). */
    private static String differences(Iterable<String> strings) {
        StringBuilder diff = new StringBuilder();
        for (String s : strings) {
            compare(diff, "national", s, RomanRules.national(s), NATIONAL.transliterate(s));
            compare(diff, "bgn-uk", s, RomanRules.bgnUk(s), BGN_UK.transliterate(s));
            compare(diff, "bgn-ru", s, RomanRules.bgnRu(s), BGN_RU.transliterate(s));
        }
        return diff.toString();
    }

    private static void compare(StringBuilder diff, String which, String s, String ours, String icu) {
        if (ours == null) {
            diff.append(which).append(" refused [").append(s).append("]\n");
        } else if (!ours.equals(icu)) {
            diff.append(which).append(" [").append(s).append("]: ").append(ours).append(", ICU ").append(icu).append('\n');
        }
    }

    @Test
    void everyLetterAloneAndEveryPairOfLettersAsIcu() {
        List<String> strings = new ArrayList<>();
        for (char a : ALPHABET.toCharArray()) {
            strings.add(String.valueOf(a));
            for (char b : ALPHABET.toCharArray()) {
                strings.add("" + a + b);
            }
        }
        assertEquals("", differences(strings));
    }

    @Test
    void randomStringsAsIcu() {
        Random rnd = new Random(15);
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = 1 + rnd.nextInt(8); n > 0; n--) {
                sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            }
            strings.add(sb.toString());
        }
        assertEquals("", differences(strings));
    }

    @Test
    void everyCyrillicWordOfTheShippedGlossariesAsIcu() throws IOException {
        Set<String> words = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(Path.of("glossaries"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                for (String w : Files.readString(f).split("[\\s,\"()«»]+")) {
                    if (w.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)
                            && RomanRules.handles(w)) {
                        words.add(w);
                    }
                }
            }
        }
        assertEquals(true, words.size() > 1000, "glossary words: " + words.size());
        assertEquals("", differences(words));
    }

    @Test
    void aCharacterOutsideTheTablesIsLeftToIcu() {
        assertNull(RomanRules.national("Шевче\u0301нко")); // a combining accent
        assertNull(RomanRules.bgnUk("Київ\u00A0"));
        assertNull(RomanRules.bgnRu("Ελλάδα"));
        // and the romanizer still answers, through ICU
        String accented = "Шевче\u0301нко";
        assertEquals(NATIONAL.transliterate(accented).toLowerCase(java.util.Locale.ROOT),
                Romanizer.create().national(accented).toLowerCase(java.util.Locale.ROOT));
        assertEquals(BGN_UK.transliterate(accented), Romanizer.create().bgn(accented, "uk"));
    }
}
