package dev.transcheck.check;

// Longer than 400 lines: three kinds of carried-over text, and for each the forms a translator keeps
// on purpose (names written in lower case, user names, codes and their series letters, quoted originals)

import dev.transcheck.model.Bead;
import dev.transcheck.model.Category;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import dev.transcheck.text.TextFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Source-language text left in the translation: (1) a source sentence copied unchanged (error);
 * (2) Cyrillic words in a Latin-script translation (error for two or more words in a row, warning
 * for one), except inside parentheses, where a translator quotes the original on purpose
 * ("the agency BelTA («БЕЛТА»)"); (3) a lower-case Latin word of four letters or more in a
 * Cyrillic translation that also stands in the source (an English word carried over: warning).
 * Capitalised Latin words and acronyms in a Cyrillic translation are names, not flagged.
 */
@CheckInfo(id = "untranslated", severity = Severity.ERROR, category = Category.UNTRANSLATED,
        summary = "Source-language text is left untranslated in the translation.")
public final class UntranslatedCheck implements Check {
    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        Document src = ctx.source();
        Document tgt = ctx.translation();
        boolean sameLang = src.lang().equals(tgt.lang());
        if (sameLang) {
            return out;
        }
        char srcScript = script(src);
        char tgtScript = script(tgt);
        for (Bead b : ctx.alignment().beads()) {
            if (b.isOmission()) {
                continue;
            }
            String sourceText = b.isAddition() ? "" : joined(ctx.sourceSentences(b));
            for (int id : b.translation()) {
                Sentence t = tgt.sentence(id);
                if (!sourceText.isEmpty() && TextFacts.words(t.text()) >= 3 && runningWords(t.text()) >= RUNNING_WORDS
                        && norm(t.text()).equals(norm(sourceText)) && !thirdLanguage(t.text(), src.lang(), tgt.lang())) {
                    out.add(finding(Severity.ERROR,
                            "The translation repeats the source sentence unchanged.",
                            Span.ofSentence(ctx.sourceSentences(b).get(0)), Span.ofSentence(t), List.of(), null));
                    continue;
                }
                if (tgtScript == 'L' && srcScript == 'C') {
                    cyrillicRuns(ctx, t, out);
                } else if (tgtScript == 'C' && srcScript == 'L') {
                    latinWords(ctx, t, sourceText, out);
                }
            }
        }
        return out;
    }

    private void cyrillicRuns(CheckContext ctx, Sentence t, List<Finding> out) {
        String s = t.text();
        boolean[] kept = keptAsIs(s);
        int i = 0;
        while (i < s.length()) {
            if (!TextFacts.isCyrillic(s.charAt(i)) || kept[i]) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            int words = 0;
            int j = i;
            // a run: Cyrillic words separated by spaces or hyphens only
            while (j < s.length()) {
                int k = j;
                while (k < s.length() && (TextFacts.isCyrillic(s.charAt(k)) || s.charAt(k) == '\'' || s.charAt(k) == 'ʼ'
                        || s.charAt(k) == '’' || s.charAt(k) == '-')) {
                    k++;
                }
                if (k == j) {
                    break;
                }
                words++;
                end = k;
                int g = k;
                while (g < s.length() && (s.charAt(g) == ' ' || s.charAt(g) == ',')) {
                    g++;
                }
                if (g < s.length() && TextFacts.isCyrillic(s.charAt(g))) {
                    j = g;
                } else {
                    break;
                }
            }
            i = end;
            if (insideParentheses(s, start, end) || codeWithDigits(s, start, end)) {
                continue;
            }
            Severity sev = words >= 2 ? Severity.ERROR : Severity.WARNING;
            out.add(finding(sev,
                    "Cyrillic text \u201C" + s.substring(start, end) + "\u201D is left untranslated.",
                    null, Span.of(ctx.translation(), t.id(), t.start() + start, t.start() + end), List.of(), null));
        }
    }

    /**
     * True when the run [start, end) is one word in capitals glued to digits (ВЕТЕР15, 15ВЕТЕР,
     * АБ-1234): capitals fused with digits make a code (a promo code, an article number) that is typed as it is printed, not
     * a word to translate.
     */
    static boolean codeWithDigits(String s, int start, int end) {
        if (s.substring(start, end).indexOf(' ') >= 0 || s.substring(start, end).indexOf(',') >= 0) {
            return false; // several words: a phrase, whatever digits follow it
        }
        for (int k = start; k < end; k++) {
            if (Character.isLowerCase(s.charAt(k))) {
                return false; // codes are written in capitals; «5кг» is a unit left untranslated
            }
        }
        if (end < s.length() && Character.isDigit(s.charAt(end)) || start > 0 && Character.isDigit(s.charAt(start - 1))) {
            return true;
        }
        // a letter series inside a registration or batch number joined by points, hyphens or
        // slashes («RU.77.99.88.003.Е.004512.10.25», «АВ-1234/Е-15»): the code has digits in it
        boolean joinedBefore = start > 1 && ".-/".indexOf(s.charAt(start - 1)) >= 0 && Character.isLetterOrDigit(s.charAt(start - 2));
        boolean joinedAfter = end + 1 < s.length() && ".-/".indexOf(s.charAt(end)) >= 0 && Character.isLetterOrDigit(s.charAt(end + 1));
        if (!joinedBefore && !joinedAfter) {
            return false;
        }
        int a = start;
        while (a > 0 && !Character.isWhitespace(s.charAt(a - 1))) {
            a--;
        }
        int b = end;
        while (b < s.length() && !Character.isWhitespace(s.charAt(b))) {
            b++;
        }
        return s.substring(a, b).chars().filter(Character::isDigit).count() >= 2;
    }

    /** A run of Latin words of at least this length in a Cyrillic translation is an untranslated clause. */
    static final int CLAUSE_WORDS = 4;

    /** ... if one of its pieces between commas, semicolons or colons has at least this many words. */
    static final int CLAUSE_PIECE = 3;

    private void latinWords(CheckContext ctx, Sentence t, String sourceText, List<Finding> out) {
        String s = t.text();
        boolean[] kept = keptAsIs(s);
        // whole clauses left in the source language: a run of Latin words with lower-case ones among them
        java.util.regex.Matcher run = java.util.regex.Pattern.compile(
                "\\p{IsLatin}[\\p{IsLatin}'’-]*(?:[ ,;:]+\\p{IsLatin}[\\p{IsLatin}'’-]*)+").matcher(s);
        List<int[]> clauses = new ArrayList<>();
        while (run.find()) {
            String r = run.group();
            String[] words = r.split("[ ,;:]+");
            long lower = java.util.Arrays.stream(words).filter(w -> w.length() >= 3 && Character.isLowerCase(w.charAt(0))).count();
            // a clause runs on between commas: a list of short Latin items ("Stolnik Oxford, slim fit"
            // in a product title, a brand and a style the trade writes in English) is no clause
            int longestPiece = java.util.Arrays.stream(r.split("[,;:]")).mapToInt(p -> p.trim().split(" +").length).max().orElse(0);
            if (words.length >= CLAUSE_WORDS && longestPiece >= CLAUSE_PIECE && lower >= 2 && !insideParentheses(s, run.start(), run.end())
                    && !kept[run.start()] && !glossedAfter(s, run.end())
                    && !thirdLanguage(r, ctx.source().lang(), ctx.translation().lang())) {
                clauses.add(new int[] {run.start(), run.end()});
                out.add(finding(Severity.ERROR,
                        "The clause \u201C" + r + "\u201D is left in the source language.",
                        null, Span.of(ctx.translation(), t.id(), t.start() + run.start(), t.start() + run.end()), List.of(), null));
            }
        }
        String srcLower = " " + sourceText.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
        int i = 0;
        while (i < s.length()) {
            if (!TextFacts.isLatin(s.charAt(i)) || kept[i] || i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && TextFacts.isLatin(s.charAt(j))) {
                j++;
            }
            String w = s.substring(i, j);
            boolean glued = j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '-');
            final int from = i;
            boolean inClause = clauses.stream().anyMatch(c -> from >= c[0] && from < c[1]);
            // the last part of a Latin compound kept whole (queen-size, plug-in): its first part is
            // glued and passes, so the word after the hyphen is no word of its own either
            boolean compoundTail = i > 1 && s.charAt(i - 1) == '-' && TextFacts.isLatin(s.charAt(i - 2));
            if (!glued && !inClause && !compoundTail && !inAddress(s, i, j) && !afterName(s, i) && !versionAfter(s, j)
                    && !coordinatedWithName(s, i, j) && w.length() >= 4 && w.equals(w.toLowerCase(Locale.ROOT))
                    && srcLower.contains(" " + w + " ") && !insideParentheses(s, i, j)) {
                out.add(finding(Severity.WARNING,
                        "The source word \u201C" + w + "\u201D is carried over untranslated.",
                        null, Span.of(ctx.translation(), t.id(), t.start() + i, t.start() + j), List.of(), null));
            }
            i = j;
        }
    }

    /**
     * Tokens a translator keeps as they are, whatever their letters: web addresses, e-mail
     * addresses, @handles, #hashtags, user names joined by underscores and u/ or r/ names of a
     * forum. A brand's hashtag or a user's handle is not untranslated text.
     */
    private static final java.util.regex.Pattern KEPT = java.util.regex.Pattern.compile(
            "(?:https?|ftp)://\\S+|www\\.\\S+"
                    // a mail address is tried only from the start of its run of address characters, and
                    // without giving characters back: linear on a long run with no @ (as TermAnalysis)
                    + "|(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]++@[\\p{L}\\p{N}-]++(?:\\.[\\p{L}\\p{N}-]++)+"
                    + "|" + dev.transcheck.text.TextFacts.BARE_ADDRESS
                    // a channel name keeps its hyphens (#bug-reports), so the tag runs on over a hyphen
                    // between letters or digits
                    + "|(?<![\\p{L}\\p{N}])[@#][\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.]|-(?=[\\p{L}\\p{N}]))*"
                    // a user name or identifier joined by underscores (kulinar_dima, maple_nomad):
                    // no word of running prose has one
                    + "|(?<![\\p{L}\\p{N}_])[\\p{L}\\p{N}]++(?:_[\\p{L}\\p{N}]++)++"
                    // a forum's user or board as it writes it: u/name, r/name
                    + "|(?<![\\p{L}\\p{N}/])[ur]/[\\p{L}\\p{N}_-]++");

    /** Which characters of {@code s} belong to a token kept as it is ({@link #KEPT}). */
    static boolean[] keptAsIs(String s) {
        boolean[] kept = new boolean[s.length() + 1];
        java.util.regex.Matcher m = KEPT.matcher(s);
        while (m.find()) {
            java.util.Arrays.fill(kept, m.start(), m.end(), true);
        }
        return kept;
    }

    /** A copied sentence needs at least this many words of running text to be untranslated. */
    static final int RUNNING_WORDS = 2;

    /**
     * Words of running text: lower-case words of three letters or more outside addresses and
     * handles. A line made only of names, brands, numbers and links ("2. Томас Феррейра (Бат) —
     * 59,40", "Ноутбук Lenovo IdeaPad Slim 5") is the same in two languages that share a script,
     * and copying it is right.
     */
    static int runningWords(String s) {
        boolean[] kept = keptAsIs(s);
        int n = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}{3,}").matcher(s);
        while (m.find()) {
            if (!kept[m.start()] && Character.isLowerCase(s.charAt(m.start()))) {
                n++;
            }
        }
        return n;
    }

    /** True when the word [start, end) is part of a web or mail address: "weather.com", "jo@mail.org". */
    static boolean inAddress(String s, int start, int end) {
        boolean before = start > 0 && (s.charAt(start - 1) == '.' || s.charAt(start - 1) == '@' || s.charAt(start - 1) == '/');
        boolean after = end + 1 < s.length() && (s.charAt(end) == '.' || s.charAt(end) == '@')
                && Character.isLetterOrDigit(s.charAt(end + 1));
        return before && start > 1 && Character.isLetterOrDigit(s.charAt(start - 2)) || after;
    }

    /**
     * True when the word at {@code start} continues a run of Latin words that begins with a capital:
     * a name kept in its own language ("Global citizen", "Canada plus plus", "Canada-plus", the
     * species name "Carabus (Tomocarabus) svydovecensis").
     */
    /** A version number after a word: "glibc 2.31", "python 3.12". */
    private static final java.util.regex.Pattern VERSION_AFTER = java.util.regex.Pattern.compile(" \\d+(?:\\.\\d+)+(?![\\d,])");

    /**
     * True when a version number follows the word at {@code end} ("64-розрядний Linux із glibc
     * 2.31+", «npm 10.2»): a piece of software named in lower case, as its makers write it, not an
     * English word left untranslated.
     */
    static boolean versionAfter(String s, int end) {
        return VERSION_AFTER.matcher(s).region(end, s.length()).lookingAt();
    }

    /** A conjunction between two items of a list, in any of the three languages. */
    private static final java.util.Set<String> AND_OR = java.util.Set.of("і", "й", "та", "або", "чи", "и", "или", "and", "or", "&");

    /**
     * True when the word [start, end) is coordinated with a capitalised name: a conjunction or a
     * comma between them, either way round («від monobank і ПриватБанку», «Visa, Mastercard и
     * monobank»). Items of one list are of one kind, and a brand that writes itself in lower case
     * (monobank, ebay) is a name among names, not a word left untranslated.
     */
    static boolean coordinatedWithName(String s, int start, int end) {
        String after = s.substring(end).replaceFirst("^\\s*,?\\s*", " ");
        String[] a = after.trim().split("\\s+", 3);
        String next = a.length >= 2 && AND_OR.contains(a[0]) ? a[1] : s.substring(end).startsWith(",") && a.length >= 1 ? a[0] : "";
        if (!next.isEmpty() && Character.isUpperCase(next.codePointAt(0))) {
            return true;
        }
        String before = s.substring(0, start).stripTrailing();
        String[] b = before.split("\\s+");
        if (b.length >= 2 && AND_OR.contains(b[b.length - 1])) {
            String prev = b[b.length - 2].replaceAll("[,;]$", "");
            return !prev.isEmpty() && Character.isUpperCase(prev.codePointAt(0));
        }
        if (before.endsWith(",") && b.length >= 1) {
            String prev = b[b.length - 1].replaceAll(",$", "");
            return !prev.isEmpty() && Character.isUpperCase(prev.codePointAt(0));
        }
        return false;
    }

    static boolean afterName(String s, int start) {
        int k = start;
        boolean found = false;
        while (true) {
            int gap = k;
            // a bracket between Latin words joins them too: the subgenus of a species name, Carabus
            // (Tomocarabus) convexus, is written inside the binomial (ICZN Article 6.1)
            while (gap > 0 && (s.charAt(gap - 1) == ' ' || s.charAt(gap - 1) == '-' || s.charAt(gap - 1) == '('
                    || s.charAt(gap - 1) == ')')) {
                gap--;
            }
            if (gap == k || gap == 0 || !TextFacts.isLatin(s.charAt(gap - 1))) {
                return found;
            }
            int w = gap;
            while (w > 0 && TextFacts.isLatin(s.charAt(w - 1))) {
                w--;
            }
            if (Character.isUpperCase(s.charAt(w))) {
                found = true;
            }
            k = w;
        }
    }

    /**
     * True when a copied sentence is written in a third language, neither the source's nor the
     * translation's (a French saying quoted in an English article and kept in French in its
     * Ukrainian translation): quoting it as it is, is the translator's choice, not text left
     * untranslated. Told by the language profiles' letters and function words ({@link
     * dev.transcheck.text.Languages#guess}); a sentence they cannot place counts as the source's.
     */
    static boolean thirdLanguage(String sentence, String srcLang, String tgtLang) {
        String g = dev.transcheck.text.Languages.guess(sentence);
        return g != null && !g.equals(srcLang) && !g.equals(tgtLang);
    }

    /**
     * True when the text right after {@code end} is a parenthesis holding words of the translation's
     * script: a name kept in the original and glossed in translation, "Citizens for Responsibility
     * and Ethics in Washington (Громадяни за відповідальність ...)".
     */
    static boolean glossedAfter(String s, int end) {
        int i = end;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\u00A0')) {
            i++;
        }
        if (i >= s.length() || s.charAt(i) != '(') {
            return false;
        }
        int close = s.indexOf(')', i);
        if (close < 0) {
            return false;
        }
        int[] letters = TextFacts.latinAndCyrillic(s, i + 1, close);
        int lat = letters[0];
        int cyr = letters[1];
        return cyr >= 3 && cyr > lat;
    }

    /** True when [start, end) sits inside a pair of parentheses of {@code s}. */
    static boolean insideParentheses(String s, int start, int end) {
        int open = s.lastIndexOf('(', start);
        int close = s.lastIndexOf(')', start);
        return open >= 0 && open > close && s.indexOf(')', end) >= 0;
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}«»“”„—–]+", " ").trim();
    }

    private static String joined(List<Sentence> ss) {
        StringBuilder sb = new StringBuilder();
        for (Sentence s : ss) {
            sb.append(s.text()).append(' ');
        }
        return sb.toString().trim();
    }

    /** 'C' when the document's letters are mostly Cyrillic, 'L' when mostly Latin, '?' otherwise. */
    static char script(Document d) {
        int c = 0;
        int l = 0;
        String s = d.text();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (TextFacts.isCyrillic(ch)) {
                c++;
            } else if (TextFacts.isLatin(ch)) {
                l++;
            }
        }
        if (c > 2 * l) {
            return 'C';
        }
        if (l > 2 * c) {
            return 'L';
        }
        return '?';
    }
}
