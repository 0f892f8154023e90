package dev.transcheck.lab.trust;

import dev.transcheck.glossary.Concept;
import dev.transcheck.glossary.ConceptType;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.glossary.Term;
import dev.transcheck.glossary.TermStatus;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes seeded copies of a translation, each with exactly one change of one kind: a person's
 * surname replaced by another glossary person's, a number's digit altered, a date's day or month
 * changed, a glossary term replaced by another concept's term, an office swapped for a sibling
 * office, a sentence dropped from inside a paragraph, a clause carrying a name, number, date or
 * glossary term dropped from inside a kept sentence. Deterministic for a given seed and document.
 */
public final class Seeder {
    /** The kinds of seeded change, with the check-id prefixes whose error findings count as a catch. */
    public enum Kind {
        NAME("person name", "name.", "term."),
        NUMBER("number", "number.", "date."),
        DATE("date", "date.", "number."),
        TERM("glossary term", "term.", "name.", "title."),
        TITLE("title/office", "title.", "term."),
        DROP("dropped sentence", "omission"),
        // last, so that the random streams of the kinds before it stay as they were
        CLAUSE("dropped clause", "omission.partial", "number.", "date.", "name.", "term.");

        public final String label;
        final List<String> checks;

        Kind(String label, String... checks) {
            this.label = label;
            this.checks = List.of(checks);
        }

