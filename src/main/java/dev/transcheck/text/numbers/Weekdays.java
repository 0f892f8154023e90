package dev.transcheck.text.numbers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days of the week named in running text, each with the day's number (0 Monday to 6 Sunday),
 * from the language profile's rows of kind {@code weekday} ({@code lang/<code>/numbers.tsv},
 * value 1 Monday to 7 Sunday; see numbers/README.md). A language without such rows names no
 * weekday. Row flags: {@code cs} the word is capitalised (English); {@code digits} the form is a
 * weekday only before date digits (abbreviations, forms that are mostly another word), so running
 * text never counts it; {@code ctx} the form is also another word and counts only right after a
 * date preposition of the language (kind {@code dateprep}: «в среду», «по средам», but «в среде»
 * is no day). One finder per language, built on first use; immutable and thread-safe.
 */
public final class Weekdays {
    /** One weekday named at {@code [start, end)} of the text searched. */
    public record Mention(int start, int end, int day) {
    }

    private static final String AP = "['\u2019\u02bc]";
    private static final String B = "(?<![\\p{L}\\p{M}])";
    private static final String E = "(?![\\p{L}\\p{M}])";
    private static final Map<String, Weekdays> BY_LANG = new ConcurrentHashMap<>();

    /** One running-text form: its pattern, the day (0 Monday) and whether a date preposition must precede it. */
    private record Form(Pattern pattern, int day, boolean afterPreposition) {
    }

    /** Every form of the language in one pattern: most sentences name no weekday and fail it at once. */
    private final Pattern any;
    private final List<Form> forms;
    /** A date preposition ending right before a {@code ctx} form, or null when the language lists none. */
    private final Pattern preposition;

    private Weekdays(List<Form> forms, Pattern preposition) {
        this.forms = forms;
        this.preposition = preposition;
        StringBuilder sb = new StringBuilder();
        for (Form f : forms) {
            sb.append(sb.length() == 0 ? "" : "|").append("(?:").append(f.pattern().pattern()).append(')');
        }
        this.any = forms.isEmpty() ? null : Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The weekdays named in {@code text} (in {@code lang}), in text order; none for a language without weekday rows. */
    public static List<Mention> in(String text, String lang) {
        return of(lang).find(text);
    }

    private static Weekdays of(String lang) {
        return BY_LANG.computeIfAbsent(NumberLexicon.of(lang).lang(), k -> build(NumberLexicon.of(lang)));
    }

    private static Weekdays build(NumberLexicon lex) {
        List<Form> forms = new ArrayList<>();
        for (NumberLexicon.Entry e : lex.entries("weekday")) {
            if (e.parts().size() != 1 || e.onlyBeforeDigits()) {
                continue;
            }
            int day = Integer.parseInt(e.value()) - 1;
            if (day < 0 || day > 6) {
                throw new IllegalStateException("a weekday row of " + lex.lang() + " has the day " + e.value() + ", not 1 to 7");
            }
            // the row's form is written for lower-cased tokens with U+02BC for every apostrophe
            String form = e.parts().get(0).pattern().replace("\u02bc", AP);
            // a capitalised word (flag cs): an upper-case first letter, the rest in any case
            String head = e.caseSensitive() ? "(?=\\p{Lu})" : "";
            forms.add(new Form(Pattern.compile(B + head + "(?iu:" + form + ")" + E), day, e.needsContext()));
        }
        StringBuilder preps = new StringBuilder();
        for (NumberLexicon.Entry e : lex.entries("dateprep")) {
            if (e.parts().size() == 1) {
                preps.append(preps.length() == 0 ? "" : "|").append("(?:").append(e.parts().get(0).pattern()).append(')');
            }
        }
        Pattern prep = preps.length() == 0 ? null : Pattern.compile(B + "(?iu:" + preps + ")\\s+$");
        return new Weekdays(List.copyOf(forms), prep);
    }

    private List<Mention> find(String text) {
        if (any == null || !any.matcher(text).find()) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (Form f : forms) {
            Matcher m = f.pattern().matcher(text);
            while (m.find()) {
                if (f.afterPreposition() && !afterPreposition(text, m.start())) {
                    continue;
                }
                out.add(new Mention(m.start(), m.end(), f.day()));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** Whether a date preposition of the language ends right before {@code at} (one space or more between). */
    private boolean afterPreposition(String text, int at) {
        if (preposition == null) {
            return false;
        }
        // a short window before the day, its start transparent so that a preposition must begin a word
        Matcher m = preposition.matcher(text).region(Math.max(0, at - 24), at).useTransparentBounds(true);
        return m.find();
    }
}
