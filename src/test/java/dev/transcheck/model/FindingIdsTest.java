package dev.transcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Finding ids are what accept files keep: encoding a sentence once per sentence instead of once
 * per finding must give the ids the one-string digest gave (check, span texts, sentence texts with
 * whitespace runs as one space, NUL between them).
 */
class FindingIdsTest {
    private static String old(String check, String a, String b, String c, String d) throws Exception {
        String key = check + "\u0000" + a + "\u0000" + b + "\u0000" + c + "\u0000" + d;
        byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        return check + ":" + HexFormat.of().formatHex(h, 0, 6);
    }

    private static Document doc(String lang, String first, String second) {
        String text = first + " " + second;
        int b = first.length() + 1;
        return new Document("d." + lang, lang, text, java.util.List.of(new Sentence(0, 0, 0, first.length(), first),
                new Sentence(1, 0, b, text.length(), second)));
    }

    private static Finding finding(String check, Span s, Span t) {
        return new Finding("x", check, Severity.WARNING, null, "m", s, t, null, null, false);
    }

    @Test
    void idsAreTheDigestOfTheWholeKeyAsBefore() throws Exception {
        Document src = doc("uk", "Зеленський  прибув\nдо Києва.", "Друге речення.");
        Document tgt = doc("en", "Zelensky arrived in Kyiv.", "A second sentence.");
        Span s = Span.of(src, 0, 0, 10);
        Span t = Span.of(tgt, 0, 0, 8);
        Finding f = finding("name.mismatch", s, t);
        String want = old("name.mismatch", "Зеленський", "Zelensky", "Зеленський прибув до Києва.", "Zelensky arrived in Kyiv.");
        assertEquals(want, FindingIds.of(f, src, tgt));
        assertEquals(want, FindingIds.of(f, src, tgt)); // the second time from the bytes kept
        // a near miss: another sentence of the same text changes the id
        Finding g = finding("name.mismatch", Span.of(src, 1, src.sentence(1).start(), src.sentence(1).start() + 5), t);
        assertNotEquals(want, FindingIds.of(g, src, tgt));
        assertEquals(old("name.mismatch", "Друге", "Zelensky", "Друге речення.", "Zelensky arrived in Kyiv."), FindingIds.of(g, src, tgt));
        Finding none = new Finding("x", "x.y", Severity.WARNING, null, "whole document", null, null, null, null, false);
        assertEquals(old("x.y", "", "", "whole document", ""), FindingIds.of(none, src, tgt));
    }
}
