package dev.transcheck.text;

import com.ibm.icu.text.Normalizer2;
import dev.transcheck.model.OffsetMap;

/**
 * Composed Unicode for the checks. Text typed on some systems (macOS file names, some CMS
 * exports) arrives decomposed: й as и + U+0306, é as e + U+0301. Dictionaries, transliteration
 * and glossary matching expect one spelling per letter, so documents are normalised to NFC, with
 * a map back to the offsets of the text as read.
 */
public final class UnicodeForms {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private UnicodeForms() {
    }

    /** {@code text} in NFC, with its map back to {@code text}; the map is null when nothing changed. */
    public record Composed(String text, OffsetMap origin) {
    }

    public static Composed nfc(String text) {
        int done = NFC.spanQuickCheckYes(text);
        if (done == text.length()) {
            return new Composed(text, null);
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        int n = 0;
        int chunk = 0;
        // a chunk runs from one normalisation boundary to the next: its characters compose only
        // with each other, so each output character of a chunk comes from the chunk's start
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : -1;
            if (i == text.length() || (i > chunk && NFC.hasBoundaryBefore(cp))) {
                String composed = NFC.normalize(text.substring(chunk, i));
                if (n + composed.length() + 1 > map.length) {
                    map = java.util.Arrays.copyOf(map, Math.max(map.length * 2, n + composed.length() + 1));
                }
                for (int k = 0; k < composed.length(); k++) {
                    map[n++] = chunk;
                }
                out.append(composed);
                chunk = i;
                if (i == text.length()) {
                    break;
                }
            }
            i += Character.charCount(cp);
        }
        map[n] = text.length();
        String composed = out.toString();
        if (composed.equals(text)) {
            return new Composed(text, null);
        }
        return new Composed(composed, new OffsetMap(text, java.util.Arrays.copyOf(map, n + 1)));
    }
}
