package dev.transcheck.lab.trust;

import dev.transcheck.glossary.Concept;
import dev.transcheck.glossary.ConceptType;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.glossary.Term;
import dev.transcheck.lab.trust.Seeder.Kind;
import dev.transcheck.lab.trust.Seeder.Seed;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second seeding style, written apart from {@link Seeder} to measure recall on changes made the
 * way another person might make them: persons swapped for real persons the glossary does not list
 * (in the right case), spelled numbers, scale words, decimal shifts, transposed digits,
 * percentages, amounts of money, ranges, years, weekdays, months alone, numeric dates, acronyms of
 * organisations, cities in the right case, offices the first style never touches, and sentences
 * dropped at a paragraph's edge. Every copy carries its variant's id; one copy per variant and
 * document at most. Deterministic for a given seed and document (lists and insertion-ordered maps
 * only, no hash order).
 */
public final class AltSeeder {
    private static final String NOT_BEFORE = "(?<![\\p{L}\\p{M}\\d'\u2019\u02bc-])";
    private static final String NOT_AFTER = "(?![\\p{L}\\p{M}\\d'\u2019\u02bc])";

    /** A variant: its id, the kind it counts as, and the function finding its candidate edits. */
    private record Variant(String id, Kind kind, Finder finder) {
    }

    @FunctionalInterface
    private interface Finder {
        List<Seeder.Edit> find(Document source, Document translation, Alignment alignment, IntPredicate eligible, Random rnd);
    }

    private final Glossary glossary;
    private final List<Variant> variants = new ArrayList<>();
    /** Every one-word form of every glossary concept, lower-cased, per language (what "not in the glossary" means). */
    private final Map<String, Set<String>> glossaryWords = new LinkedHashMap<>();

    public AltSeeder(Glossary glossary) {
        this.glossary = glossary;
        for (String l : List.of("en", "uk", "ru")) {
            Set<String> w = new HashSet<>();
            for (Concept c : glossary.concepts()) {
                for (Term t : c.terms(l)) {
                    for (String p : t.form().split("[\\s-]+")) {
                        w.add(p.toLowerCase(Locale.ROOT));
                    }
                }
            }
            glossaryWords.put(l, w);
        }
        variants.add(new Variant("name.unlisted", Kind.NAME, this::unlistedPerson));
        variants.add(new Variant("name.later-mention", Kind.NAME, this::laterMention));
        variants.add(new Variant("name.first-name-led", Kind.NAME, this::firstNameLed));
        variants.add(new Variant("number.spelled", Kind.NUMBER, (s, t, a, e, r) -> spelled(t)));
        variants.add(new Variant("number.scale", Kind.NUMBER, (s, t, a, e, r) -> scale(t)));
        variants.add(new Variant("number.decimal-shift", Kind.NUMBER, (s, t, a, e, r) -> decimal(t)));
        variants.add(new Variant("number.transposed", Kind.NUMBER, (s, t, a, e, r) -> transposed(t)));
        variants.add(new Variant("number.off-by-one", Kind.NUMBER, (s, t, a, e, r) -> offByOne(t, r)));
        variants.add(new Variant("number.percent", Kind.NUMBER, (s, t, a, e, r) -> percent(t, r)));
        variants.add(new Variant("number.money", Kind.NUMBER, (s, t, a, e, r) -> money(t)));
        variants.add(new Variant("number.range-end", Kind.NUMBER, (s, t, a, e, r) -> rangeEnd(t, r)));
        variants.add(new Variant("date.year", Kind.DATE, (s, t, a, e, r) -> year(t, r)));
        variants.add(new Variant("date.weekday", Kind.DATE, (s, t, a, e, r) -> weekday(t, r)));
        variants.add(new Variant("date.month-alone", Kind.DATE, (s, t, a, e, r) -> monthAlone(t, r)));
        variants.add(new Variant("date.numeric", Kind.DATE, (s, t, a, e, r) -> numericDate(t, r)));
        variants.add(new Variant("term.acronym", Kind.TERM, (s, t, a, e, r) -> acronym(s, t, r)));
        variants.add(new Variant("term.city", Kind.TERM, (s, t, a, e, r) -> city(s, t, r)));
        variants.add(new Variant("title.office", Kind.TITLE, (s, t, a, e, r) -> office(t)));
        variants.add(new Variant("drop.paragraph-edge", Kind.DROP, null));
    }

    /** The variants' ids in order. */
    public List<String> variantIds() {
        List<String> out = new ArrayList<>();
        for (Variant v : variants) {
            out.add(v.id());
        }
        return out;
    }