        /** Whether a finding of {@code check} is about this kind of change. */
        public boolean relevant(String check) {
            for (String p : checks) {
                if (check.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * One seeded copy: {@code text} is the whole changed translation, {@code [start, end)} the
     * changed span in it (empty where a sentence was removed), {@code sourceSentence} the source
     * sentence whose translation was dropped (-1 for other kinds).
     */
    public record Seed(Kind kind, String text, int start, int end, int sourceSentence, String before, String after, String variant) {
        /** A seed of this (the first) style, which has no variants. */
        public Seed(Kind kind, String text, int start, int end, int sourceSentence, String before, String after) {
            this(kind, text, start, end, sourceSentence, before, after, null);
        }
    }

    private static final String LETTER = "[\\p{L}\\p{M}]";
    private static final String NOT_BEFORE = "(?<![\\p{L}\\p{M}\\d'\u2019\u02bc-])";
    private static final String NOT_AFTER = "(?![\\p{L}\\p{M}\\d])";
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern WORD = Pattern.compile(LETTER + "+(?:['\u2019\u02bc-]" + LETTER + "+)*");

    /** Month names per language, one list of twelve per grammatical form. */
    static final Map<String, List<List<String>>> MONTHS = Map.of(
            "en", List.of(List.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December")),
            "uk", List.of(
                    List.of("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
                            "жовтня", "листопада", "грудня"),
                    List.of("січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень",
                            "вересень", "жовтень", "листопад", "грудень"),
                    List.of("січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні", "вересні",
                            "жовтні", "листопаді", "грудні")),
            "ru", List.of(
                    List.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                            "октября", "ноября", "декабря"),
                    List.of("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                            "октябрь", "ноябрь", "декабрь"),
                    List.of("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
                            "октябре", "ноябре", "декабре")));

    private final Glossary glossary;

    public Seeder(Glossary glossary) {
        this.glossary = glossary;
    }

    /** A change found in the translation: replace {@code [start, end)} by {@code replacement}. */
    record Edit(int start, int end, String replacement) {
    }

    /**
     * At most one seed per kind for this pair. {@code eligible} tells which translation sentences
     * may carry a change (the evaluation passes those whose bead had no error finding before).
     */
    public List<Seed> seeds(Document source, Document translation, Alignment alignment, IntPredicate eligible, long seed) {
        List<Seed> out = new ArrayList<>();
        String lang = translation.lang();
        for (Kind k : Kind.values()) {
            Random rnd = new Random(seed * 1_000_003L + translation.path().hashCode() * 31L + k.ordinal());
            if (k == Kind.DROP) {
                Seed d = drop(source, translation, alignment, eligible, rnd);
                if (d != null) {
                    out.add(d);
                }
                continue;
            }
            if (k == Kind.CLAUSE) {
                Seed c = clause(source, translation, alignment, eligible, rnd);
                if (c != null) {
                    out.add(c);
                }
                continue;
            }
            List<Edit> edits = switch (k) {
                case NAME -> names(translation, source, lang, rnd);
                case NUMBER -> numbers(translation.text(), lang, rnd);
                case DATE -> dates(translation.text(), lang, rnd);
                case TERM -> terms(translation, source, lang, rnd);
                case TITLE -> titles(translation.text(), lang);
                default -> List.of();
            };
            List<Edit> ok = new ArrayList<>();
            for (Edit e : edits) {
                int s = sentenceAt(translation, e.start());
                if (s >= 0 && eligible.test(s) && e.end() <= translation.sentence(s).end()) {
                    ok.add(e);
                }
            }
            if (ok.isEmpty()) {
                continue;
            }
            Edit e = ok.get(rnd.nextInt(ok.size()));
            String t = translation.text();
            String text = t.substring(0, e.start()) + e.replacement() + t.substring(e.end());
            out.add(new Seed(k, text, e.start(), e.start() + e.replacement().length(), -1,
                    t.substring(e.start(), e.end()), e.replacement()));
        }
        return out;
    }

    /** The id of the sentence of {@code d} holding offset {@code pos}, or -1. */
    static int sentenceAt(Document d, int pos) {
        for (Sentence s : d.sentences()) {
            if (pos >= s.start() && pos < Math.max(s.end(), s.start() + 1)) {
                return s.id();
            }
        }
        return -1;
    }

    // ---- numbers -------------------------------------------------------------------------------

    /** Digit runs that stand alone (not glued to letters, not in a link, handle or hashtag, not a date's day). */
    static List<Edit> numbers(String text, String lang, Random rnd) {
        List<Edit> out = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            int a = m.start();
            int b = m.end();
            if (a > 0 && Character.isLetter(text.charAt(a - 1)) || b < text.length() && Character.isLetter(text.charAt(b))) {
                continue;
            }
            String token = token(text, a);
            if (token.contains("://") || token.contains("www.") || token.contains("@") || token.contains("#")
                    || token.contains("_")) {
                continue;
            }
            if (monthNear(text, a, b, lang)) {
                continue;
            }
            String run = m.group();
            int i = rnd.nextInt(run.length());
            int old = run.charAt(i) - '0';
            int d;
            do {
                d = rnd.nextInt(10);
            } while (d == old || i == 0 && d == 0 && run.length() > 1);
            out.add(new Edit(a, b, run.substring(0, i) + d + run.substring(i + 1)));
        }
        return out;
    }

    /** The whitespace-delimited token of {@code text} around {@code pos}. */
    static String token(String text, int pos) {
        int a = pos;
        while (a > 0 && !Character.isWhitespace(text.charAt(a - 1))) {
            a--;
        }
        int b = pos;
        while (b < text.length() && !Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        return text.substring(a, b);
    }

    /** Whether the word just before or after {@code [a, b)} is a month name. */
    private static boolean monthNear(String text, int a, int b, String lang) {
        Matcher w = WORD.matcher(text);
        int from = Math.max(0, a - 16);
        int to = Math.min(text.length(), b + 16);
        w.region(from, to);
        while (w.find()) {
            if ((w.end() <= a && text.substring(w.end(), a).strip().length() <= 1
                    || w.start() >= b && text.substring(b, w.start()).strip().length() <= 3)
                    && monthIndex(w.group(), lang) != null) {
                return true;
            }
        }
        return false;
    }

    /** {form list, month} of a month word, or null. */
    static int[] monthIndex(String word, String lang) {
        List<List<String>> forms = MONTHS.get(lang);
        if (forms == null) {
            return null;
        }
        for (int f = 0; f < forms.size(); f++) {
            for (int i = 0; i < 12; i++) {
                String m = forms.get(f).get(i);
                boolean match = lang.equals("en") ? word.equals(m) : word.toLowerCase(Locale.ROOT).equals(m);
                if (match) {
                    return new int[] {f, i};
                }
            }
        }
        return null;
    }

    // ---- dates ---------------------------------------------------------------------------------

    /** A month name next to a day number: change the day or the month; a month alone: change the month. */
    static List<Edit> dates(String text, String lang, Random rnd) {
        List<Edit> out = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            int[] mi = monthIndex(w.group(), lang);
            if (mi == null) {
                continue;
            }
            Edit day = dayNear(text, w.start(), w.end(), rnd);
            if (lang.equals("en") && w.group().equals("May") && day == null && !yearAfter(text, w.end())) {
                continue; // the modal verb, most likely
            }
            if (day != null && rnd.nextBoolean()) {
                out.add(day);
                continue;
            }
            int other;
            do {
                other = rnd.nextInt(12);
            } while (other == mi[1]);
            String repl = MONTHS.get(lang).get(mi[0]).get(other);
            if (Character.isUpperCase(w.group().charAt(0))) {
                repl = Character.toUpperCase(repl.charAt(0)) + repl.substring(1);
            }
            out.add(new Edit(w.start(), w.end(), repl));
        }
        return out;
    }

    private static boolean yearAfter(String text, int pos) {
        return Pattern.compile("\\s+\\d{4}").matcher(text).region(pos, text.length()).lookingAt();
    }

    /** A day number (1-31) right before or after the month word, as an edit changing it. */
    private static Edit dayNear(String text, int a, int b, Random rnd) {
        Matcher before = Pattern.compile("(\\d{1,2})(?:-?(?:го|st|nd|rd|th))?\\s+$").matcher(text.substring(Math.max(0, a - 8), a));
        int base = Math.max(0, a - 8);
        int ds = -1;
        int de = -1;
        if (before.find()) {
            ds = base + before.start(1);
            de = base + before.end(1);
        } else {
            Matcher after = Pattern.compile("\\s+(\\d{1,2})(?!\\d)").matcher(text).region(b, text.length());
            if (after.lookingAt()) {
                ds = after.start(1);
                de = after.end(1);
            }
        }
        if (ds < 0 || ds > 0 && Character.isDigit(text.charAt(ds - 1))) {
            return null;
        }
        int d = Integer.parseInt(text.substring(ds, de));
        if (d < 1 || d > 31) {
            return null;
        }
        int nd;
        do {
            nd = 1 + rnd.nextInt(28);
        } while (nd == d);
        return new Edit(ds, de, Integer.toString(nd));
    }

    // ---- titles --------------------------------------------------------------------------------

    private record Swap(Pattern pattern, java.util.function.Function<Matcher, String> replacement) {
    }

    private static final Map<String, List<Swap>> TITLES = new HashMap<>();

    static {
        String apos = "['\u2019\u02bc]";
        TITLES.put("en", List.of(
                new Swap(Pattern.compile(NOT_BEFORE + "([Pp])resident" + NOT_AFTER),
                        m -> (m.group(1).equals("P") ? "Prime Minister" : "prime minister")),
                new Swap(Pattern.compile(NOT_BEFORE + "([Pp])rime [Mm]inister" + NOT_AFTER),
                        m -> (m.group(1).equals("P") ? "President" : "president")),
                new Swap(Pattern.compile(NOT_BEFORE + "([Dd])eputy ([Mm]inister)" + NOT_AFTER),
                        m -> m.group(1).equals("D") ? "Minister" : "minister"),
                new Swap(Pattern.compile("(?<![Pp]rime |[Dd]eputy |[Vv]ice |[Vv]ice-)" + NOT_BEFORE + "([Mm])inister" + NOT_AFTER),
                        m -> (m.group(1).equals("M") ? "Deputy Minister" : "deputy minister"))));
        String ukEnd = "(а|ові|у|ом|і|е)?";
        TITLES.put("uk", List.of(
                new Swap(Pattern.compile(NOT_BEFORE + "([Пп])резидент" + ukEnd + NOT_AFTER),
                        m -> cap(m.group(1), "прем'єр-міністр") + opt(m.group(2))),
                new Swap(Pattern.compile(NOT_BEFORE + "([Пп])рем" + apos + "єр-міністр" + ukEnd + NOT_AFTER),
                        m -> cap(m.group(1), "президент") + opt(m.group(2))),
                new Swap(Pattern.compile(NOT_BEFORE + "([Зз])аступник" + ukEnd + " міністра" + NOT_AFTER),
                        m -> cap(m.group(1), "міністр") + opt(m.group(2))),
                new Swap(Pattern.compile("(?<![Зз]аступник\\p{L}{0,3} )" + NOT_BEFORE + "([Мм])іністр" + ukEnd + NOT_AFTER),
                        m -> cap(m.group(1), "заступник") + opt(m.group(2)) + " міністра")));
        String ruEnd = "(а|у|ом|е)?";
        TITLES.put("ru", List.of(
                new Swap(Pattern.compile(NOT_BEFORE + "([Пп])резидент" + ruEnd + NOT_AFTER),
                        m -> cap(m.group(1), "премьер-министр") + opt(m.group(2))),
                new Swap(Pattern.compile(NOT_BEFORE + "([Пп])ремьер-министр" + ruEnd + NOT_AFTER),
                        m -> cap(m.group(1), "президент") + opt(m.group(2))),
                new Swap(Pattern.compile(NOT_BEFORE + "([Зз])аместител(ь|я|ю|ем|е) министра" + NOT_AFTER),
                        m -> cap(m.group(1), "министр") + Map.of("ь", "", "я", "а", "ю", "у", "ем", "ом", "е", "е").get(m.group(2))),
                new Swap(Pattern.compile("(?<![Зз]аместител\\p{L}{1,2} )" + NOT_BEFORE + "([Мм])инистр" + ruEnd + NOT_AFTER),
                        m -> cap(m.group(1), "заместител") + Map.of("", "ь", "а", "я", "у", "ю", "ом", "ем", "е", "е")
                                .get(opt(m.group(2))) + " министра")));
    }

    private static String cap(String first, String word) {
        return Character.isUpperCase(first.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }

    private static String opt(String s) {
        return s == null ? "" : s;
    }

    /** Offices swapped for a sibling office: president and prime minister, minister and deputy minister. */
    static List<Edit> titles(String text, String lang) {
        List<Edit> out = new ArrayList<>();
        for (Swap s : TITLES.getOrDefault(lang, List.of())) {
            Matcher m = s.pattern().matcher(text);
            while (m.find()) {
                if (lang.equals("uk") && s == TITLES.get("uk").get(3) && m.start() > 0 && text.charAt(m.start() - 1) == '-') {
                    continue;
                }
                out.add(new Edit(m.start(), m.end(), s.replacement().apply(m)));
            }
        }
        return out;
    }

    // ---- names and terms -----------------------------------------------------------------------

    /** A glossary form's stem for matching inflected forms: Cyrillic endings stripped. */
    static String stem(String word, String lang) {
        if (lang.equals("en")) {
            return word;
        }
        int e = word.length();
        while (e > 3 && "аяоеиіїйьуюыєё".indexOf(Character.toLowerCase(word.charAt(e - 1))) >= 0) {
            e--;
        }
        return word.substring(0, e);
    }

    /** Occurrences of a single word {@code form} (inflected where the language inflects). */
    static List<int[]> occurrences(String text, String form, String lang) {
        List<int[]> out = new ArrayList<>();
        String st = stem(form, lang);
        boolean inflects = !lang.equals("en");
        Pattern p = Pattern.compile(NOT_BEFORE + Pattern.quote(st) + (inflects ? "\\p{L}{0,3}" : "") + NOT_AFTER);
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private record Named(String concept, String surname, String origin) {
    }

    /**
     * The surname of a glossary person in {@code lang}: the longest one-word form of the concept
     * that is also a word of its preferred form (Zelensky of Volodymyr Zelensky). A person with no
     * such form (Xi Jinping, whose glossary rows never give the surname alone) is left out: which
     * word is the surname cannot be told.
     */
    static String surname(Concept c, String lang) {
        Term pref = c.preferred(lang);
        if (pref == null) {
            return null;
        }
        List<String> words = List.of(pref.form().trim().split("\\s+"));
        String best = null;
        for (Term t : c.terms(lang)) {
            String f = t.form().trim();
            if (t.status() != TermStatus.FORBIDDEN && !f.contains(" ") && words.contains(f)
                    && (best == null || f.length() > best.length())) {
                best = f;
            }
        }
        if (best == null && words.size() == 1) {
            best = words.get(0);
        }
        if (best == null || best.length() < 4 || !Character.isUpperCase(best.charAt(0)) || best.contains("{")) {
            return null;
        }
        return best;
    }

    /** The glossary persons with a surname in {@code lang}, with their origin. */
    private List<Named> persons(String lang) {
        List<Named> out = new ArrayList<>();
        for (Concept c : glossary.concepts()) {
            if (c.type() != ConceptType.PERSON) {
                continue;
            }
            String surname = surname(c, lang);
            if (surname == null) {
                continue;
            }
            Term en = c.preferred("en");
            String origin = en != null && en.romanisedFrom() != null ? en.romanisedFrom() : "other";
            out.add(new Named(c.id(), surname, origin));
        }
        return out;
    }

    /** The ending a Cyrillic stem drops (its declension look), "" in English. */
    private static String ending(String word, String lang) {
        return word.substring(stem(word, lang).length());
    }

    /** A glossary person's surname in the translation replaced by another person's of the same origin. */
    List<Edit> names(Document translation, Document source, String lang, Random rnd) {
        List<Named> persons = persons(lang);
        String text = translation.text();
        List<Edit> out = new ArrayList<>();
        for (Named p : persons) {
            // the person must be named in the source too: a word of the translation that only looks
            // like a surname (Тихого океану, the Pacific) is no person of the text
            String inSource = surname(glossary.concept(p.concept()), source.lang());
            if (inSource == null || occurrences(source.text(), inSource, source.lang()).isEmpty()) {
                continue;
            }
            for (int[] o : occurrences(text, p.surname(), lang)) {
                List<Named> others = new ArrayList<>();
                List<Named> anyOrigin = new ArrayList<>();
                for (Named q : persons) {
                    if (q.concept().equals(p.concept()) || q.surname().equals(p.surname())
                            || !occurrences(text, q.surname(), lang).isEmpty()
                            || !ending(q.surname(), lang).equals(ending(p.surname(), lang))) {
                        continue;
                    }
                    anyOrigin.add(q);
                    if (q.origin().equals(p.origin())) {
                        others.add(q);
                    }
                }
                List<Named> pool = others.isEmpty() ? anyOrigin : others;
                if (pool.isEmpty()) {
                    continue;
                }
                Named q = pool.get(rnd.nextInt(pool.size()));
                String found = text.substring(o[0], o[1]);
                String suffix = found.substring(Math.min(found.length(), stem(p.surname(), lang).length()));
                out.add(new Edit(o[0], o[1], stem(q.surname(), lang) + suffix));
            }
        }
        return out;
    }

    /** A glossary term (place, organisation, term) replaced by another concept's term of the same type. */
    List<Edit> terms(Document translation, Document source, String lang, Random rnd) {
        String text = translation.text();
        // an EnumMap: a HashMap's order of enum keys follows their identity hash codes, which
        // change from one JVM to the next, and with it which rival each random draw picks
        Map<ConceptType, List<String[]>> byType = new java.util.EnumMap<>(ConceptType.class);
        for (Concept c : glossary.concepts()) {
            if (c.type() != ConceptType.PLACE && c.type() != ConceptType.ORGANISATION && c.type() != ConceptType.TERM) {
                continue;
            }
            Term t = c.preferred(lang);
            if (t == null || t.status() == TermStatus.FORBIDDEN || t.form().contains("{") || t.form().length() < 4) {
                continue;
            }
            boolean inSource = false;
            for (Term st : c.terms(source.lang())) {
                String f = st.form().trim();
                if (st.status() != TermStatus.FORBIDDEN && !f.contains("{") && f.length() >= 3
                        && !(f.contains(" ") ? exact(source.text(), f) : occurrences(source.text(), f, source.lang())).isEmpty()) {
                    inSource = true;
                    break;
                }
            }
            byType.computeIfAbsent(c.type(), k -> new ArrayList<>()).add(new String[] {c.id(), t.form(), inSource ? "s" : ""});
        }
        List<Edit> out = new ArrayList<>();
        for (var e : byType.entrySet()) {
            List<String[]> all = e.getValue();
            for (String[] c : all) {
                if (c[2].isEmpty()) {
                    continue; // the term is not in the source: a look-alike word of the translation
                }
                boolean single = !c[1].contains(" ");
                List<int[]> occ = single ? occurrences(text, c[1], lang) : exact(text, c[1]);
                for (int[] o : occ) {
                    List<String[]> pool = new ArrayList<>();
                    for (String[] d : all) {
                        if (!d[0].equals(c[0]) && !d[1].equalsIgnoreCase(c[1]) && (d[1].contains(" ")
                                ? exact(text, d[1]).isEmpty() : occurrences(text, d[1], lang).isEmpty())) {
                            pool.add(d);
                        }
                    }
                    if (pool.isEmpty()) {
                        continue;
                    }
                    String[] d = pool.get(rnd.nextInt(pool.size()));
                    String found = text.substring(o[0], o[1]);
                    String repl = d[1];
                    if (single && !d[1].contains(" ") && ending(c[1], lang).equals(ending(d[1], lang))) {
                        repl = stem(d[1], lang) + found.substring(Math.min(found.length(), stem(c[1], lang).length()));
                    }
                    if (Character.isUpperCase(found.charAt(0)) && !repl.isEmpty()) {
                        repl = Character.toUpperCase(repl.charAt(0)) + repl.substring(1);
                    }
                    out.add(new Edit(o[0], o[1], repl));
                }
            }
        }
        return out;
    }

    /**
     * The span a dropped sentence takes out of {@code text}: the sentence and the spaces after it,
     * or, at the end of a line, the spaces before it (the line break stays).
     */
    static int[] cut(String text, Sentence s) {
        int a = s.start();
        int e = s.end();
        while (e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '\t')) {
            e++;
        }
        if (e < text.length() && text.charAt(e) == '\n' || e == text.length()) {
            e = s.end();
            while (a > 0 && (text.charAt(a - 1) == ' ' || text.charAt(a - 1) == '\t')) {
                a--;
            }
        }
        return new int[] {a, e};
    }

    private static List<int[]> exact(String text, String form) {
        List<int[]> out = new ArrayList<>();
        Matcher m = Pattern.compile(NOT_BEFORE + Pattern.quote(form) + NOT_AFTER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    // ---- dropped sentences ---------------------------------------------------------------------

    /**
     * A translation sentence of a 1-1 bead removed, preferring one with neighbours on both sides
     * in its paragraph (then one after another sentence of its paragraph, then any but the first).
     */
    static Seed drop(Document source, Document translation, Alignment alignment, IntPredicate eligible, Random rnd) {
        List<List<Bead>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<Sentence> ts = translation.sentences();
        for (Bead b : alignment.beads()) {
            if (b.source().size() != 1 || b.translation().size() != 1) {
                continue;
            }
            int t = b.translation().get(0);
            Sentence s = ts.get(t);
            if (t == 0 || !eligible.test(t) || words(source.sentence(b.source().get(0)).text()) < 5) {
                continue;
            }
            boolean prevSame = ts.get(t - 1).paragraph() == s.paragraph();
            boolean nextSame = t + 1 < ts.size() && ts.get(t + 1).paragraph() == s.paragraph();
            tiers.get(prevSame && nextSame ? 0 : prevSame ? 1 : 2).add(b);
        }
        for (List<Bead> tier : tiers) {
            if (tier.isEmpty()) {
                continue;
            }
            Bead b = tier.get(rnd.nextInt(tier.size()));
            Sentence s = ts.get(b.translation().get(0));
            String text = translation.text();
            int[] cut = cut(text, s);
            int a = cut[0];
            int e = cut[1];
            return new Seed(Kind.DROP, text.substring(0, a) + text.substring(e), a, a, b.source().get(0), s.text(), "");
        }
        return null;
    }

    // ---- dropped clauses -----------------------------------------------------------------------

    /** Coordinating conjunctions that open a clause (adversative ones: rarely inside a noun phrase). */
    private static final Map<String, Pattern> CONJUNCTION = Map.of(
            "en", Pattern.compile("\\s(?=(?:but|while|whereas|yet)\\s)"),
            "uk", Pattern.compile("\\s(?=(?:але|проте|однак|а)\\s)"),
            "ru", Pattern.compile("\\s(?=(?:но|однако|а)\\s)"));
    /** A comma or semicolon followed by a space (not the comma of 1,5), or a spaced dash. */
    private static final Pattern PUNCT_BOUNDARY = Pattern.compile("[,;](?=\\s)|\\s[—–-](?=\\s)");
    private static final Pattern END = Pattern.compile("[.!?…]+[\"»”’)]*\\s*$");

    /**
     * The clauses of a sentence after the first one: {@code [start, end)} offsets in {@code s} of a
     * piece with its leading delimiter (", and the rest", " but the rest"), up to the next delimiter
     * or the final punctuation.
     */
    static List<int[]> clauses(String s, String lang) {
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
        Matcher m = PUNCT_BOUNDARY.matcher(s);
        while (m.find()) {
            cuts.add(m.start());
        }
        Pattern conj = CONJUNCTION.get(lang);
        if (conj != null) {
            m = conj.matcher(s);
            while (m.find()) {
                // a conjunction right after a comma belongs to the comma's piece
                if (m.start() == 0 || ",;".indexOf(s.charAt(m.start() - 1)) < 0) {
                    cuts.add(m.start());
                }
            }
        }
        Matcher e = END.matcher(s);
        int end = e.find() ? e.start() : s.length();
        List<int[]> out = new ArrayList<>();
        List<Integer> c = new ArrayList<>(cuts.headSet(end));
        for (int i = 0; i < c.size(); i++) {
            int a = c.get(i);
            int b = i + 1 < c.size() ? c.get(i + 1) : end;
            if (a > 0 && b > a) {
                out.add(new int[] {a, b});
            }
        }
        return out;
    }

    /** Whether brackets and quotation marks are balanced in {@code s} (a piece cut from inside one is not). */
    private static boolean balanced(String s) {
        int paren = 0;
        int guil = 0;
        int curly = 0;
        int straight = 0;
        for (char c : s.toCharArray()) {
            switch (c) {
                case '(' -> paren++;
                case ')' -> paren--;
                case '«' -> guil++;
                case '»' -> guil--;
                case '“' -> curly++;
                case '”' -> curly--;
                case '"' -> straight++;
                default -> { }
            }
        }
        return paren == 0 && guil == 0 && curly == 0 && straight % 2 == 0;
    }

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d+");

    private static java.util.Set<String> digitRuns(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        Matcher m = DIGIT_RUN.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static java.util.Set<Integer> months(String s, String lang) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        Matcher w = WORD.matcher(s);
        while (w.find()) {
            int[] mi = monthIndex(w.group(), lang);
            if (mi != null && !(lang.equals("en") && w.group().equals("May"))) {
                out.add(mi[1]);
            }
        }
        return out;
    }

    /** Name skeleton prefixes (three consonants) of the capitalised words of {@code s} not at a sentence start. */
    private static java.util.Set<String> nameKeys(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : dev.transcheck.text.TextFacts.capitalised(s)) {
            String k = dev.transcheck.text.TextFacts.skeleton(w);
            if (k.length() >= 2) {
                out.add(k.substring(0, Math.min(3, k.length())));
            }
        }
        return out;
    }

    /** Per language, each glossary concept's usable forms as patterns (built once). */
    private final Map<String, List<Map.Entry<String, List<Pattern>>>> formPatterns = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Map.Entry<String, List<Pattern>>> forms(String lang) {
        return formPatterns.computeIfAbsent(lang, l -> {
            List<Map.Entry<String, List<Pattern>>> out = new ArrayList<>();
            for (Concept c : glossary.concepts()) {
                List<Pattern> ps = new ArrayList<>();
                for (Term t : c.terms(l)) {
                    String f = t.form().trim();
                    if (t.status() == TermStatus.FORBIDDEN || f.contains("{") || f.length() < 3) {
                        continue;
                    }
                    boolean inflects = !l.equals("en") && !f.contains(" ");
                    ps.add(Pattern.compile(NOT_BEFORE + Pattern.quote(inflects ? stem(f, l) : f) + (inflects ? "\\p{L}{0,3}" : "")
                            + NOT_AFTER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                }
                if (!ps.isEmpty()) {
                    out.add(Map.entry(c.id(), ps));
                }
            }
            return out;
        });
    }

    private static boolean any(List<Pattern> ps, String s) {
        for (Pattern p : ps) {
            if (p.matcher(s).find()) {
                return true;
            }
        }
        return false;
    }

    /** Glossary concepts named in {@code s} (in {@code lang}). */
    private java.util.Set<String> concepts(String s, String lang) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (var e : forms(lang)) {
            if (any(e.getValue(), s)) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /**
     * Whether {@code piece} carries a number, date, name or glossary term that the source sentence
     * also carries and that the rest of the translation sentence does not.
     */
    private boolean anchored(String piece, String rest, String src, String srcLang, String lang) {
        java.util.Set<String> srcDigits = digitRuns(src);
        java.util.Set<String> restDigits = digitRuns(rest);
        for (String d : digitRuns(piece)) {
            if (srcDigits.contains(d) && !restDigits.contains(d)) {
                return true;
            }
        }
        java.util.Set<Integer> srcMonths = months(src, srcLang);
        java.util.Set<Integer> restMonths = months(rest, lang);
        for (int mo : months(piece, lang)) {
            if (srcMonths.contains(mo) && !restMonths.contains(mo)) {
                return true;
            }
        }
        java.util.Set<String> srcNames = nameKeys(src);
        java.util.Set<String> restNames = nameKeys(rest);
        for (String k : nameKeys("x " + piece)) { // "x": the piece's first word is not a sentence start
            if (srcNames.contains(k) && !restNames.contains(k)) {
                return true;
            }
        }
        java.util.Set<String> inPiece = concepts(piece, lang);
        if (inPiece.isEmpty()) {
            return false;
        }
        inPiece.removeAll(concepts(rest, lang));
        inPiece.retainAll(concepts(src, srcLang));
        return !inPiece.isEmpty();
    }

    /**
     * A clause removed from a translation sentence of a 1-1 bead: a piece after the first (from a
     * comma, semicolon, spaced dash or adversative conjunction to the next one or the final
     * punctuation) of at least three words, leaving at least four, that carries a number, date,
     * name or glossary term its source sentence also carries and the rest of the sentence does not.
     */
    Seed clause(Document source, Document translation, Alignment alignment, IntPredicate eligible, Random rnd) {
        String lang = translation.lang();
        List<Edit> cands = new ArrayList<>();
        for (Bead b : alignment.beads()) {
            if (b.source().size() != 1 || b.translation().size() != 1) {
                continue;
            }
            int t = b.translation().get(0);
            if (!eligible.test(t)) {
                continue;
            }
            Sentence ts = translation.sentence(t);
            String s = ts.text();
            String src = source.sentence(b.source().get(0)).text();
            if (words(src) < 5) {
                continue;
            }
            for (int[] p : clauses(s, lang)) {
                String piece = s.substring(p[0], p[1]);
                String rest = s.substring(0, p[0]) + s.substring(p[1]);
                if (words(piece) < 3 || words(rest) < 4 || !balanced(piece)) {
                    continue;
                }
                if (anchored(piece, rest, src, source.lang(), lang)) {
                    cands.add(new Edit(ts.start() + p[0], ts.start() + p[1], ""));
                }
            }
        }
        if (cands.isEmpty()) {
            return null;
        }
        Edit e = cands.get(rnd.nextInt(cands.size()));
        String text = translation.text();
        return new Seed(Kind.CLAUSE, text.substring(0, e.start()) + text.substring(e.end()), e.start(), e.start(), -1,
                text.substring(e.start(), e.end()), "");
    }

    static int words(String s) {
        int n = 0;
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
