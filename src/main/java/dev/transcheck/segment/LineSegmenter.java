package dev.transcheck.segment;

import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Text that is already segmented, one sentence per line (the form of benchmark corpora and of
 * {@code transcheck align --presegmented}): each non-blank line is a sentence, blank lines are
 * skipped, a line's {@code \r\n} ending is not part of it.
 */
public final class LineSegmenter {
    private LineSegmenter() {
    }

    /** The document of {@code text} with one sentence per non-blank line. */
    public static Document lines(String path, String lang, String text) {
        List<Sentence> out = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int e = text.indexOf('\n', pos);
            if (e < 0) {
                e = text.length();
            }
            int end = e > pos && text.charAt(e - 1) == '\r' ? e - 1 : e;
            if (!text.substring(pos, end).isBlank()) {
                out.add(new Sentence(out.size(), out.size(), pos, end, text.substring(pos, end)));
            }
            pos = e + 1;
        }
        return new Document(path, lang, text, out);
    }
}
