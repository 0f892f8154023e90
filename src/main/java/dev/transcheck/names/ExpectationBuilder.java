package dev.transcheck.names;

import dev.transcheck.text.translit.LatinKeys;
import dev.transcheck.text.translit.Romanizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds an {@link Expectation}: the romanisations of each candidate nominative on its own and on
 * the other spelling basis, first-name and patronymic counterparts (Володимир = Владимир), exonyms,
 * the glossary's forms and the basis it gives, and the comparison keys of all admitted forms.
 */
final class ExpectationBuilder {
    private static final Pattern PATRONYMIC = Pattern.compile("(йович|ович|евич|ьевич|ійович|ївна|івна|овна|евна|ьевна|ична|ич)$");

    private ExpectationBuilder() {
    }

    static Expectation build(NamePart part, String lang, Romanizer rz, NameTables tables, NameGlossary.View glossary) {
        List<Pattern> uk = new ArrayList<>();
        List<Pattern> ru = new ArrayList<>();
        List<Pattern> be = new ArrayList<>();
        Set<String> neutral = new LinkedHashSet<>();
        Set<String> exactRu = new LinkedHashSet<>();
        Set<String> display = new LinkedHashSet<>();
        Set<String> ruDisplay = new LinkedHashSet<>();
        Set<String> ukDisplay = new LinkedHashSet<>();
        String other = "uk".equals(lang) ? "ru" : "uk";
        boolean foreign = part.kind() != NameKind.PATRONYMIC;
        boolean slavic = false;
        for (String lemma : part.lemmas()) {
            List<Pattern> own = "uk".equals(lang) ? uk : ru;
            // a first name with a known counterpart: only that counterpart is the other basis
            boolean paired = part.kind() == NameKind.FIRST && tables.firstName(lemma) != null
                    || part.kind() == NameKind.PATRONYMIC && patronymics(lemma, tables).size() > 1;
            List<Pattern> oth = paired ? new ArrayList<>() : "uk".equals(lang) ? ru : uk;
            if (part.guessed() && !lemma.equals(part.span().text())) {
                own.add(Pattern.compile(rz.variants(lemma, lang).pattern() + "[a-z]{0,3}"));
                oth.add(Pattern.compile(rz.variants(lemma, other, lang).pattern() + "[a-z]{0,3}"));
            } else {
                own.add(rz.variants(lemma, lang));
                oth.add(rz.variants(lemma, other, lang));
            }
            if (part.kind() != NameKind.PLACE) {
                be.add(rz.variants(lemma, "be"));
            }
            ("uk".equals(lang) ? ukDisplay : ruDisplay).add(rz.commonEnglish(lemma, lang));
            display.addAll(rz.standard(lemma, lang));
            ("uk".equals(lang) ? ruDisplay : ukDisplay).add(rz.commonEnglish(lemma, other));
            // the most likely nominative decides; a first name that no dictionary or Slavic first-name table knows
            // is foreign despite a Slavic-looking ending (Джоко - Joko)
            slavic |= lemma.equals(part.lemma()) && rz.looksSlavic(lemma)
                    && !(part.kind() == NameKind.FIRST && tables.firstName(lemma) == null
                         && (part.guessed() || !tables.foreignFirstName(lemma).isEmpty()));
            for (String ex : tables.exonym(lemma)) {
                neutral.add(LatinKeys.normal(ex));
                display.add(ex);
            }
            if (part.kind() == NameKind.FIRST) {
                for (String e : tables.foreignFirstName(lemma)) {
                    neutral.add(LatinKeys.normal(e));
                    display.add(e);
                }
                NameTables.FirstName f = tables.firstName(lemma);
                foreign &= f == null;
                if (f != null) {
                    be.add(rz.variants(f.ru(), "be"));
                    uk.add(rz.variants(f.uk(), "uk"));
                    ru.add(rz.variants(f.ru(), "ru"));
                    ukDisplay.add(rz.commonEnglish(f.uk(), "uk"));
                    for (String e : f.english()) {
                        exactRu.add(LatinKeys.normal(e));
                    }
                    if (!f.english().isEmpty()) {
                        ruDisplay.add(f.english().get(0));
                    }
                    ruDisplay.add(rz.commonEnglish(f.ru(), "ru"));
                }
            } else if (part.kind() == NameKind.PATRONYMIC) {
                List<String[]> pairs = patronymics(lemma, tables);
                for (String[] pair : pairs.size() > 1 ? pairs.subList(1, pairs.size()) : pairs) {
                    // the identity pair of an unknown patronymic only: a known one is read on each basis from its own spelling
                    uk.add(rz.variants(pair[0], "uk"));
                    ru.add(rz.variants(pair[1], "ru"));
                    ruDisplay.add(rz.commonEnglish(pair[1], "ru"));
                    ukDisplay.add(rz.commonEnglish(pair[0], "uk"));
                }
            }
        }
        if (part.kind() != NameKind.FIRST && part.kind() != NameKind.PATRONYMIC) {
            derivedForms(part, lang, other, rz, uk, ru);
        }
        String restrict = null;
        if (glossary != null && glossary.romanisedFrom() != null
                && (part.kind() == NameKind.FIRST || part.kind() == NameKind.PATRONYMIC)) {
            restrict = glossary.romanisedFrom().toLowerCase(Locale.ROOT);
        }
        List<String> expected = new ArrayList<>();
        if (glossary != null && glossary.preferredWord() != null) {
            expected.add(glossary.preferredWord());
            if (glossary.preferredForm() != null && !glossary.preferredForm().equals(glossary.preferredWord())) {
                expected.add(glossary.preferredForm()); // the whole name: Andrei Belousov
            }
        }
        boolean ruFirst = "ru".equals(restrict) || (restrict == null && "ru".equals(lang));
        for (String s : ruFirst ? ruDisplay : ukDisplay) {
            Expectation.addUnique(expected, s);
        }
        if (restrict == null || glossary == null) {
            for (String s : ruFirst ? ukDisplay : ruDisplay) {
                Expectation.addUnique(expected, s);
            }
        }
        if (!"ru".equals(restrict) || !part.kind().isPerson()) {
            for (String s : display) {
                Expectation.addUnique(expected, s);
            }
        }
        Set<String> folds = new LinkedHashSet<>();
        Set<String> skeletons = new LinkedHashSet<>();
        List<String> all = new ArrayList<>(expected);
        all.addAll(display);
        all.addAll(ruDisplay);
        all.addAll(ukDisplay);
        Set<String> sounds = new LinkedHashSet<>();
        for (String s : all) {
            if (s.contains(" ")) {
                continue; // a whole name (Donald Trump) is no form of one word: Donald is not close to Trump
            }
            String n = LatinKeys.normal(s);
            folds.add(LatinKeys.fold(n));
            if (foreign) {
                skeletons.add(LatinKeys.skeleton(n));
                sounds.add(LatinKeys.sound(n));
            }
        }
        if (glossary != null) {
            for (String a : glossary.accepted()) {
                folds.add(LatinKeys.fold(a));
            }
        }
        return new Expectation(part, new Expectation.Forms(uk, ru, be, neutral, exactRu),
                new Expectation.Keys(folds, skeletons, sounds, slavic), new Expectation.Shown(expected, List.copyOf(ukDisplay), List.copyOf(ruDisplay)),
                new Expectation.Glossed(glossary, restrict), tables);
    }

