package dev.transcheck.names;

import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Span;
import dev.transcheck.text.Morphology;
import dev.transcheck.text.Quotes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

// Longer than 400 lines: the rules that decide whether a capitalised Cyrillic word is a name read
// one dictionary reading at a time and depend on their order (a place before a first name,
// sentence-initial words, initials joining a name).
/**
 * Finds proper names in a Ukrainian or Russian text: capitalised words that the morphology
 * dictionary tags as first name, surname, patronymic or place (which gives the nominative), plus
 * capitalised words inside a sentence that the dictionary does not know (nominative guessed by
 * stripping case endings). Sentence-initial words count only when the dictionary confirms a name.
 * Adjacent name words form one multi-word name; initials ("В.") join it. Stateless.
 */
public final class NameFinder {

    /** What may stand between two words of one name (compiled once: asked for every capitalised word). */
    private static final java.util.regex.Pattern GAP = java.util.regex.Pattern.compile("[\\s.()]*");
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’ʼ][\\p{L}\\p{M}]+)*");
    /** Case endings stripped to guess the nominative of a name the dictionary does not know, longest first. */
    private static final String[] ENDINGS = {"ого", "ому", "ою", "ею", "ом", "ем", "ым", "им", "ой", "ей", "ів", "ов",
        "у", "ю", "а", "я", "і", "ї", "ы", "е", "и"};
    /** After these a capitalised word may be a sentence's first word: quotation marks, brackets, dashes, a colon. */
    private static final String OPENERS = Quotes.OPENING + "(—–:";

    private final Morphology morphology;
    private final boolean ukrainian;
    private final NameTables tables;

    private final Morphology fallback;

    /**
     * @param fallback for Russian, the Ukrainian dictionary: asked for names the Russian one does not
     *                 know, since foreign and many Slavic surnames are spelt alike (Рютте, Шмигаль); may be null
     */
    public NameFinder(Morphology morphology, String lang, NameTables tables, Morphology fallback) {
        this.morphology = morphology;
        this.ukrainian = "uk".equals(lang);
        this.tables = tables;
        this.fallback = ukrainian ? null : fallback;
    }

    /** The name words of every sentence of {@code doc}, in order; group ids are unique within the result. */
    public List<NamePart> find(Document doc) {
        List<NamePart> out = new ArrayList<>();
        int group = 0;
        for (Sentence s : doc.sentences()) {
            Matcher m = WORD.matcher(s.text());
            int lastEnd = -1;
            boolean first = true;
            List<NamePart> current = new ArrayList<>();
            int prevWordEnd = 0;
            while (m.find()) {
                String w = m.group();
                boolean initial = first || opener(s.text(), m.start());
                first = false;
                String gap = s.text().substring(prevWordEnd, m.start());
                prevWordEnd = m.end();
                NamePart p = classify(doc, s, m.start(), m.end(), w, initial);
                boolean isInitialLetter = w.length() == 1 && Character.isUpperCase(w.charAt(0))
                        && m.end() < s.text().length() && s.text().charAt(m.end()) == '.';
                boolean adjacent = lastEnd >= 0 && GAP.matcher(gap).matches() && !gap.contains("\n");
                if (p != null && !(adjacent && !current.isEmpty()) && headsCommonPhrase(w, s.text(), m.end(), initial)) {
                    p = null; // the one capital of a multiword title (Золота пальмова гілка, Холодна війна)
                }
                if (p != null && p.kind() != NameKind.PLACE && headsCompound(s.text(), m.end())) {
                    p = null; // the first half of a compound common noun (Грін-карта, Інтернет-магазин)
                }
                if (p == null && !isInitialLetter) {
                    if (!current.isEmpty()) {
                        out.addAll(close(current));
                        group++;
                        current.clear();
                    }
                    lastEnd = -1;
                    continue;
                }
                if (!adjacent && !current.isEmpty()) {
                    out.addAll(close(current));
                    group++;
                    current.clear();
                }
                if (isInitialLetter) {
                    // an initial: a marker of a person's name, not matched itself
                    current.add(new NamePart(Span.of(doc, s.id(), s.start() + m.start(), s.start() + m.end()),
                            List.of(w), NameKind.OTHER, -group - 1, true));
                } else {
                    current.add(new NamePart(p.span(), p.lemmas(), p.kind(), group, p.guessed()));
                }
                lastEnd = m.end();
            }
            if (!current.isEmpty()) {
                out.addAll(close(current));
                group++;
            }
        }
        return out;
    }

    /** Ends a multi-word name: drops initials, and makes the unknown words of a person's name surnames. */
    private List<NamePart> close(List<NamePart> words) {
        words = lastFirstNameAsSurname(words);
        boolean person = false;
        for (NamePart p : words) {
            if (p.group() < 0 || p.kind() == NameKind.FIRST || p.kind() == NameKind.PATRONYMIC) {
                person = true;
            }
        }
        if (!person) {
            words = words.stream().map(this::commonWordSurname).toList();
        }
        List<NamePart> out = new ArrayList<>();
        boolean afterPersonWord = false;
        for (NamePart p : words) {
            boolean follows = afterPersonWord;
            afterPersonWord = p.group() < 0 || p.kind().isPerson();
            if (p.group() < 0) {
                continue;
            }
            // a word right after a first name, patronymic or initial is a surname (Алексей Навальный,
            // Дональд Туск); words before it are not (Великої Британії Кіром Стармером)
            if (person && follows && (p.kind() == NameKind.OTHER || p.kind() == NameKind.PLACE)
                    && tables.exonym(p.lemma()).isEmpty()) {
                // the dictionary's common-word lemma (Туск: тускнуть) says nothing about a surname
                out.add(new NamePart(p.span(), guesses(p.span().text()), NameKind.SURNAME, p.group(), true));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * In "Сергей Лавров" or "Андрія Єрмака" the dictionary also reads the second word as a first
     * name (Лавр, Єрмак); the last word of a name that starts with a first name and has no
     * surname is the surname. So is it after a word no dictionary knows (Дастин Джонсон, Линдси
     * Грэм: a foreign first name the dictionary lacks before a surname it reads as a first name):
     * names are written first name first.
     */
    private List<NamePart> lastFirstNameAsSurname(List<NamePart> words) {
        List<NamePart> real = words.stream().filter(p -> p.group() >= 0).toList();
        if (real.size() < 2 || !(real.get(0).kind() == NameKind.FIRST || real.get(0).kind() == NameKind.OTHER && real.get(0).guessed())
                || real.get(real.size() - 1).kind() != NameKind.FIRST
                || real.stream().anyMatch(p -> p.kind() == NameKind.SURNAME)) {
            return words;
        }
        NamePart last = real.get(real.size() - 1);
        String w = last.span().text();
        Set<String> lemmas = new LinkedHashSet<>();
        if (morphology != null) {
            for (Morphology.Reading r : morphology.lookup(w)) {
                if (r.tag().contains(ukrainian ? "prop:lname" : "NN:Fam")) {
                    lemmas.add(capital(r.lemma()));
                }
            }
        }
        boolean guessed = lemmas.isEmpty();
        if (guessed) {
            lemmas.addAll(guesses(w));
        }
        List<NamePart> out = new ArrayList<>(words);
        out.set(words.indexOf(last), new NamePart(last.span(), List.copyOf(lemmas), NameKind.SURNAME, last.group(), guessed));
        return out;
    }

    /**
     * A surname with no first name beside it that is also a common word of the same lemma
     * (Червоного Хреста, Тихого океану, Усі): a capitalised word of a title or a sentence start.
     */
    private NamePart commonWordSurname(NamePart p) {
        if (p.kind() != NameKind.SURNAME || p.guessed() || morphology == null) {
            return p;
        }
        String lower = p.span().text().toLowerCase(Locale.ROOT);
        for (Morphology.Reading r : morphology.lookup(lower)) {
            boolean name = r.tag().contains("prop") || r.tag().startsWith("NN:Fam") || r.tag().startsWith("NN:Name")
                    || r.tag().startsWith("NN:Patr");
            if (!name && p.lemmas().stream().anyMatch(l -> l.equalsIgnoreCase(r.lemma()))) {
                return p.withKind(NameKind.OTHER);
            }
        }
        return p;
    }

    /**
     * True when {@code w} opens a multiword name that Ukrainian and Russian write with one capital
     * (titles of works, prizes, wars, leagues, statutes: Золота пальмова гілка, «Срібна кістка»,
     * Холодна війна, Бриллиантовая лига, Римский статут): its lower-case form is an adjective that
     * agrees in case, number and gender with the lower-case noun after it (lower-case agreeing
     * adjectives may stand between). At a sentence or quotation start a lower-case noun
     * complement in the genitive counts too («Логово дракона»). A surname that declines like an
     * adjective is followed by a verb, a preposition or a noun in another case (Вишневський
     * пропрацював, Толстого роман), so it stays a name.
     */
    /**
     * Whether the word at {@code [start, end)} of sentence {@code s} (offsets in the sentence's text)
     * heads a phrase of agreeing common words, as {@link #find} judges it at that place.
     */
    boolean headsCommonPhrase(Sentence s, int start, int end) {
        String text = s.text();
        boolean initial = opener(text, start);
        return headsCommonPhrase(text.substring(start, end), text, end, initial);
    }

    private boolean headsCommonPhrase(String w, String text, int end, boolean initial) {
        if (morphology == null) {
            return false;
        }
        List<Morphology.Reading> own = morphology.lookup(w.toLowerCase(Locale.ROOT));
        List<String> adjectives = new ArrayList<>();
        boolean noun = false;
        for (Morphology.Reading r : own) {
            if (isAttributive(r.tag())) {
                adjectives.add(agreement(r.tag()));
            } else if (isCommonNoun(r.tag())) {
                noun = true;
            }
        }
        if (adjectives.isEmpty() && !(initial && noun)) {
            return false;
        }
        Matcher next = WORD.matcher(text);
        int at = end;
        for (int step = 0; step < 4; step++) {
            if (!next.find(at) || !text.substring(at, next.start()).isBlank()) {
                return false; // punctuation or nothing after it: no phrase
            }
            String n = next.group();
            if (!Character.isLowerCase(n.charAt(0))) {
                return false;
            }
            List<Morphology.Reading> readings = morphology.lookup(n);
            boolean agreeingAdjective = false;
            for (Morphology.Reading r : readings) {
                if (isCommonNoun(r.tag())) {
                    String a = agreement(r.tag());
                    if (adjectives.contains(a) || step == 0 && initial && noun && a.endsWith(genitive())) {
                        return true;
                    }
                } else if (isAttributive(r.tag()) && adjectives.contains(agreement(r.tag()))) {
                    agreeingAdjective = true;
                }
            }
            if (!agreeingAdjective) {
                return false;
            }
            at = next.end();
        }
        return false;
    }

    /**
     * True when a hyphen joins the word ending at {@code end} to a lower-case word that ends the
     * compound (Грін-карту): a compound common noun. Names joined by a lower-case particle
     * (Ростов-на-Дону) go on with another hyphen and stay names.
     */
    private static boolean headsCompound(String text, int end) {
        if (end + 1 >= text.length() || "-\u2010\u2011".indexOf(text.charAt(end)) < 0) {
            return false;
        }
        Matcher next = WORD.matcher(text);
        if (!next.find(end + 1) || next.start() != end + 1 || !Character.isLowerCase(next.group().charAt(0))) {
            return false;
        }
        return next.end() >= text.length() || "-\u2010\u2011".indexOf(text.charAt(next.end())) < 0;
    }

    private String genitive() {
        return ukrainian ? "v_rod" : "R";
    }

    /** A full adjective (or ordinal) reading: uk {@code adj:f:v_zna}, ru {@code ADJ:Posit:Fem:R}. */
    private boolean isAttributive(String tag) {
        return ukrainian ? tag.startsWith("adj:") : tag.startsWith("ADJ:Posit");
    }

    /** A common noun reading (no name tag). */
    private boolean isCommonNoun(String tag) {
        return ukrainian ? tag.startsWith("noun:") && !tag.contains("prop")
                : tag.startsWith("NN:") && !tag.startsWith("NN:Fam") && !tag.startsWith("NN:Name") && !tag.startsWith("NN:Patr");
    }

    /** Number, gender and case of a reading, as one key: uk {@code f/v_zna}, ru {@code Sin:Fem/R} or {@code PL/R}. */
    private String agreement(String tag) {
        String gender = "";
        String kase = "";
        boolean plural = false;
        for (String t : tag.split(":")) {
            if (ukrainian) {
                if (t.length() == 1 && "mfnp".contains(t)) {
                    gender = t;
                } else if (t.startsWith("v_")) {
                    kase = t;
                }
            } else if (t.equals("Masc") || t.equals("Fem") || t.equals("Neut")) {
                gender = t;
            } else if (t.equals("PL")) {
                plural = true;
            } else if (t.equals("Nom") || t.length() == 1 && "RDVTP".contains(t)) {
                kase = t;
            }
        }
        if (ukrainian) {
            return gender + "/" + kase;
        }
        return (plural ? "PL" : "Sin:" + gender) + "/" + kase;
    }

    private static boolean opener(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            return OPENERS.indexOf(c) >= 0;
        }
        return true;
    }

    private NamePart classify(Document doc, Sentence s, int start, int end, String w, boolean initial) {
        if (!Character.isUpperCase(w.charAt(0)) || w.length() < 2) {
            return null;
        }
        if (w.codePoints().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))) {
            return null; // an acronym (БЕЛТА, ЗМІ): not a person's or place's name here
        }
        if (!w.codePoints().allMatch(c -> !Character.isLetter(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
            return null;
        }
        Span span = Span.of(doc, s.id(), s.start() + start, s.start() + end);
        List<Morphology.Reading> readings = morphology == null ? List.of() : morphology.lookup(w);
        if (initial) {
            // the locative (uk v_mis, ru P) stands only after a preposition: not at a sentence start (Друзі, ...)
            readings = readings.stream().filter(r -> !locative(r.tag())).toList();
        }
        NameKind kind = null;
        Set<String> lemmas = new LinkedHashSet<>();
        // a known place first (Вене: Вена, not the first name Веня), then a known first name
        for (Morphology.Reading r : readings) {
            String l = capital(r.lemma());
            if (!tables.exonym(l).isEmpty() && !r.tag().contains("prop:fname") && !r.tag().contains("prop:lname")
                    && !r.tag().startsWith("NN:Name") && !r.tag().startsWith("NN:Fam") || r.tag().contains("prop:geo") && !tables.exonym(l).isEmpty()) {
                lemmas.add(l);
            }
        }
        if (!lemmas.isEmpty()) {
            return new NamePart(span, List.copyOf(lemmas), NameKind.PLACE, 0, false);
        }
        for (String g : guesses(w)) {
            if (tables.isFirstName(g) && readings.stream().noneMatch(r -> r.tag().contains("prop:lname") || r.tag().startsWith("NN:Fam"))) {
                lemmas.add(g);
            }
        }
        if (!lemmas.isEmpty()) {
            for (Morphology.Reading r : readings) {
                if (r.tag().contains("prop:fname") || r.tag().startsWith("NN:Name")) {
                    lemmas.add(capital(r.lemma()));
                }
            }
            return new NamePart(span, List.copyOf(lemmas), NameKind.FIRST, 0, false);
        }
        List<Morphology.Reading> lower = ukrainian && initial && morphology != null
                ? morphology.lookup(w.toLowerCase(Locale.ROOT)) : List.of();
        if (lower.stream().anyMatch(r -> r.tag().contains("pron"))
                || readings.stream().noneMatch(r -> r.tag().contains("prop:lname")) && lower.stream().anyMatch(r -> !r.tag().contains("prop"))) {
            return null; // capitalised by its place, and a common word too (Корінна громада, Вона, Сумка)
        }
        if (ukrainian) {
            kind = ukKind(readings, lemmas);
        } else {
            kind = ruKind(readings, lemmas, w, initial);
        }
        if (kind != null) {
            return new NamePart(span, List.copyOf(lemmas), kind, 0, false);
        }
        List<Morphology.Reading> common = ukrainian && morphology != null
                ? morphology.lookup(w.toLowerCase(Locale.ROOT)) : readings;
        if (!common.isEmpty()) {
            if (initial) {
                return null;
            }
            for (Morphology.Reading r : common) {
                lemmas.add(capital(r.lemma()));
            }
            return new NamePart(span, List.copyOf(lemmas), NameKind.OTHER, 0, false);
        }
        if (fallback != null) {
            Set<String> uk = new LinkedHashSet<>();
            NameKind k = ukKind(fallback.lookup(w), uk);
            if (k != null && k != NameKind.PLACE) {
                return new NamePart(span, List.copyOf(uk), k, 0, false);
            }
        }
        if (initial) {
            return null;
        }
        return new NamePart(span, guesses(w), NameKind.OTHER, 0, true);
    }

    /** A reading in the locative (prepositional) case, which needs a preposition before it. */
    private boolean locative(String tag) {
        return ukrainian ? tag.contains(":v_mis") : tag.endsWith(":P") || tag.contains(":P:");
    }

    private static NameKind ukKind(List<Morphology.Reading> all, Set<String> lemmas) {
        // adjectives made from names (Харківській області) are not names
        List<Morphology.Reading> readings = all.stream().filter(r -> !r.tag().startsWith("adj")).toList();
        String[] order = {"prop:fname", "prop:pname", "prop:geo", "prop:lname"};
        NameKind[] kinds = {NameKind.FIRST, NameKind.PATRONYMIC, NameKind.PLACE, NameKind.SURNAME};
        Set<String> geo = new LinkedHashSet<>();
        Set<String> first = new LinkedHashSet<>();
        for (Morphology.Reading r : readings) {
            if (r.tag().contains("prop:geo")) {
                geo.add(r.lemma());
            } else if (r.tag().contains("prop:fname")) {
                first.add(r.lemma());
            }
        }
        if (!geo.isEmpty() && !first.isEmpty() && !geo.containsAll(first)) {
            lemmas.addAll(geo); // Києві: the town Київ, not the first name Кий
            return NameKind.PLACE;
        }
        for (int k = 0; k < order.length; k++) {
            for (Morphology.Reading r : readings) {
                // a case form's own lemma first: Лукашенка is Лукашенко (the dictionary also lists a nominative Лукашенка)
                if (r.tag().contains(order[k]) && !r.tag().contains("v_naz")) {
                    lemmas.add(r.lemma());
                }
            }
            for (Morphology.Reading r : readings) {
                if (r.tag().contains(order[k])) {
                    lemmas.add(r.lemma());
                }
            }
            if (!lemmas.isEmpty()) {
                if (kinds[k] == NameKind.SURNAME) {
                    // a Ukrainian surname in -ів declines like a Russian one in -ов (Чехів, Чехова;
                    // Чехов, Чехова): the case form names either, and the dictionary lists only the first
                    for (String l : List.copyOf(lemmas)) {
                        if (l.length() > 3 && (l.endsWith("ів") || l.endsWith("їв"))) {
                            lemmas.add(l.substring(0, l.length() - 2) + (l.endsWith("їв") ? "єв" : "ов"));
                        }
                    }
                }
                // a surname reading next to a place reading of the same word (Білорусі) is a place
                return kinds[k];
            }
        }
        return null;
    }

    /**
     * True when every first-name reading of a Russian word is feminine and indeclinable (its tag names
     * no case: NN:Name:Fem:Sin) while the word also declines as a man's surname (NN:Fam:Masc with a
     * case): the dictionary lists a foreign surname (Вебер, Шульц, Блэр) a second time as the
     * indeclinable form a woman bearing it uses, which is no first name. A first name has a reading
     * with a case or a masculine one (Харрис, Мишель) and stays a first name.
     */
    static boolean indeclinableFeminineOfSurname(List<Morphology.Reading> readings) {
        boolean fam = false;
        for (Morphology.Reading r : readings) {
            String t = r.tag();
            if (t.startsWith("NN:Name")) {
                if (!t.contains(":Fem") || t.contains(":Masc") || CASE_TAG.matcher(t).find()) {
                    return false;
                }
            } else if (t.startsWith("NN:Fam:Masc") && CASE_TAG.matcher(t).find()) {
                fam = true;
            }
        }
        return fam;
    }

    private static final java.util.regex.Pattern CASE_TAG = java.util.regex.Pattern.compile(":(Nom|R|D|V|T|P)(:|$)");

    private static NameKind ruKind(List<Morphology.Reading> readings, Set<String> lemmas, String w, boolean initial) {
        for (Morphology.Reading r : readings) {
            if (r.tag().startsWith("NN:Name") && !r.tag().contains(":PL")) {
                lemmas.add(capital(r.lemma()));
            }
        }
        if (!lemmas.isEmpty() && indeclinableFeminineOfSurname(readings)) {
            lemmas.clear(); // Вебер, Шульц, Блэр: a man's surname, which the dictionary also gives as a woman's name
        }
        if (!lemmas.isEmpty()) {
            return NameKind.FIRST;
        }
        for (Morphology.Reading r : readings) {
            if (r.tag().startsWith("NN:Patr")) {
                // the dictionary's lemma is the father's name (григорий); the nominative patronymic is made from it
                lemmas.add(ExpectationBuilder.ruPatronymic(capital(r.lemma()), r.tag().contains(":Fem")));
            }
        }
        if (!lemmas.isEmpty()) {
            return NameKind.PATRONYMIC;
        }
        Set<String> common = new LinkedHashSet<>();
        for (Morphology.Reading r : readings) {
            if (r.tag().startsWith("NN:Fam")) {
                if (r.tag().contains(":Fem")) {
                    lemmas.add(feminine(r.lemma())); // Захаровой: Захарова, not the dictionary's Захаров
                }
                lemmas.add(r.lemma());
            } else if (!r.tag().startsWith("NN:Name")) { // the woman's form of a surname (above) is no common word
                common.add(r.lemma());
            }
        }
        if (lemmas.isEmpty()) {
            return null;
        }
        Set<String> fam = new LinkedHashSet<>(lemmas);
        lemmas.clear();
        boolean place = false;
        for (String l : fam) {
            lemmas.add(capital(l));
            place |= common.contains(l);
        }
        lemmas.add(w); // the form as written may itself be the nominative (Хренин)
        if (place) {
            return NameKind.PLACE; // Харьков reads as a surname and as a town
        }
        if (initial && !common.isEmpty() && !fam.contains(w.toLowerCase(Locale.ROOT))) {
            lemmas.clear();
            return null; // a common word at the start of a sentence that is also a surname form
        }
        return NameKind.SURNAME;
    }

    /** The feminine nominative of a Russian surname lemma: Захаров - Захарова, Тихановский - Тихановская. */
    static String feminine(String lemma) {
        if (lemma.endsWith("ий") || lemma.endsWith("ой") || lemma.endsWith("ый")) {
            return lemma.substring(0, lemma.length() - 2) + "ая";
        }
        if (lemma.endsWith("ов") || lemma.endsWith("ев") || lemma.endsWith("ин") || lemma.endsWith("ын") || lemma.endsWith("ёв")) {
            return lemma + "а";
        }
        return lemma;
    }

    /** Nominative guesses for a name the dictionary does not know: the word, and its stem without a case ending. */
    static List<String> guesses(String w) {
        Set<String> out = new LinkedHashSet<>();
        String lower = w.toLowerCase(Locale.ROOT);
        for (String e : ENDINGS) {
            if (lower.endsWith(e) && lower.length() - e.length() >= 3) {
                String stem = w.substring(0, w.length() - e.length());
                // most likely nominative first: Стармером - Стармер, Сибиги - Сибига, Сибига - itself
                switch (e) {
                    case "а", "я" -> out.add(w);
                    case "ой", "ей", "ою", "ею", "ы", "и", "і" -> out.add(stem + "а");
                    default -> {
                    }
                }
                out.add(stem);
                if (e.length() == 1 || e.equals("ом") || e.equals("ем") || e.equals("ою") || e.equals("ею") || e.equals("ей")
                        || e.equals("ой")) {
                    out.add(stem + "а");
                    out.add(stem + "я");
                    out.add(stem + "ь");
                    out.add(stem + "й");
                }
                break;
            }
        }
        out.add(w);
        return List.copyOf(out);
    }

    static String capital(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int sep = s.indexOf('-');
        String head = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        if (sep > 0 && sep + 1 < head.length()) {
            head = head.substring(0, sep + 1) + Character.toUpperCase(head.charAt(sep + 1)) + head.substring(sep + 2);
        }
        return head;
    }
}
