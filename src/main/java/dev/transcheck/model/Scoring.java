package dev.transcheck.model;

import java.util.List;

/**
 * The one definition of the score: MQM-style penalty points per finding (an error is a major
 * issue, 5 points; a warning a minor one, 1; info 0; an accepted finding 0) summed and divided by
 * the source's words, per 1,000 words, rounded to two decimals. The facade computes the score with
 * it, the gate compares it with {@code maxScore}, and a report carries it in its {@link Summary} so
 * that renderers can say how it was made without knowing the rule.
 */
public record Scoring(double errorPoints, double warningPoints, double infoPoints) {
    /** The points transcheck uses: error 5, warning 1, info 0. */
    public static final Scoring STANDARD = new Scoring(5.0, 1.0, 0.0);

    /** Penalty points of one finding of {@code severity}. */
    public double points(Severity severity) {
        return switch (severity) {
            case ERROR -> errorPoints;
            case WARNING -> warningPoints;
            case INFO -> infoPoints;
        };
    }

    /** Penalty points of {@code f}: 0 when a reviewer accepted it. */
    public double points(Finding f) {
        return f.accepted() ? 0 : points(f.severity());
    }

    /** Penalty points of {@code findings} per 1,000 of {@code words}, rounded to two decimals (0 without words). */
    public double score(List<Finding> findings, int words) {
        double penalty = 0;
        for (Finding f : findings) {
            penalty += points(f);
        }
        return words == 0 ? 0 : Math.round(penalty * 1000.0 / words * 100) / 100.0;
    }

    /** How the points are given, for a reader: "error 5, warning 1, info 0, accepted 0". */
    public String describe() {
        return "error " + number(errorPoints) + ", warning " + number(warningPoints) + ", info " + number(infoPoints)
                + ", accepted 0";
    }

    private static String number(double p) {
        return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
    }

    /**
     * Words of a document for the score: runs of letters and digits; an apostrophe or hyphen
     * between two letters joins them (прем'єр-міністр, Zapad-2025 and don't are one word each).
     */
    public static int words(Document d) {
        int words = 0;
        for (Sentence s : d.sentences()) {
            String t = s.text();
            boolean in = false;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                boolean letter = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
                boolean joiner = in && i + 1 < t.length() && "'\u2019\u02bc-\u2010\u2011".indexOf(c) >= 0
                        && Character.isLetterOrDigit(t.charAt(i + 1));
                if (letter && !in) {
                    words++;
                }
                in = letter || joiner;
            }
        }
        return words;
    }
}