    /** A name-like adjective in -ск-/-ськ- (Купянском, Сумская, Родинського): its stem and its endings. */
    private static final Pattern RU_ADJECTIVE = Pattern.compile("([\\p{L}'ʼ’]{2,}[сц]к)(ий|ый|ой|ая|ое|ие|ого|ому|ом|ую|их|им|ими)");
    /**
     * The locative or instrumental of a Russian neuter place in -ово/-ево/-ино (в Мукачеве, под
     * Ивановом); the genitive and dative (Соломонова, Иванову) are left out: a surname in -ов has
     * the same forms (Петрова, Петрову), while its instrumental ends in -ым.
     */
    private static final Pattern NEUTER_CASE = Pattern.compile("(\\p{L}{2,}(?:ов|ев|ёв|ин|ын))(?:е|ом)");
    /** The case forms Russian masculine and neuter adjectives share: -ом, -ем, -ого, -его, -ому, -ему, -ым, -им. */
    private static final Pattern RU_SHARED_CASE = Pattern.compile("\\p{Lu}\\p{L}{2,}(?:ом|ем|ого|его|ому|ему|ым|им)");
    /** A Russian masculine adjective lemma: its stem and ending. */
    private static final Pattern RU_MASCULINE = Pattern.compile("(\\p{L}{2,})(ый|ий|ой)");
    private static final Pattern UK_ADJECTIVE = Pattern.compile("([\\p{L}'ʼ’]{2,}[сц]ьк)(ий|а|е|і|ого|ому|ім|ій|у|ої|их|им|ими)");

