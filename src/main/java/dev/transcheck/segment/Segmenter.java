package dev.transcheck.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.transcheck.model.Sentence;
import dev.transcheck.segment.SegmentationData.Kind;
import dev.transcheck.text.Quotes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

// Longer than 400 lines: ICU's sentence breaks are corrected by rules (abbreviations, initials,
// numbered lists, quotations, dialogue dashes) that must run in one order over one list of breaks.
/**
 * Splits a text into paragraphs and sentences. Rules (docs/SEGMENTATION.md):
 * <ul>
 * <li>blank lines separate paragraphs; a line that ends a paragraph ends a sentence;</li>
 * <li>inside a paragraph a line that ends without sentence punctuation ends a sentence unless the
 * text plainly runs on (the next line starts with a lower-case letter, or the line ends with a
 * comma or a hyphen) — so headline blocks and list items are sentences of their own; a line that
 * ends with sentence punctuation is judged like any other candidate break;</li>
 * <li>ICU's sentence break iterator proposes breaks inside a line (plus breaks it never makes:
 * sentence punctuation and a space before a digit, or before a capital behind a dash or after
 * an ellipsis), and the language's abbreviation data ({@code lang/<code>/segment.txt}), initials and
 * the case of the next word veto or keep them.</li>
 * </ul>
 * Offsets point into the text as given (CRLF and unnormalised text are fine); whitespace is
 * trimmed. Thread-safe: per-language data is immutable and a break iterator is made per call.
 */
public final class Segmenter {
    /** Fewer words than this after a preposition is an opening phrase, not a sentence. */
    private static final int MIN_WORDS = 4;

    private final Map<String, SegmentationData> data = new ConcurrentHashMap<>();

    /**
     * ICU's sentence break iterator of the root locale, made from its compiled rules
     * ({@code brkitr/sent.brk}, the file ICU's root locale names) without ICU's locale service,
     * whose start (likely-subtags data, resource-bundle lookups) cost more than the iterator
     * (start-up, docs/performance.md). ICU's own factory when the file cannot be read.
     * {@code SegmenterTest} compares the two.
     */
    static BreakIterator sentenceBreaks() {
        BreakIterator proto = RootSentences.PROTOTYPE;
        return proto != null ? (BreakIterator) proto.clone() : BreakIterator.getSentenceInstance(ULocale.ROOT);
    }

    /** Made once. */
    private static final class RootSentences {
        static final BreakIterator PROTOTYPE = load();

        private static BreakIterator load() {
            try {
                return com.ibm.icu.text.RuleBasedBreakIterator.getInstanceFromCompiledRules(
                        com.ibm.icu.impl.ICUBinary.getData("brkitr/sent.brk"));
            } catch (java.io.IOException | RuntimeException e) {
                return null;
            }
        }
    }

    /** The sentences of {@code text}; offsets point into {@code text}, whitespace is trimmed. */
    public List<Sentence> segment(String text, String lang) {
        String l = lang == null || lang.isBlank() ? "und" : lang;
        SegmentationData d = data.computeIfAbsent(l, SegmentationData::load);
        BreakIterator it = sentenceBreaks();
        List<Sentence> out = new ArrayList<>();
        List<int[]> lines = lines(text);
        int paragraph = 0;
        int i = 0;
        while (i < lines.size()) {
            if (isBlank(text, lines.get(i))) {
                i++;
                continue;
            }
            int blockStart = lines.get(i)[0];
            int sizeBefore = out.size();
            for (; i < lines.size() && !isBlank(text, lines.get(i)); i++) {
                int[] line = lines.get(i);
                boolean last = i + 1 >= lines.size() || isBlank(text, lines.get(i + 1));
                if (last || !runsOn(text, line, lines.get(i + 1))) {
                    splitBlock(text, blockStart, line[1], d, it, paragraph, out);
                    if (!last) {
                        blockStart = lines.get(i + 1)[0];
                    }
                }
            }
            if (out.size() > sizeBefore) {
                paragraph++;
            }
        }
        return out;
    }

