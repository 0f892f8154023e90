package dev.transcheck.io;

import dev.transcheck.model.InlineCode;
import java.util.List;

/**
 * A bilingual file (XLIFF 1.2/2.x, TMX, PO) as its segment pairs: the file's own pairing replaces
 * sentence alignment. Languages are those the file declares (null where it declares none).
 */
public record BilingualFile(String path, String format, String sourceLang, String targetLang, List<Pair> pairs) {
    public BilingualFile {
        pairs = List.copyOf(pairs);
    }

    /**
     * One segment pair. {@code source} and {@code target} are the texts the checks read, inline codes
     * removed (the codes keep their offsets into these texts); {@code target} is null when the file
     * has no target for the segment.
     */
    public record Pair(String id, String source, String target, List<InlineCode> sourceCodes, List<InlineCode> targetCodes) {
        public Pair {
            sourceCodes = List.copyOf(sourceCodes);
            targetCodes = List.copyOf(targetCodes);
        }
    }

    /** The same file with its languages set (the command line's or a guess win over a missing declaration). */
    public BilingualFile withLanguages(String source, String target) {
        return new BilingualFile(path, format, source, target, pairs);
    }

    /** The source side's text, one segment a line (for language guessing). */
    public String sourceText() {
        StringBuilder sb = new StringBuilder();
        for (Pair p : pairs) {
            sb.append(p.source()).append('\n');
        }
        return sb.toString();
    }

    /** The target side's text, one segment a line. */
    public String targetText() {
        StringBuilder sb = new StringBuilder();
        for (Pair p : pairs) {
            if (p.target() != null) {
                sb.append(p.target()).append('\n');
            }
        }
        return sb.toString();
    }
}