    /**
     * Forms a place's name takes in a translation that its case form does not spell: the place
     * itself for an adjective made from it (Купянском районе - Kupiansk district, Куп'янського - Kupiansk),
     * the Ukrainian adjective for a Russian one, read the Ukrainian way (Сумская - Sumska, Родинского -
     * Rodynske: the official romanisation of a Ukrainian place follows its Ukrainian name), and the
     * neuter nominative of a Russian place's locative or instrumental (в Мукачеве - Mukachevo).
     */
    private static void derivedForms(NamePart part, String lang, String other, Romanizer rz, List<Pattern> uk, List<Pattern> ru) {
        List<Pattern> own = "uk".equals(lang) ? uk : ru;
        List<Pattern> oth = "uk".equals(lang) ? ru : uk;
        Set<String> stems = new LinkedHashSet<>();
        Set<String> ukrainian = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>(part.lemmas());
        words.add(part.span().text());
        for (String w : words) {
            java.util.regex.Matcher m = ("uk".equals(lang) ? UK_ADJECTIVE : RU_ADJECTIVE).matcher(w);
            if (!m.matches()) {
                continue;
            }
            String stem = m.group(1);
            if (place(stem, lang)) {
                stems.add(stem); // Купянск, not Казанск for Казанский (Казань)
            }
            if ("ru".equals(lang)) {
                String ukStem = stem.substring(0, stem.length() - 1) + "ьк";
                for (String e : List.of("ий", "а", "е")) {
                    ukrainian.add(ukStem + e);
                }
            }
        }
        java.util.regex.Matcher n = NEUTER_CASE.matcher(part.span().text());
        if ("ru".equals(lang) && n.matches() && place(n.group(1) + "о", lang)) {
            stems.add(n.group(1) + "о");
        }
        if ("ru".equals(lang) && !part.kind().isPerson() && RU_SHARED_CASE.matcher(part.span().text()).matches()) {
            // a case form masculine and neuter adjectives share (на Южном шоссе, Южного): the
            // neuter nominative is as much the name as the masculine lemma (Южное шоссе, Yuzhnoye)
            for (String w : part.lemmas()) {
                java.util.regex.Matcher l = RU_MASCULINE.matcher(w);
                if (l.matches()) {
                    stems.add(l.group(1) + ("ий".equals(l.group(2)) ? "ее" : "ое"));
                }
            }
        }
        for (String s : stems) {
            own.add(rz.variants(s, lang));
            oth.add(rz.variants(s, other, lang));
        }
        for (String s : ukrainian) {
            uk.add(rz.variants(s, "uk", "ru"));
        }
    }

    /** True when the language's dictionary knows {@code word} as a noun (a place: Купянск, Мукачево, Покровськ). */
    private static boolean place(String word, String lang) {
        dev.transcheck.text.Morphology m = dev.transcheck.text.Morphology.shared(lang);
        if (m == null) {
            return false;
        }
        for (dev.transcheck.text.Morphology.Reading r : m.lookup(word)) {
            if (r.tag().startsWith("NN:Inanim") || r.tag().startsWith("noun:inanim")) {
                return true;
            }
        }
        return false;
    }

    /** Ukrainian/Russian patronymic pairs for a patronymic in either language (Володимирович - Владимирович). */
    static List<String[]> patronymics(String lemma, NameTables tables) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {lemma, lemma});
        java.util.regex.Matcher m = PATRONYMIC.matcher(lemma.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return out;
        }
        String base = lemma.substring(0, m.start());
        boolean female = m.group().endsWith("на");
        for (String guess : new String[] {base, base + "й", base + "ій", base + "ий", base + "ь", base + "о", base + "а", base + "ей"}) {
            NameTables.FirstName f = tables.firstName(guess);
            if (f != null) {
                out.add(new String[] {ukPatronymic(f.uk(), female), ruPatronymic(f.ru(), female)});
                if (f.ru().endsWith("ий")) { // Дмитрий - Дмитриевич
                    out.add(new String[] {ukPatronymic(f.uk(), female),
                        f.ru().substring(0, f.ru().length() - 2) + (female ? "иевна" : "иевич")});
                }
                break;
            }
        }
        return out;
    }

    private static String ukPatronymic(String name, boolean female) {
        String stem = name;
        String suffix = female ? "івна" : "ович";
        if (name.endsWith("ій") || name.endsWith("ай") || name.endsWith("ей")) {
            stem = name.substring(0, name.length() - 1);
            suffix = female ? "ївна" : "йович";
        } else if (name.endsWith("о") || name.endsWith("а") || name.endsWith("ь")) {
            stem = name.substring(0, name.length() - 1);
        }
        return stem + suffix;
    }

    static String ruPatronymic(String name, boolean female) {
        if (name.endsWith("ий")) {
            return name.substring(0, name.length() - 2) + (female ? "ьевна" : "ьевич"); // Юрий - Юрьевич
        }
        if (name.endsWith("ей") || name.endsWith("ай")) {
            return name.substring(0, name.length() - 1) + (female ? "евна" : "евич");
        }
        if (name.endsWith("ь") || name.endsWith("а") || name.endsWith("я")) {
            return name.substring(0, name.length() - 1) + (female ? "ьевна" : "ьевич");
        }
        return name + (female ? "овна" : "ович");
    }

}