    /** Lines as [start, end) without their terminator; \r\n, \n, \r, U+2028 and U+2029 end a line. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                lines.add(new int[] {start, i});
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(new int[] {start, n});
        }
        return lines;
    }

    private static boolean isBlank(String text, int[] line) {
        for (int i = line[0]; i < line[1]; i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** Whether the sentence plainly runs on from {@code line} into {@code next} (hard-wrapped prose). */
    private static boolean runsOn(String text, int[] line, int[] next) {
        int e = line[1];
        while (e > line[0] && isSpace(text.charAt(e - 1))) {
            e--;
        }
        int s = next[0];
        while (s < next[1] && isSpace(text.charAt(s))) {
            s++;
        }
        if (isListItem(text, s, next[1])) {
            return false;
        }
        char last = text.charAt(e - 1);
        if (last == ',' || last == '-' || last == '\u00AD') {
            return true;
        }
        int p = e;
        while (p > line[0] && isClosing(text.charAt(p - 1))) {
            p--;
        }
        if (p > line[0] && ".!?…".indexOf(text.charAt(p - 1)) >= 0) {
            // sentence punctuation: whether it ends the sentence is decided as inside a line
            // ("Зібрали 250 тис.\nГроші …" splits, "на вул.\nШевченка" does not)
            return true;
        }
        if (labelValue(text, s, next[1]) && (last == ':' || labelValue(text, line[0], e))) {
            // «жири — 3,0 г» after «енергетична цінність — 247 кДж»: items of a list of values in
            // lower case (a nutrition table, a specification), one a line, not a wrapped sentence
            return false;
        }
        return Character.isLowerCase(text.codePointAt(s));
    }

    /** Lines longer than this are no item of a list of values (see {@link #labelValue}). */
    private static final int LIST_LINE = 60;