    /** At most one seed per variant for this pair; {@code eligible} as in {@link Seeder#seeds}. */
    public List<Seed> seeds(Document source, Document translation, Alignment alignment, IntPredicate eligible, long seed) {
        List<Seed> out = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            Random rnd = new Random(seed * 1_000_003L + translation.path().hashCode() * 31L + 7919L * (i + 101));
            if (v.kind() == Kind.DROP) {
                Seed d = dropEdge(source, translation, alignment, eligible, rnd, v.id());
                if (d != null) {
                    out.add(d);
                }
                continue;
            }
            List<Seeder.Edit> ok = new ArrayList<>();
            for (Seeder.Edit e : v.finder().find(source, translation, alignment, eligible, rnd)) {
                int s = Seeder.sentenceAt(translation, e.start());
                if (s >= 0 && eligible.test(s) && e.end() <= translation.sentence(s).end()
                        && !translation.text().substring(e.start(), e.end()).equals(e.replacement())) {
                    ok.add(e);
                }
            }
            if (ok.isEmpty()) {
                continue;
            }
            Seeder.Edit e = ok.get(rnd.nextInt(ok.size()));
            String t = translation.text();
            String text = t.substring(0, e.start()) + e.replacement() + t.substring(e.end());
            out.add(new Seed(v.kind(), text, e.start(), e.start() + e.replacement().length(), -1,
                    t.substring(e.start(), e.end()), e.replacement(), v.id()));
        }
        return out;
    }

    // ---- persons -------------------------------------------------------------------------------

    /**
     * Declension classes of masculine surnames (and the indeclinable ones): per language the
     * endings of nominative, genitive, dative, accusative, instrumental, locative, alternatives
     * split by "|" (the first is the one written).
     */
    enum Decl {
        CONSONANT(new String[] {"", "а", "у|ові", "а", "ом", "і|ові|у"}, new String[] {"", "а", "у", "а", "ом", "е"}),
        OV(new String[] {"", "а", "у|ові", "а", "им", "і|ові"}, new String[] {"", "а", "у", "а", "ым", "е"}),
        ADJ(new String[] {"ий", "ого", "ому", "ого", "им", "ому|ім"}, new String[] {"ий", "ого", "ому", "ого", "им", "ом"}),
        KO(new String[] {"о", "а", "у|ові", "а", "ом", "ові|у"}, new String[] {"о", "о", "о", "о", "о", "о"}),
        A(new String[] {"а", "и", "і", "у", "ою", "і"}, new String[] {"а", "ы", "е", "у", "ой", "е"}),
        INDECL(new String[] {"", "", "", "", "", ""}, new String[] {"", "", "", "", "", ""});

        final String[] uk;
        final String[] ru;

        Decl(String[] uk, String[] ru) {
            this.uk = uk;
            this.ru = ru;
        }

        String[] endings(String lang) {
            return lang.equals("uk") ? uk : ru;
        }

        /** The class of a masculine surname in its nominative form, or null when it is none of these. */
        static Decl of(String nom, String lang) {
            if (lang.equals("en")) {
                return INDECL;
            }
            String w = nom.toLowerCase(Locale.ROOT);
            if (w.endsWith("ий")) {
                return ADJ;
            }
            if (w.endsWith("ко")) {
                return KO;
            }
            if (w.matches(".*(ов|ев|єв|ёв|ин|ін|ын)")) {
                return OV;
            }
            if (w.endsWith("а")) {
                return A;
            }
            if (w.matches(".*[бвгґджзклмнпрстфхцчшщ]")) {
                return CONSONANT;
            }
            if (w.matches(".*[еоиіу]")) {
                return INDECL;
            }
            return null;
        }

        /** The stem of a nominative form (its nominative ending cut off). */
        String stem(String nom, String lang) {
            if (lang.equals("en")) {
                return nom;
            }
            return nom.substring(0, nom.length() - endings(lang)[0].length());
        }

        /** The case (0-5) of {@code found} for a surname of this class with nominative {@code nom}, or -1. */
        int caseOf(String found, String nom, String lang) {
            if (lang.equals("en") || this == INDECL) {
                return found.equals(nom) ? 0 : -1;
            }
            String st = stem(nom, lang);
            if (!found.startsWith(st)) {
                return -1;
            }
            String end = found.substring(st.length());
            String[] e = endings(lang);
            for (int c = 0; c < e.length; c++) {
                for (String alt : e[c].split("\\|", -1)) {
                    if (alt.equals(end)) {
                        return c;
                    }
                }
            }
            return -1;
        }

        /** The form of case {@code c} of a surname of this class with nominative {@code nom}. */
        String form(String nom, int c, String lang) {
            if (lang.equals("en") || this == INDECL) {
                return nom;
            }
            return stem(nom, lang) + endings(lang)[c].split("\\|")[0];
        }
    }

    /** A real surname not in the shipped glossary: English, Ukrainian and Russian spelling, and its origin. */
    private record Surname(String origin, String en, String uk, String ru) {
        String in(String lang) {
            return switch (lang) {
                case "uk" -> uk;
                case "ru" -> ru;
                default -> en;
            };
        }
    }

    /** Replacement surnames (none of them a person in the shipped glossary; checked again at run time). */
    private static final List<Surname> SURNAMES = List.of(
            new Surname("uk", "Kovalchuk", "Ковальчук", "Ковальчук"),
            new Surname("uk", "Tkachenko", "Ткаченко", "Ткаченко"),
            new Surname("uk", "Bondarenko", "Бондаренко", "Бондаренко"),
            new Surname("uk", "Levytskyi", "Левицький", "Левицкий"),
            new Surname("uk", "Polishchuk", "Поліщук", "Полищук"),
            new Surname("uk", "Hrytsenko", "Гриценко", "Гриценко"),
            new Surname("uk", "Yavorskyi", "Яворський", "Яворский"),
            new Surname("uk", "Stelmakh", "Стельмах", "Стельмах"),
            new Surname("ru", "Smirnov", "Смирнов", "Смирнов"),
            new Surname("ru", "Kuznetsov", "Кузнєцов", "Кузнецов"),
            new Surname("ru", "Sokolov", "Соколов", "Соколов"),
            new Surname("ru", "Zhirinovsky", "Жириновський", "Жириновский"),
            new Surname("ru", "Volkov", "Волков", "Волков"),
            new Surname("ru", "Orlov", "Орлов", "Орлов"),
            new Surname("ru", "Tkachov", "Ткачов", "Ткачёв"),
            new Surname("other", "Schulz", "Шульц", "Шульц"),
            new Surname("other", "Sánchez", "Санчес", "Санчес"),
            new Surname("other", "Blair", "Блер", "Блэр"),
            new Surname("other", "Petersen", "Петерсен", "Петерсен"),
            new Surname("other", "Harris", "Гарріс", "Харрис"),
            new Surname("other", "Weber", "Вебер", "Вебер"),
            new Surname("other", "Albanese", "Альбанезе", "Альбанезе"),
            new Surname("other", "Kennedy", "Кеннеді", "Кеннеди"),
            new Surname("other", "Obama", "Обама", "Обама"));

    /** {@code q}'s form in case {@code c}, or null when its class cannot be told. */
    private static String caseForm(Surname q, int c, String lang) {
        String nom = q.in(lang);
        Decl d = Decl.of(nom, lang);
        return d == null ? null : d.form(nom, c, lang);
    }

    /** A glossary person in the translation with its surname there (nominative) and origin. */
    private record Person(String concept, String surname, Decl decl, String origin, String sourceSurname) {
    }

    private List<Person> persons(Document source, String lang) {
        List<Person> out = new ArrayList<>();
        for (Concept c : glossary.concepts()) {
            if (c.type() != ConceptType.PERSON) {
                continue;
            }
            String s = Seeder.surname(c, lang);
            String ss = Seeder.surname(c, source.lang());
            if (s == null || ss == null || Seeder.occurrences(source.text(), ss, source.lang()).isEmpty()) {
                continue;
            }
            Decl d = Decl.of(s, lang);
            if (d == null) {
                continue;
            }
            Term en = c.preferred("en");
            String origin = en != null && en.romanisedFrom() != null ? (en.romanisedFrom().equals("be") ? "ru" : en.romanisedFrom())
                    : "other";
            out.add(new Person(c.id(), s, d, origin, ss));
        }
        return out;
    }

    /** Whether a replacement surname is usable here: not a glossary word, not already in either text. */
    private boolean fresh(Surname q, Document source, Document translation) {
        String l = translation.lang();
        String f = q.in(l);
        String stem = f.length() > 5 ? f.substring(0, f.length() - 2) : f;
        return !glossaryWords.get(l).contains(f.toLowerCase(Locale.ROOT)) && !translation.text().contains(stem)
                && !source.text().contains(q.in(source.lang()).length() > 5 ? q.in(source.lang()).substring(0, q.in(source.lang()).length() - 2)
                        : q.in(source.lang()));
    }

    /** Edits replacing occurrences of glossary persons' surnames by unlisted surnames of the same origin in the same case. */
    private List<Seeder.Edit> personEdits(Document source, Document translation, Random rnd, boolean laterOnly) {
        String lang = translation.lang();
        String text = translation.text();
        List<Seeder.Edit> out = new ArrayList<>();
        for (Person p : persons(source, lang)) {
            List<int[]> occ = Seeder.occurrences(text, p.surname(), lang);
            if (laterOnly && occ.size() < 2) {
                continue;
            }
            for (int k = laterOnly ? 1 : 0; k < occ.size(); k++) {
                int[] o = occ.get(k);
                String found = text.substring(o[0], o[1]);
                int c = p.decl().caseOf(found, p.surname(), lang);
                if (c < 0) {
                    continue;
                }
                List<String> pool = new ArrayList<>();
                for (Surname q : SURNAMES) {
                    if (q.origin().equals(p.origin()) && fresh(q, source, translation)) {
                        String f = caseForm(q, c, lang);
                        if (f != null) {
                            pool.add(f);
                        }
                    }
                }
                if (!pool.isEmpty()) {
                    out.add(new Seeder.Edit(o[0], o[1], pool.get(rnd.nextInt(pool.size()))));
                }
            }
        }
        return out;
    }

    private List<Seeder.Edit> unlistedPerson(Document source, Document translation, Alignment a, IntPredicate e, Random rnd) {
        return personEdits(source, translation, rnd, false);
    }

    private List<Seeder.Edit> laterMention(Document source, Document translation, Alignment a, IntPredicate e, Random rnd) {
        return personEdits(source, translation, rnd, true);
    }

    /** Masculine first names and honorifics (nominative), per language, after which a surname follows in the same case. */
    private static final Map<String, List<String>> FIRST = new LinkedHashMap<>();
    /** Origin of a first name (index-aligned with {@link #FIRST}). */
    private static final Map<String, List<String>> FIRST_ORIGIN = new LinkedHashMap<>();

    static {
        FIRST.put("en", List.of("Volodymyr", "Oleksandr", "Andriy", "Andrii", "Serhiy", "Serhii", "Dmytro", "Mykhailo", "Ivan", "Viktor",
                "Vladimir", "Alexander", "Sergei", "Dmitry", "Mikhail", "Alexei", "Donald", "Joe", "John", "David", "Mark", "Peter",
                "Michael", "James", "Robert", "Mr", "Mr.", "Dr", "Dr."));
        FIRST_ORIGIN.put("en", List.of("uk", "uk", "uk", "uk", "uk", "uk", "uk", "uk", "uk", "uk",
                "ru", "ru", "ru", "ru", "ru", "ru", "other", "other", "other", "other", "other", "other",
                "other", "other", "other", "any", "any", "any", "any"));
        FIRST.put("uk", List.of("Олександр", "Володимир", "Віктор", "Роман", "Денис", "Максим", "Антон", "Іван", "Богдан", "Степан",
                "Дональд", "Марк", "Джон", "Девід", "пан"));
        FIRST_ORIGIN.put("uk", List.of("uk", "uk", "uk", "uk", "uk", "uk", "uk", "uk", "uk", "uk",
                "other", "other", "other", "other", "any"));
        FIRST.put("ru", List.of("Александр", "Владимир", "Виктор", "Роман", "Денис", "Максим", "Антон", "Иван", "Богдан", "Степан",
                "Дональд", "Марк", "Джон", "Дэвид", "господин"));
        FIRST_ORIGIN.put("ru", List.of("ru", "ru", "ru", "ru", "ru", "ru", "ru", "ru", "ru", "ru",
                "other", "other", "other", "other", "any"));
    }

    /**
     * A person named "first name surname" (or "Mr/пан/господин surname"), whether or not the
     * glossary lists them: the surname replaced by an unlisted one in the case of the first name.
     */
    private List<Seeder.Edit> firstNameLed(Document source, Document translation, Alignment a, IntPredicate el, Random rnd) {
        String lang = translation.lang();
        String text = translation.text();
        List<String> firsts = FIRST.get(lang);
        List<Seeder.Edit> out = new ArrayList<>();
        if (firsts == null) {
            return out;
        }
        Pattern p = Pattern.compile(NOT_BEFORE + "(\\p{L}+\\.?) (\\p{Lu}[\\p{Ll}'\u2019]+(?:-\\p{Lu}[\\p{Ll}]+)?)" + NOT_AFTER);
        Matcher m = p.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.start(2);
            String first = m.group(1);
            String sur = m.group(2);
            int fi = -1;
            int c = -1;
            for (int i = 0; i < firsts.size() && fi < 0; i++) {
                String f = firsts.get(i);
                int fc = Decl.CONSONANT.caseOf(first, f, lang);
                if (lang.equals("en") ? first.equals(f) : fc >= 0) {
                    fi = i;
                    c = lang.equals("en") ? 0 : fc;
                }
            }
            if (fi < 0 || first.equals("пані") || firsts.contains(sur) || glossaryWords.get(lang).contains(sur.toLowerCase(Locale.ROOT)) && isPlaceOrOrg(sur, lang)) {
                continue;
            }
            String origin = FIRST_ORIGIN.get(lang).get(fi);
            List<String> pool = new ArrayList<>();
            for (Surname q : SURNAMES) {
                if ((origin.equals("any") || q.origin().equals(origin)) && fresh(q, source, translation)) {
                    String f = caseForm(q, c, lang);
                    if (f != null) {
                        pool.add(f);
                    }
                }
            }
            if (!pool.isEmpty()) {
                out.add(new Seeder.Edit(m.start(2), m.end(2), pool.get(rnd.nextInt(pool.size()))));
            }
        }
        return out;
    }

    private boolean isPlaceOrOrg(String word, String lang) {
        for (Concept c : glossary.concepts()) {
            if (c.type() == ConceptType.PERSON) {
                continue;
            }
            for (Term t : c.terms(lang)) {
                if (t.form().equalsIgnoreCase(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- numbers -------------------------------------------------------------------------------

    /** Whether the digits at {@code [a, b)} sit in a link, handle, hashtag, code or a longer token of letters. */
    private static boolean inToken(String text, int a, int b) {
        if (a > 0 && Character.isLetter(text.charAt(a - 1)) || b < text.length() && Character.isLetter(text.charAt(b))) {
            return true;
        }
        String tok = Seeder.token(text, a); // the digits at [a, b) hold no space: the same token as around b
        return tok.contains("://") || tok.contains("www.") || tok.contains("@") || tok.contains("#") || tok.contains("_")
                || tok.contains("/");
    }

    /** Spelled cardinal numbers (the same grammatical form across a list), per language. */
    private static final Map<String, List<List<String>>> SPELLED = Map.of(
            "en", List.of(List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")),
            "uk", List.of(List.of("три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять", "десять"),
                    List.of("трьох", "чотирьох", "п'яти", "шести", "семи", "восьми", "дев'яти", "десяти")),
            "ru", List.of(List.of("три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять"),
                    List.of("трёх", "четырёх", "пяти", "шести", "семи", "восьми", "девяти", "десяти"),
                    List.of("трех", "четырех", "пяти", "шести", "семи", "восьми", "девяти", "десяти")));

    /** A spelled number replaced by the next one up (or down from the top). */
    static List<Seeder.Edit> spelled(Document t) {
        List<Seeder.Edit> out = new ArrayList<>();
        String text = t.text().replace('\u2019', '\'').replace('\u02bc', '\'');
        List<List<String>> lists = SPELLED.getOrDefault(t.lang(), List.of());
        Matcher m = Pattern.compile(NOT_BEFORE + "\\p{L}+(?:'\\p{L}+)?" + NOT_AFTER).matcher(text);
        while (m.find()) {
            String w = m.group();
            if (!t.lang().equals("en") && m.end() + 1 < text.length() && text.charAt(m.end()) == '-'
                    && Character.isLetter(text.charAt(m.end() + 1))) {
                continue; // Ukrainian and Russian write a numeral's compounds solid: «сім-картка» is a SIM card, not seven
            }
            String lw = w.toLowerCase(Locale.ROOT);
            for (List<String> l : lists) {
                int i = l.indexOf(lw);
                if (i >= 0) {
                    String r = l.get(i + 1 < l.size() ? i + 1 : i - 1);
                    if (Character.isUpperCase(w.charAt(0))) {
                        r = Character.toUpperCase(r.charAt(0)) + r.substring(1);
                    }
                    // the apostrophe as the original text wrote it
                    String orig = t.text().substring(m.start(), m.end());
                    int ap = indexOfApostrophe(orig);
                    r = ap >= 0 ? r.replace('\'', orig.charAt(ap)) : r;
                    out.add(new Seeder.Edit(m.start(), m.end(), r));
                    break;
                }
            }
        }
        return out;
    }

    private static int indexOfApostrophe(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("'\u2019\u02bc".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Scale words swapped: million and billion, thousand to million (and their abbreviations). */
    private static final Map<String, List<String[]>> SCALES = Map.of(
            "en", List.of(new String[] {"million", "billion"}, new String[] {"billion", "million"}, new String[] {"thousand", "million"},
                    new String[] {"mln", "bn"}, new String[] {"bn", "mln"}),
            "uk", List.of(new String[] {"мільйон", "мільярд"}, new String[] {"мільярд", "мільйон"}, new String[] {"млн", "млрд"},
                    new String[] {"млрд", "млн"}, new String[] {"тис.", "млн"}, new String[] {"тисяч", "мільйонів"}),
            "ru", List.of(new String[] {"миллион", "миллиард"}, new String[] {"миллиард", "миллион"}, new String[] {"млн", "млрд"},
                    new String[] {"млрд", "млн"}, new String[] {"тыс.", "млн"}, new String[] {"тысяч", "миллионов"}));

    static List<Seeder.Edit> scale(Document t) {
        List<Seeder.Edit> out = new ArrayList<>();
        String text = t.text();
        for (String[] s : SCALES.getOrDefault(t.lang(), List.of())) {
            boolean stemOnly = s[0].startsWith("мил") || s[0].startsWith("міл") || s[0].equals("million") || s[0].equals("billion");
            String tail = s[0].endsWith(".") ? "" : stemOnly ? "(\\p{L}{0,3})" + NOT_AFTER : NOT_AFTER;
            Matcher m = Pattern.compile("(?<=\\d[\\s\u00a0])" + Pattern.quote(s[0]) + tail).matcher(text);
            while (m.find()) {
                String suffix = stemOnly ? m.group(1) : "";
                out.add(new Seeder.Edit(m.start(), m.end(), s[1] + suffix));
            }
        }
        return out;
    }

    /** A decimal number with its separator dropped (1.5 -> 15, 2,75 -> 275). */
    static List<Seeder.Edit> decimal(Document t) {
        List<Seeder.Edit> out = new ArrayList<>();
        String sep = t.lang().equals("en") ? "\\." : ",";
        Matcher m = Pattern.compile("(?<![\\d.,])(\\d{1,3})" + sep + "(\\d{1,2})(?![\\d])").matcher(t.text());
        while (m.find()) {
            if (!inToken(t.text(), m.start(), m.end()) && !(m.end() < t.text().length() - 1 && t.text().charAt(m.end()) == '.'
                    && Character.isDigit(t.text().charAt(m.end() + 1)))) {
                out.add(new Seeder.Edit(m.start(), m.end(), m.group(1) + m.group(2)));
            }
        }
        return out;
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d+(?![\\d])(?![.,]\\d)");

    /** Two different neighbouring digits of a number of two or more digits swapped. */
    static List<Seeder.Edit> transposed(Document t) {
        List<Seeder.Edit> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(t.text());
        while (m.find()) {
            String r = m.group();
            if (r.length() < 2 || inToken(t.text(), m.start(), m.end())) {
                continue;
            }
            for (int i = r.length() - 2; i >= 0; i--) {
                if (r.charAt(i) != r.charAt(i + 1) && !(i == 0 && r.charAt(1) == '0')) {
                    out.add(new Seeder.Edit(m.start(), m.end(), r.substring(0, i) + r.charAt(i + 1) + r.charAt(i) + r.substring(i + 2)));
                    break;
                }
            }
        }
        return out;
    }

    /** A whole number of 10 or more (not a year) made one more or one less. */
    static List<Seeder.Edit> offByOne(Document t, Random rnd) {
        List<Seeder.Edit> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(t.text());
        while (m.find()) {
            String r = m.group();
            if (r.length() < 2 || r.length() > 9 || r.startsWith("0") || inToken(t.text(), m.start(), m.end())) {
                continue;
            }
            long v = Long.parseLong(r);
            if (v >= 1900 && v <= 2100) {
                continue;
            }
            out.add(new Seeder.Edit(m.start(), m.end(), Long.toString(rnd.nextBoolean() ? v + 1 : v - 1)));
        }
        return out;
    }

    /** A percentage changed by 1 to 5 points. */
    static List<Seeder.Edit> percent(Document t, Random rnd) {
        List<Seeder.Edit> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\d.,])(\\d+)(?:[.,]\\d+)?(?=\\s?%|[\\s\u00a0](?:per ?cent|percent|відс|відсот|процент|проц))")
                .matcher(t.text());
        while (m.find()) {
            int v = Integer.parseInt(m.group(1).length() > 6 ? "0" : m.group(1));
            int nv = v + 1 + rnd.nextInt(5);
            out.add(new Seeder.Edit(m.start(1), m.end(1), Integer.toString(nv)));
        }
        return out;
    }

    /** An amount of money (a currency sign before, or a currency word or sign after) with its first digit raised. */
    static List<Seeder.Edit> money(Document t) {
        List<Seeder.Edit> out = new ArrayList<>();
        String cur = "(?:грн|гривень|гривні|гривня|гривен|гривны|руб|рублів|рублей|рубля|доларів|долара|долларов|доллара|євро|евро|"
                + "dollars|euros|pounds|hryvnias|hryvnia|roubles|rubles|UAH|USD|EUR|₴|€|\\$|£)";
        String amount = "(\\d{1,3}(?:[,. \u00a0]\\d{3})*(?:[.,]\\d+)?|\\d+)";
        Matcher m = Pattern.compile("(?:[$€£₴]\\s?" + amount + "(?![\\d]))|(?:(?<![\\d.,])" + amount + "[\\s\u00a0]?" + cur
                + ")").matcher(t.text());
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            int a = m.start(g);
            char d = t.text().charAt(a);
            char nd = d == '9' ? '8' : (char) (d + 1);
            out.add(new Seeder.Edit(a, a + 1, Character.toString(nd)));
        }
        return out;
    }

    /** The upper end of a range (10-15, 10–15, from 10 to 15, від 10 до 15) raised or lowered. */
    static List<Seeder.Edit> rangeEnd(Document t, Random rnd) {
        List<Seeder.Edit> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\d.,])(\\d+)(?:\\s?[–—-]\\s?|\\s(?:to|до|по)\\s)(\\d+)(?![\\d])(?![.,]\\d)").matcher(t.text());
        while (m.find()) {
            if (inToken(t.text(), m.start(1), m.end(1)) || m.group(2).length() > 9) {
                continue;
            }
            long lo = Long.parseLong(m.group(1));
            long hi = Long.parseLong(m.group(2));
            if (hi <= lo || lo >= 1900 && lo <= 2100) {
                continue;
            }
            long nh = hi + (rnd.nextBoolean() ? Math.max(1, hi / 10) : -Math.max(1, Math.min(hi - lo - 1, hi / 10)));
            if (nh > lo && nh != hi) {
                out.add(new Seeder.Edit(m.start(2), m.end(2), Long.toString(nh)));
            }
        }
        return out;
    }

    // ---- dates ---------------------------------------------------------------------------------

    /** A year (1950-2039) one more or one less. */
    static List<Seeder.Edit> year(Document t, Random rnd) {
        List<Seeder.Edit> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\d.,/-])(19[5-9]\\d|20[0-3]\\d)(?![\\d])(?![.,]\\d)").matcher(t.text());
        while (m.find()) {
            if (inToken(t.text(), m.start(), m.end())) {
                continue;
            }
            int v = Integer.parseInt(m.group(1));
            out.add(new Seeder.Edit(m.start(), m.end(), Integer.toString(rnd.nextBoolean() ? v + 1 : v - 1)));
        }
        return out;
    }

    private static final Map<String, List<List<String>>> WEEKDAYS = Map.of(
            "en", List.of(List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")),
            "uk", List.of(List.of("понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя"),
                    List.of("понеділок", "вівторок", "середу", "четвер", "п'ятницю", "суботу", "неділю"),
                    List.of("понеділка", "вівторка", "середи", "четверга", "п'ятниці", "суботи", "неділі")),
            "ru", List.of(List.of("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
                    List.of("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"),
                    List.of("понедельника", "вторника", "среды", "четверга", "пятницы", "субботы", "воскресенья")));

    /** A weekday swapped for another in the same form. */
    static List<Seeder.Edit> weekday(Document t, Random rnd) {
        return swapInLists(t, WEEKDAYS.getOrDefault(t.lang(), List.of()), rnd, null);
    }

    /** Words of {@code lists} (same form per list) swapped for another of the same list. */
    private static List<Seeder.Edit> swapInLists(Document t, List<List<String>> lists, Random rnd, java.util.function.IntPredicate keep) {
        List<Seeder.Edit> out = new ArrayList<>();
        String orig = t.text();
        String text = orig.replace('\u2019', '\'').replace('\u02bc', '\'');
        Matcher m = Pattern.compile(NOT_BEFORE + "\\p{L}+(?:'\\p{L}+)?" + NOT_AFTER).matcher(text);
        while (m.find()) {
            String w = m.group();
            String lw = t.lang().equals("en") ? w : w.toLowerCase(Locale.ROOT);
            for (List<String> l : lists) {
                int i = l.indexOf(lw);
                if (i < 0 || keep != null && !keep.test(m.start())) {
                    continue;
                }
                int j;
                do {
                    j = rnd.nextInt(l.size());
                } while (j == i || l.get(j).equals(l.get(i)));
                String r = l.get(j);
                if (Character.isUpperCase(w.charAt(0))) {
                    r = Character.toUpperCase(r.charAt(0)) + r.substring(1);
                }
                int ap = indexOfApostrophe(orig.substring(m.start(), m.end()));
                if (ap >= 0) {
                    r = r.replace('\'', orig.charAt(m.start() + ap));
                } else if (r.contains("'") && orig.indexOf('\u2019') >= 0) {
                    r = r.replace('\'', '\u2019');
                }
                out.add(new Seeder.Edit(m.start(), m.end(), r));
                break;
            }
        }
        return out;
    }

    /** A month named without a day next to it swapped for another month in the same form. */
    static List<Seeder.Edit> monthAlone(Document t, Random rnd) {
        String text = t.text();
        List<List<String>> lists = Seeder.MONTHS.getOrDefault(t.lang(), List.of());
        List<Seeder.Edit> out = new ArrayList<>();
        for (Seeder.Edit e : swapInLists(t, lists, rnd, null)) {
            String before = text.substring(Math.max(0, e.start() - 5), e.start());
            String after = text.substring(e.end(), Math.min(text.length(), e.end() + 4));
            if (before.matches(".*\\d(?:-?(?:го|st|nd|rd|th))?\\s*$") || after.matches("^\\s*\\d{1,2}(?!\\d).*")) {
                continue; // a day next to it
            }
            if (text.substring(e.start(), e.end()).equals("May") && !after.matches("^\\s*\\d.*")) {
                continue; // the modal verb, most likely
            }
            out.add(e);
        }
        return out;
    }

    /** A numeric date (dd.mm.yyyy, dd/mm/yyyy, yyyy-mm-dd) with its day changed. */
    static List<Seeder.Edit> numericDate(Document t, Random rnd) {
        List<Seeder.Edit> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\d.])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{2}|\\d{4})(?![\\d])|(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])")
                .matcher(t.text());
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 7;
            int d = Integer.parseInt(m.group(g));
            if (d < 1 || d > 31) {
                continue;
            }
            int nd = d <= 27 ? d + 1 + rnd.nextInt(3) : d - 1 - rnd.nextInt(3);
            String s = m.group(g).length() == 2 && nd < 10 ? "0" + nd : Integer.toString(nd);
            out.add(new Seeder.Edit(m.start(g), m.end(g), s));
        }
        return out;
    }

    // ---- terms ---------------------------------------------------------------------------------

    private static final Map<String, List<String>> ACRONYMS = Map.of(
            "en", List.of("NATO", "EU", "UN", "IMF", "WHO", "OSCE", "IAEA", "OECD"),
            "uk", List.of("НАТО", "ЄС", "ООН", "МВФ", "ВООЗ", "ОБСЄ", "МАГАТЕ", "ОЕСР"),
            "ru", List.of("НАТО", "ЕС", "ООН", "МВФ", "ВОЗ", "ОБСЕ", "МАГАТЭ", "ОЭСР"));

    /** An organisation's acronym (both texts name the organisation) swapped for another's not in the text. */
    static List<Seeder.Edit> acronym(Document s, Document t, Random rnd) {
        List<String> tl = ACRONYMS.get(t.lang());
        List<String> sl = ACRONYMS.get(s.lang());
        List<Seeder.Edit> out = new ArrayList<>();
        if (tl == null || sl == null) {
            return out;
        }
        for (int i = 0; i < tl.size(); i++) {
            if (!Pattern.compile(NOT_BEFORE + sl.get(i) + NOT_AFTER).matcher(s.text()).find()) {
                continue;
            }
            List<String> pool = new ArrayList<>();
            for (int j = 0; j < tl.size(); j++) {
                if (j != i && !Pattern.compile(NOT_BEFORE + tl.get(j) + NOT_AFTER).matcher(t.text()).find()) {
                    pool.add(tl.get(j));
                }
            }
            Matcher m = Pattern.compile(NOT_BEFORE + tl.get(i) + NOT_AFTER).matcher(t.text());
            while (m.find() && !pool.isEmpty()) {
                out.add(new Seeder.Edit(m.start(), m.end(), pool.get(rnd.nextInt(pool.size()))));
            }
        }
        return out;
    }

    /** Cities with their six case forms (nominative, genitive, dative, accusative, instrumental, locative). */
    private record City(String en, String[] uk, String[] ru) {
    }

    private static final List<City> CITIES = List.of(
            new City("Kyiv", new String[] {"Київ", "Києва", "Києву", "Київ", "Києвом", "Києві"},
                    new String[] {"Киев", "Киева", "Киеву", "Киев", "Киевом", "Киеве"}),
            new City("Kharkiv", new String[] {"Харків", "Харкова", "Харкову", "Харків", "Харковом", "Харкові"},
                    new String[] {"Харьков", "Харькова", "Харькову", "Харьков", "Харьковом", "Харькове"}),
            new City("Lviv", new String[] {"Львів", "Львова", "Львову", "Львів", "Львовом", "Львові"},
                    new String[] {"Львов", "Львова", "Львову", "Львов", "Львовом", "Львове"}),
            new City("Odesa", new String[] {"Одеса", "Одеси", "Одесі", "Одесу", "Одесою", "Одесі"},
                    new String[] {"Одесса", "Одессы", "Одессе", "Одессу", "Одессой", "Одессе"}),
            new City("Dnipro", new String[] {"Дніпро", "Дніпра", "Дніпру", "Дніпро", "Дніпром", "Дніпрі"},
                    new String[] {"Днепр", "Днепра", "Днепру", "Днепр", "Днепром", "Днепре"}),
            new City("Zaporizhzhia", new String[] {"Запоріжжя", "Запоріжжя", "Запоріжжю", "Запоріжжя", "Запоріжжям", "Запоріжжі"},
                    new String[] {"Запорожье", "Запорожья", "Запорожью", "Запорожье", "Запорожьем", "Запорожье"}),
            new City("Warsaw", new String[] {"Варшава", "Варшави", "Варшаві", "Варшаву", "Варшавою", "Варшаві"},
                    new String[] {"Варшава", "Варшавы", "Варшаве", "Варшаву", "Варшавой", "Варшаве"}),
            new City("Berlin", new String[] {"Берлін", "Берліна", "Берліну", "Берлін", "Берліном", "Берліні"},
                    new String[] {"Берлин", "Берлина", "Берлину", "Берлин", "Берлином", "Берлине"}),
            new City("London", new String[] {"Лондон", "Лондона", "Лондону", "Лондон", "Лондоном", "Лондоні"},
                    new String[] {"Лондон", "Лондона", "Лондону", "Лондон", "Лондоном", "Лондоне"}),
            new City("Paris", new String[] {"Париж", "Парижа", "Парижу", "Париж", "Парижем", "Парижі"},
                    new String[] {"Париж", "Парижа", "Парижу", "Париж", "Парижем", "Париже"}),
            new City("Moscow", new String[] {"Москва", "Москви", "Москві", "Москву", "Москвою", "Москві"},
                    new String[] {"Москва", "Москвы", "Москве", "Москву", "Москвой", "Москве"}),
            new City("Washington", new String[] {"Вашингтон", "Вашингтона", "Вашингтону", "Вашингтон", "Вашингтоном", "Вашингтоні"},
                    new String[] {"Вашингтон", "Вашингтона", "Вашингтону", "Вашингтон", "Вашингтоном", "Вашингтоне"}));

    private static String[] cityForms(City c, String lang) {
        return switch (lang) {
            case "uk" -> c.uk();
            case "ru" -> c.ru();
            default -> new String[] {c.en(), c.en(), c.en(), c.en(), c.en(), c.en()};
        };
    }

    private static boolean names(String text, String[] forms) {
        for (String f : forms) {
            if (Pattern.compile(NOT_BEFORE + Pattern.quote(f) + NOT_AFTER).matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** A city both texts name swapped for another city, in the same case. */
    static List<Seeder.Edit> city(Document s, Document t, Random rnd) {
        List<Seeder.Edit> out = new ArrayList<>();
        for (City c : CITIES) {
            String[] tf = cityForms(c, t.lang());
            if (!names(s.text(), cityForms(c, s.lang()))) {
                continue;
            }
            List<City> pool = new ArrayList<>();
            for (City d : CITIES) {
                if (d != c && !names(t.text(), cityForms(d, t.lang())) && !names(s.text(), cityForms(d, s.lang()))) {
                    pool.add(d);
                }
            }
            if (pool.isEmpty()) {
                continue;
            }
            for (int k = 0; k < tf.length; k++) {
                if (k > 0 && List.of(tf).subList(0, k).contains(tf[k])) {
                    continue; // the same form as an earlier case
                }
                Matcher m = Pattern.compile(NOT_BEFORE + Pattern.quote(tf[k]) + NOT_AFTER).matcher(t.text());
                while (m.find()) {
                    if (t.lang().equals("en") && m.end() + 1 < t.text().length() && t.text().charAt(m.end()) == ' '
                            && Character.isUpperCase(t.text().charAt(m.end() + 1))) {
                        continue; // part of a longer name (Kyiv Independent, Washington Post)
                    }
                    City d = pool.get(rnd.nextInt(pool.size()));
                    out.add(new Seeder.Edit(m.start(), m.end(), cityForms(d, t.lang())[k]));
                }
            }
        }
        return out;
    }

    // ---- offices -------------------------------------------------------------------------------

    private record OfficeSwap(Pattern pattern, java.util.function.Function<Matcher, String> replacement) {
    }

    private static final Map<String, List<OfficeSwap>> OFFICES = new LinkedHashMap<>();

    private static String keepCase(String found, String repl) {
        return Character.isUpperCase(found.charAt(0)) ? Character.toUpperCase(repl.charAt(0)) + repl.substring(1) : repl;
    }

    static {
        OFFICES.put("en", List.of(
                new OfficeSwap(Pattern.compile(NOT_BEFORE + "[Ss]pokes(?:man|woman|person)" + NOT_AFTER), m -> keepCase(m.group(), "adviser")),
                new OfficeSwap(Pattern.compile(NOT_BEFORE + "([Ff])oreign [Mm]inister" + NOT_AFTER), m -> keepCase(m.group(), "defence minister")),
                new OfficeSwap(Pattern.compile(NOT_BEFORE + "[Dd]efen[cs]e [Mm]inister" + NOT_AFTER), m -> keepCase(m.group(), "foreign minister")),
                new OfficeSwap(Pattern.compile(NOT_BEFORE + "[Mm]ayor" + NOT_AFTER), m -> keepCase(m.group(), "governor")),
                new OfficeSwap(Pattern.compile(NOT_BEFORE + "[Gg]overnor" + NOT_AFTER), m -> keepCase(m.group(), "mayor")),
                new OfficeSwap(Pattern.compile(NOT_BEFORE + "[Cc]hancellor" + NOT_AFTER), m -> keepCase(m.group(), "president")),
                new OfficeSwap(Pattern.compile("(?<![Vv]ice[- ])" + NOT_BEFORE + "[Pp]resident" + NOT_AFTER), m -> keepCase(m.group(), "vice president"))));
        OFFICES.put("uk", List.of(
                new OfficeSwap(Pattern.compile(NOT_BEFORE + "([Рр])ечни(к|ка|ку|ком|кові|ця|ці|цю|цею)" + NOT_AFTER),
                        m -> keepCase(m.group(), "радни" + m.group(2))),
                new OfficeSwap(Pattern.compile(NOT_BEFORE + "([Мм])іністр(а|у|ом|ові)? закордонних справ" + NOT_AFTER),
                        m -> keepCase(m.group(), "міністр" + (m.group(2) == null ? "" : m.group(2)) + " оборони")),
                new OfficeSwap(Pattern.compile(NOT_BEFORE + "([Мм])іністр(а|у|ом|ові)? оборони" + NOT_AFTER),
                        m -> keepCase(m.group(), "міністр" + (m.group(2) == null ? "" : m.group(2)) + " закордонних справ")),
                new OfficeSwap(Pattern.compile(NOT_BEFORE + "([Мм])ер(а|у|ом|ові)?" + NOT_AFTER),
                        m -> keepCase(m.group(), "губернатор" + (m.group(2) == null ? "" : m.group(2)))),
                new OfficeSwap(Pattern.compile(NOT_BEFORE + "([Кк])анцлер(а|у|ом|ові)?" + NOT_AFTER),
                        m -> keepCase(m.group(), "президент" + (m.group(2) == null ? "" : m.group(2)))),
                new OfficeSwap(Pattern.compile("(?<![Вв]іце-?)" + NOT_BEFORE + "([Пп])резидент(а|у|ом|ові|і)?" + NOT_AFTER),
                        m -> keepCase(m.group(), "віцепрезидент" + (m.group(2) == null ? "" : m.group(2))))));
        OFFICES.put("ru", List.of(
                new OfficeSwap(Pattern.compile(NOT_BEFORE + "([Пп])ресс-секретар(ь|я|ю|ём|ем|е)" + NOT_AFTER),
                        m -> keepCase(m.group(), "советник" + Map.of("ь", "", "я", "а", "ю", "у", "ём", "ом", "ем", "ом", "е", "е")
                                .get(m.group(2)))),
                new OfficeSwap(Pattern.compile(NOT_BEFORE + "([Мм])инистр(а|у|ом|е)? иностранных дел" + NOT_AFTER),
                        m -> keepCase(m.group(), "министр" + (m.group(2) == null ? "" : m.group(2)) + " обороны")),
                new OfficeSwap(Pattern.compile(NOT_BEFORE + "([Мм])инистр(а|у|ом|е)? обороны" + NOT_AFTER),
                        m -> keepCase(m.group(), "министр" + (m.group(2) == null ? "" : m.group(2)) + " иностранных дел")),
                new OfficeSwap(Pattern.compile(NOT_BEFORE + "([Мм])эр(а|у|ом|е)?" + NOT_AFTER),
                        m -> keepCase(m.group(), "губернатор" + (m.group(2) == null ? "" : m.group(2)))),
                new OfficeSwap(Pattern.compile(NOT_BEFORE + "([Кк])анцлер(а|у|ом|е)?" + NOT_AFTER),
                        m -> keepCase(m.group(), "президент" + (m.group(2) == null ? "" : m.group(2)))),
                new OfficeSwap(Pattern.compile("(?<![Вв]ице-)" + NOT_BEFORE + "([Пп])резидент(а|у|ом|е)?" + NOT_AFTER),
                        m -> keepCase(m.group(), "вице-президент" + (m.group(2) == null ? "" : m.group(2))))));
    }

    /** An office swapped for another the first style never uses (spokesman to adviser, foreign to defence minister, ...). */
    static List<Seeder.Edit> office(Document t) {
        List<Seeder.Edit> out = new ArrayList<>();
        for (OfficeSwap s : OFFICES.getOrDefault(t.lang(), List.of())) {
            Matcher m = s.pattern().matcher(t.text());
            while (m.find()) {
                out.add(new Seeder.Edit(m.start(), m.end(), s.replacement().apply(m)));
            }
        }
        return out;
    }

    // ---- dropped sentences ---------------------------------------------------------------------

    /** A sentence of a 1-1 bead dropped at a paragraph's edge (its first or last sentence, not the document's first), three words or more. */
    static Seed dropEdge(Document source, Document translation, Alignment alignment, IntPredicate eligible, Random rnd, String variant) {
        List<Bead> cands = new ArrayList<>();
        List<Sentence> ts = translation.sentences();
        for (Bead b : alignment.beads()) {
            if (b.source().size() != 1 || b.translation().size() != 1) {
                continue;
            }
            int t = b.translation().get(0);
            Sentence s = ts.get(t);
            if (t == 0 || !eligible.test(t) || Seeder.words(source.sentence(b.source().get(0)).text()) < 3) {
                continue;
            }
            boolean prevSame = ts.get(t - 1).paragraph() == s.paragraph();
            boolean nextSame = t + 1 < ts.size() && ts.get(t + 1).paragraph() == s.paragraph();
            if (!prevSame || !nextSame) {
                cands.add(b);
            }
        }
        if (cands.isEmpty()) {
            return null;
        }
        Bead b = cands.get(rnd.nextInt(cands.size()));
        Sentence s = ts.get(b.translation().get(0));
        String text = translation.text();
        int[] cut = Seeder.cut(text, s);
        int a = cut[0];
        int e = cut[1];
        // a whole paragraph line gone: take its line break too, so no empty line is left behind
        if (a == 0 || text.charAt(a - 1) == '\n') {
            while (e < text.length() && text.charAt(e) == '\n') {
                e++;
            }
        }
        return new Seed(Kind.DROP, text.substring(0, a) + text.substring(e), a, a, b.source().get(0), s.text(), "", variant);
    }
}
