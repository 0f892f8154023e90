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
        String srcSentence = sentenceText(source, f.source());
        String tgtSentence = sentenceText(translation, f.translation());
        if (f.source() == null && f.translation() == null) {
            srcSentence = f.message() == null ? "" : f.message();
        }
        return hash(f.check(), text(f.source()), text(f.translation()), srcSentence, tgtSentence);
    }

    private static String text(Span s) {
        return s == null ? "" : s.text();
    }

    private static String sentenceText(Document d, Span s) {
        if (s == null || d == null || s.sentence() < 0 || s.sentence() >= d.size()) {
            return "";
        }
        return normalise(d.sentence(s.sentence()).text());
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
