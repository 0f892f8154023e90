package dev.transcheck.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.transcheck.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into paragraphs (blank lines; every line of a short headline block) and sentences
 * (ICU's sentence BreakIterator). Thread-safe: a break iterator is made per call.
 */
public final class Segmenter {

    /** The sentences of {@code text}; offsets point into {@code text}, whitespace is trimmed. */
    public List<Sentence> segment(String text, String lang) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int lineEnd = text.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            // a paragraph runs until a blank line
            int paraStart = pos;
            int paraEnd = lineEnd;
            int next = lineEnd + 1;
            while (next < n) {
                int e = text.indexOf('\n', next);
                if (e < 0) {
                    e = n;
                }
                if (text.substring(next, e).isBlank()) {
                    break;
                }
                paraEnd = e;
                next = e + 1;
            }
            if (!text.substring(paraStart, paraEnd).isBlank()) {
                splitParagraph(text, paraStart, paraEnd, lang, paragraph, out);
                paragraph++;
            }
            pos = Math.max(next, paraEnd + 1);
        }
        return out;
    }

    private void splitParagraph(String text, int start, int end, String lang, int paragraph, List<Sentence> out) {
        BreakIterator it = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(lang));
        it.setText(text.substring(start, end));
        int s = it.first();
        for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
            add(text, start + s, start + e, paragraph, out);
        }
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new Sentence(out.size(), paragraph, start, end, text.substring(start, end)));
        }
    }
}
