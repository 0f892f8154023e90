package dev.transcheck.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable finding ids, so that a desk can accept a reviewed finding. An id is the check id and a
 * short hash of the spans' texts and of the texts of the sentences that hold them, never of
 * offsets: the same finding keeps its id when text elsewhere in the article changes, and gets a
 * new one (the acceptance lapses) as soon as a sentence that holds one of its spans is edited.
 */
public final class FindingIds {
    private FindingIds() {
    }

    /** The id from the spans' texts only (used before the documents are known). */
    public static String of(String check, Span source, Span translation) {
        return hash(check, text(source), text(translation), "", "");
    }

    /**
     * The id of {@code f} in a report over {@code source} and {@code translation}: the check, both
     * spans' texts and the texts of the sentences holding the spans. A finding with no span at all
     * is identified by its message.
     */
    public static String of(Finding f, Document source, Document translation) {
        if (f.source() == null && f.translation() == null) {
            return hash(f.check(), "", "", f.message() == null ? "" : f.message(), "");
        }
        // the sentences' bytes are made once per sentence, not once per finding: a long sentence with
        // many findings (a list without full stops) normalised and encoded its whole text for each
        byte[] srcSentence = sentenceBytes(source, f.source(), 0);
        byte[] tgtSentence = sentenceBytes(translation, f.translation(), 1);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((f.check() + "\u0000" + text(f.source()) + "\u0000" + text(f.translation()) + "\u0000")
                    .getBytes(StandardCharsets.UTF_8));
            md.update(srcSentence);
            md.update(ZERO);
            md.update(tgtSentence);
            return f.check() + ":" + HexFormat.of().formatHex(md.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final byte[] ZERO = {0};

    /** The last sentence encoded on this thread, per side: its text (by identity) and its normalised UTF-8 bytes. */
    private static final ThreadLocal<Object[][]> LAST = ThreadLocal.withInitial(() -> new Object[2][2]);

    private static byte[] sentenceBytes(Document d, Span s, int side) {
        if (s == null || d == null || s.sentence() < 0 || s.sentence() >= d.size()) {
            return new byte[0];
        }
        String text = d.sentence(s.sentence()).text();
        Object[] last = LAST.get()[side];
        if (last[0] != text) {
            last[0] = text;
            last[1] = normalise(text).getBytes(StandardCharsets.UTF_8);
        }
        return (byte[]) last[1];
    }

    private static String text(Span s) {
        return s == null ? "" : s.text();
    }

    /** Whitespace runs count as one space: re-wrapping a paragraph does not change a sentence. */
    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String hash(String check, String a, String b, String c, String d) {
        String key = check + "\u0000" + a + "\u0000" + b + "\u0000" + c + "\u0000" + d;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return check + ":" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