    /**
     * Whether the line from {@code s} to {@code end} is a label and its value: at most
     * {@value #LIST_LINE} characters, a dash with spaces around it or a colon and a space after a
     * word, and a digit after that («жири — 3,0 г», «сіль: 0,10 г»).
     */
    private static boolean labelValue(String text, int s, int end) {
        while (end > s && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end - s > LIST_LINE) {
            return false;
        }
        for (int i = s + 1; i + 1 < end; i++) {
            char c = text.charAt(i);
            boolean dash = (c == '\u2014' || c == '\u2013') && isSpace(text.charAt(i - 1)) && isSpace(text.charAt(i + 1));
            boolean colon = c == ':' && Character.isLetter(text.charAt(i - 1)) && isSpace(text.charAt(i + 1));
            if (dash || colon) {
                for (int k = i + 1; k < end; k++) {
                    if (Character.isDigit(text.charAt(k))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** A list item: a bullet, or a number or letter with "." or ")" followed by a space. */
    private static boolean isListItem(String text, int s, int end) {
        char c = text.charAt(s);
        if ("-*•–—·▪►‣◦".indexOf(c) >= 0) {
            return s + 1 < end && isSpace(text.charAt(s + 1));
        }
        int i = s;
        while (i < end && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i == s && i < end && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i > s && i + 1 < end && (text.charAt(i) == '.' || text.charAt(i) == ')') && isSpace(text.charAt(i + 1));
    }

    private void splitBlock(String text, int start, int end, SegmentationData d, BreakIterator it, int paragraph,
            List<Sentence> out) {
        // ICU treats a line break as a paragraph end; inside a block line breaks are plain spaces
        char[] chars = text.substring(start, end).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\n' || chars[i] == '\r' || chars[i] == '\u2028' || chars[i] == '\u2029' || chars[i] == '\u0085') {
                chars[i] = ' ';
            }
        }
        String s = new String(chars);
        TreeSet<Integer> candidates = new TreeSet<>();
        it.setText(s);
        for (int b = it.next(); b != BreakIterator.DONE && b < s.length(); b = it.next()) {
            candidates.add(b);
        }
        addExtraCandidates(s, candidates);
        int from = 0;
        for (int b : candidates) {
            if (keep(s, from, b, d)) {
                add(text, start + from, start + b, paragraph, out);
                from = b;
            }
        }
        add(text, start + from, end, paragraph, out);
    }

    /**
     * ICU never breaks before a digit ("… загинули. 12 людей …"), after an ellipsis character
     * ("Він мовчав… Потім") or before a dash that opens a reply ("— запитала вона. — Так"):
     * propose a break wherever sentence punctuation and a space precede a digit or a capital.
     */
    private static void addExtraCandidates(String s, TreeSet<Integer> candidates) {
        for (int i = 0; i + 2 < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < s.length() && isClosing(s.charAt(j))) {
                    j++;
                }
                int k = j;
                while (k < s.length() && isSpace(s.charAt(k))) {
                    k++;
                }
                if (k > j && k < s.length() && (Character.isDigit(s.charAt(k)) || Next.at(s, k).upperCase)) {
                    candidates.add(k);
                }
            }
        }
    }

    /**
     * Whether the fragment is only a prepositional phrase — short ("У 1991 р.", "In Jan.") or a
     * date ("Станом на 1 вересня 2025 р.") — that opens the sentence that follows rather than
     * ending one.
     */
    private static boolean openingPhrase(String s, int from, int end, SegmentationData d) {
        // walks the words lazily and stops as soon as the answer is known
        int i = from;
        int count = 0;
        boolean allDate = true;
        String previous = null;
        while (i < end) {
            while (i < end && isSpace(s.charAt(i))) {
                i++;
            }
            int st = i;
            while (i < end && !isSpace(s.charAt(i))) {
                i++;
            }
            if (i == st) {
                break;
            }
            String w = s.substring(st, i);
            count++;
            if (count == 1) {
                if (!d.isPreposition(w)) {
                    return false;
                }
            } else {
                if (previous != null) {
                    allDate &= datePart(previous, d); // a middle word: neither first nor last
                }
                previous = w;
            }
            if (!allDate && count >= MIN_WORDS) {
                return false;
            }
        }
        return count > 0 && (count < MIN_WORDS || allDate);
    }

    private static boolean datePart(String w, SegmentationData d) {
        return d.isPreposition(w) || d.isMonth(w)
                || w.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '–' || c == '-');
    }

    /** Whether a break proposed at {@code b} (sentence from {@code from}) stands. */
    private static boolean keep(String s, int from, int b, SegmentationData d) {
        int e = b;
        while (e > from && isSpace(s.charAt(e - 1))) {
            e--;
        }
        int closeStart = e;
        while (closeStart > from && isClosing(s.charAt(closeStart - 1))) {
            closeStart--;
        }
        if (closeStart == from) {
            return false;
        }
        char terminal = s.charAt(closeStart - 1);
        if (terminal == '.' && closeStart == e && isListMarker(s, from, closeStart - 1)) {
            return false; // "1. Перший етап", "a. first item"
        }
        if (".!?…;:".indexOf(terminal) < 0 && !isTerminal(terminal)) {
            return false;
        }
        Next next = Next.at(s, b);
        if (next.word.isEmpty() && next.firstChar < 0) {
            return false;
        }
        if (next.lowerCase) {
            // "«…!» — сказав він", "Що ж? мабуть так" — a sentence does not start in lower case
            return false;
        }
        if (terminal != '.' || closeStart != e) {
            return true; // "?", "!", "…", or a period inside quotes/brackets: a real end
        }
        int dot = closeStart - 1;
        if (dot > from && s.charAt(dot - 1) == '.') {
            return true; // an ellipsis written as dots
        }
        if (b == dot + 1 && Character.isLetterOrDigit(s.charAt(dot - 1)) && b < s.length()
                && Character.isLetterOrDigit(s.charAt(b)) && codeRunsOn(s, b)) {
            return false; // "№ RU.77.99.88.003.Е.004512.10.25": a point inside a code, no space after it
        }
        if (isInitialOfOtherScript(s, from, dot, next)) {
            return true; // "бал A. Дані", "вітамін D. Лікар": a letter, not an initial of the next name
        }
        Kind kind = abbreviation(s, from, dot, d);
        if (kind == null && d.ordinalPeriod() && isOrdinal(s, from, dot)) {
            kind = Kind.AMBIGUOUS; // "am 3. März" carries on; "stieg auf 12. Die Regierung ..." ends
        }
        if (kind == null) {
            return true;
        }
        if (next.digit) {
            return false; // "ст. 15", "2025 р. 12 вересня", "No. 5"
        }
        return switch (kind) {
            case PREFIX -> false;
            // a name-like continuation (an initial: "у 2019 р. В. Зеленський") carries on
            case POSTFIX -> next.upperCase && !next.initial && !openingPhrase(s, from, dot, d);
            case AMBIGUOUS -> !next.initial && d.isStarter(next.word);
        };
    }

    /** Whether one to three digits, a whole word, stand right before the period at {@code dot}. */
    private static boolean isOrdinal(String s, int from, int dot) {
        int i = dot;
        while (i > from && Character.isDigit(s.charAt(i - 1))) {
            i--;
        }
        int digits = dot - i;
        return digits >= 1 && digits <= 3 && (i == from || isSpace(s.charAt(i - 1)) || isOpening(s.charAt(i - 1)));
    }

    private static boolean isTerminal(char c) {
        return c == '\u203C' || c == '\u2047' || c == '\u2048' || c == '\u2049' || c == '\u3002' || c == '\uFF01'
                || c == '\uFF1F' || c == '\uFF0E';
    }

    static boolean isClosing(char c) {
        return c == ')' || c == ']' || c == '}' || Quotes.isClosing(c);
    }

    private static boolean isOpening(char c) {
        return c == '(' || c == '[' || c == '{' || Quotes.isOpening(c)
                || c == '—' || c == '–' || c == '-' || c == '¡' || c == '¿';
    }

    /**
     * The kind of the abbreviation that ends right before the period at {@code dot}, or null when
     * the word there is not one.
     */
    private static Kind abbreviation(String s, int from, int dot, SegmentationData d) {
        int ws = dot;
        while (ws > from && !isSpace(s.charAt(ws - 1)) && (s.charAt(ws - 1) == '-' || !isOpening(s.charAt(ws - 1)))) {
            ws--;
        }
        String word = s.substring(ws, dot);
        if (word.isEmpty() || !Character.isLetter(word.codePointAt(word.length() - 1))) {
            return null;
        }
        boolean afterNumber = previousIsNumber(s, from, ws);
        // multi-word entries first ("і т. д.", "т. зв."), then the word itself
        List<Integer> starts = new ArrayList<>();
        int p = ws;
        for (int w = 1; w < d.maxWords(); w++) {
            int q = p;
            while (q > from && isSpace(s.charAt(q - 1))) {
                q--;
            }
            if (q == p || q == from) {
                break;
            }
            int r = q;
            while (r > from && !isSpace(s.charAt(r - 1))) {
                r--;
            }
            starts.add(r);
            p = r;
        }
        for (int k = starts.size() - 1; k >= 0; k--) {
            int st = starts.get(k);
            String phrase = withoutSpaces(s, st, dot);
            Kind kind = d.kind(phrase, previousIsNumber(s, from, st));
            if (kind != null) {
                return kind;
            }
        }
        Kind kind = d.kind(SegmentationData.key(word), afterNumber);
        if (kind != null) {
            return kind;
        }
        if (word.codePointCount(0, word.length()) == 1 && Character.isUpperCase(word.codePointAt(0))) {
            return Kind.AMBIGUOUS; // an initial: "В. Зеленський", "A. Lukashenko"
        }
        if (isDottedInitialism(word)) {
            // "e.g.", "т.е." carry on; "U.S.", "U.K." may end a sentence
            return Character.isUpperCase(word.codePointAt(0)) ? Kind.AMBIGUOUS : Kind.PREFIX;
        }
        return null;
    }

    /** A single capital before the period whose script differs from the next word's (A. before Дані). */
    private static boolean isInitialOfOtherScript(String s, int from, int dot, Next next) {
        if (dot - 1 < from || next.firstChar < 0 || !Character.isLetter(next.firstChar)) {
            return false;
        }
        char c = s.charAt(dot - 1);
        boolean single = dot - 1 == from || isSpace(s.charAt(dot - 2)) || isOpening(s.charAt(dot - 2));
        return single && Character.isUpperCase(c)
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.of(next.firstChar);
    }

    /** Whether the sentence so far is only a number or a single letter (a list marker). */
    private static boolean isListMarker(String s, int from, int dot) {
        int st = from;
        while (st < dot && isSpace(s.charAt(st))) {
            st++;
        }
        if (st == dot) {
            return false;
        }
        if (dot - st > 3) {
            return false;
        }
        String w = s.substring(st, dot);
        return w.chars().allMatch(Character::isDigit)
                || w.codePointCount(0, w.length()) == 1 && Character.isLowerCase(w.codePointAt(0));
    }

    private static String withoutSpaces(String s, int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** "U.S", "a.k.a", "т.е": one- or two-letter parts joined by periods. */
    private static boolean isDottedInitialism(String word) {
        if (word.indexOf('.') < 0) {
            return false;
        }
        for (String part : word.split("\\.", -1)) {
            if (part.isEmpty() || part.length() > 2) {
                return false;
            }
            for (int i = 0; i < part.length(); i++) {
                if (!Character.isLetter(part.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the word before {@code wordStart} is a number ("2025", "1991–1995", "XX", "5-7"). */
    private static boolean previousIsNumber(String s, int from, int wordStart) {
        int e = wordStart;
        while (e > from && isSpace(s.charAt(e - 1))) {
            e--;
        }
        if (e == wordStart && wordStart > from) {
            return false;
        }
        int st = e;
        while (st > from && !isSpace(s.charAt(st - 1))) {
            st--;
        }
        if (st == e) {
            return false;
        }
        String w = s.substring(st, e);
        boolean digits = false;
        boolean roman = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c)) {
                digits = true;
            } else if ("IVXLCDMІХ".indexOf(c) < 0 && "–-—,.(".indexOf(c) < 0) {
                return false;
            }
            if (Character.isDigit(c)) {
                roman = false;
            }
        }
        return digits || (roman && w.chars().anyMatch(c -> "IVXLCDMІХ".indexOf(c) >= 0));
    }

    /** What follows a proposed break: the first word after opening quotes, brackets and dashes. */
    /**
     * True when the run of non-space characters from {@code b} holds a digit: the point before it
     * joins the parts of one code, registration or version number («RU.77.99.88.003.Е.004512»),
     * where a sentence that lost the space after its point («закінчився.Наступного») goes on in
     * letters only.
     */
    private static boolean codeRunsOn(String s, int b) {
        for (int i = b; i < s.length() && !isSpace(s.charAt(i)); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private record Next(String word, int firstChar, boolean lowerCase, boolean upperCase, boolean digit, boolean initial) {
        static Next at(String s, int b) {
            int i = b;
            while (i < s.length() && (isSpace(s.charAt(i)) || isOpening(s.charAt(i)))) {
                i++;
            }
            if (i >= s.length()) {
                return new Next("", -1, false, false, false, false);
            }
            int cp = s.codePointAt(i);
            int j = i;
            while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || Character.getType(s.charAt(j)) == Character.NON_SPACING_MARK
                    || s.charAt(j) == '\'' || s.charAt(j) == '’')) {
                j++;
            }
            String word = s.substring(i, j);
            boolean initial = word.codePointCount(0, word.length()) == 1 && Character.isUpperCase(cp)
                    && j < s.length() && s.charAt(j) == '.';
            // a camel-case brand ("eBay", "iPhone") opens a sentence like a capitalised word
            boolean camel = Character.isLowerCase(cp) && word.chars().skip(1).anyMatch(Character::isUpperCase);
            return new Next(word, cp, Character.isLowerCase(cp) && !camel,
                    Character.isUpperCase(cp) || Character.isTitleCase(cp) || camel, Character.isDigit(cp), initial);
        }
    }

    private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new Sentence(out.size(), paragraph, start, end, text.substring(start, end)));
        }
    }
}
