package dev.transcheck.names;

import dev.transcheck.text.translit.LatinKeys;
import dev.transcheck.text.translit.Romanizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

// Longer than 400 lines: one verdict is built from many comparisons (schemes, exonyms, the glossary,
// other orthographies, Polish letters, skeletons and sound keys, formants) that depend on their order.
/**
 * What an English rendering of one source name word may look like: the romanisations admitted on
 * a Ukrainian and on a Russian spelling basis, exonyms, English first-name forms, glossary forms,
 * and the consonant skeleton of a foreign name. {@link #judge} classifies one English word.
 * Immutable.
 */
public final class Expectation {
    /** How an English word relates to the source name. */
    public enum Verdict {
        /** An admitted rendering. */
        ACCEPTED,
        /** A form the glossary forbids. */
        FORBIDDEN,
        /** Admitted on the other spelling basis than the glossary says (Volodymyr Putin). */
        WRONG_BASIS,
        /** The same name, romanised by no accepted scheme (Zelenskyj). */
        CLOSE,
        /** Another word. */
        NONE
    }

    /** Jaro-Winkler similarity of folded keys from which a word counts as the same name misspelt (see docs/NAMES.md). */
    public static final double CLOSE_SIMILARITY = 0.90;
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final org.apache.commons.text.similarity.LevenshteinDistance LEVENSHTEIN =
            org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance();
    /**
     * Spellings of other languages that Cyrillic renders by sound, tried on the English word before
     * comparing consonant skeletons: German ch (Фрідріх - Friedrich), Italian and Slavic c (Фіцо -
     * Fico), Spanish z (Санчес - Sanchez), English au/aw (Остін - Austin), Portuguese s before a
     * consonant (Кошта - Costa).
     */
    /**
     * Letter groups of English spelling that no romanisation of a Slavic name produces: an English
     * word with one of them is an English name written back from Cyrillic even when the Cyrillic form
     * ends like a Slavic surname (Остін - Austin).
     */
    private static final Pattern ENGLISH_SPELLING = Pattern.compile("au|aw|ee|oo|ea|ph|th|q|x");
    private static final String[][] FOREIGN_SPELLINGS = {{"", ""}, {"ch", "kh"}, {"c", "ts"}, {"z", "s"},
        {"au", "o"}, {"aw", "o"}, {"st", "sht"}};

    private final NamePart part;
    private final List<Pattern> uk;
    private final List<Pattern> ru;
    private final List<Pattern> be;
    private final Set<String> exactNeutral;
    private final Set<String> exactRu;
    private final Set<String> folds;
    private final Set<String> skeletons;
    private final boolean slavic;
    private final Set<String> sounds;
    private final NameGlossary.View glossary;
    private final String restrict;
    private final List<String> expected;
    private final List<String> ukForms;
    private final List<String> ruForms;
    private final NameTables tables;

    /**
     * The admitted romanisations: patterns on a Ukrainian, a Russian and a Belarusian basis, exact
     * words admitted on any basis (exonyms, English first names) and on the Russian one only.
     */
    record Forms(List<Pattern> uk, List<Pattern> ru, List<Pattern> be, Set<String> exactNeutral, Set<String> exactRu) {
        Forms {
            uk = List.copyOf(uk);
            ru = List.copyOf(ru);
            be = List.copyOf(be);
            exactNeutral = Set.copyOf(exactNeutral);
            exactRu = Set.copyOf(exactRu);
        }
    }

    /** Comparison keys of the admitted forms (folds, consonant skeletons, sound keys) and whether the name looks Slavic. */
    record Keys(Set<String> folds, Set<String> skeletons, Set<String> sounds, boolean slavic) {
        Keys {
            folds = Set.copyOf(folds);
            skeletons = Set.copyOf(skeletons);
            sounds = Set.copyOf(sounds);
        }
    }

    /** Forms to show, best first, and the common English forms on each basis. */
    record Shown(List<String> expected, List<String> ukForms, List<String> ruForms) {
        Shown {
            expected = List.copyOf(expected);
            ukForms = List.copyOf(ukForms);
            ruForms = List.copyOf(ruForms);
        }
    }

    /** What the glossary says of the name, and the basis it restricts a first name or patronymic to (null: either). */
    record Glossed(NameGlossary.View view, String restrict) {
    }

    Expectation(NamePart part, Forms forms, Keys keys, Shown shown, Glossed glossed, NameTables tables) {
        this.tables = tables;
        this.part = part;
        this.uk = forms.uk();
        this.ru = forms.ru();
        this.be = forms.be();
        this.exactNeutral = forms.exactNeutral();
        this.exactRu = forms.exactRu();
        this.folds = keys.folds();
        this.skeletons = keys.skeletons();
        this.slavic = keys.slavic();
        this.sounds = keys.sounds();
        this.glossary = glossed.view();
        this.restrict = glossed.restrict();
        this.expected = shown.expected();
        this.ukForms = shown.ukForms();
        this.ruForms = shown.ruForms();
    }

    public NamePart part() {
        return part;
    }

    /** True when the name looks Slavic (a Slavic ending, not a foreign first name). */
    public boolean slavic() {
        return slavic;
    }

    public NameGlossary.View glossary() {
        return glossary;
    }

    /** Forms to show as expected, best first. */
    public List<String> expected() {
        return expected;
    }

    /**
     * The expected forms with those of a spelling basis first ({@code ru} when the person's first
     * name was romanised the Russian way, as Andrei for Андрій); the glossary form stays first.
     */
    public List<String> expected(String basis) {
        if (basis == null || glossary != null && glossary.preferredWord() != null) {
            return expected;
        }
        List<String> out = new ArrayList<>();
        for (String s : "ru".equals(basis) ? ruForms : ukForms) {
            addUnique(out, s);
        }
        for (String s : expected) {
            addUnique(out, s);
        }
        return List.copyOf(out);
    }

    /** The admitted forms ordered by similarity to {@code word}, most similar first (Peskow: Peskov before Pieskov). */
    public List<String> closestTo(String word) {
        String n = LatinKeys.normal(word);
        List<String> out = new ArrayList<>(expected);
        out.sort((a, b) -> Double.compare(JW.apply(n, LatinKeys.normal(b)), JW.apply(n, LatinKeys.normal(a))));
        if (glossary != null && glossary.preferredWord() != null) {
            out.remove(glossary.preferredWord());
            out.add(0, glossary.preferredWord());
        }
        return List.copyOf(out);
    }

    /** {@code uk} or {@code ru} when {@code word} is admitted on that spelling basis only, else null. */
    public String basis(String word) {
        String n = LatinKeys.normal(word);
        boolean ukOk = matches(uk, n);
        boolean ruOk = exactRu.contains(n) || matches(ru, n);
        return ukOk == ruOk ? null : ukOk ? "uk" : "ru";
    }

    /** The best single suggestion. */
    public String suggestion() {
        return expected.isEmpty() ? null : expected.get(0);
    }

    /** Builds the expectation of {@code part}, spelt in {@code lang} ({@code uk} or {@code ru}). */
    public static Expectation of(NamePart part, String lang, Romanizer rz, NameTables tables, NameGlossary.View glossary) {
        return ExpectationBuilder.build(part, lang, rz, tables, glossary);
    }

    static void addUnique(List<String> list, String s) {
        for (String x : list) {
            if (x.equalsIgnoreCase(s)) {
                return;
            }
        }
        list.add(s);
    }

    /** Polish letters and the Polish spelling that Ukrainian and Russian render by sound (ś = ш, ł = л, ó = у). */
    private static final String POLISH_LETTERS = "śźżćńłóęąŚŹŻĆŃŁÓ";

    /**
     * Letters with a diacritic that stand for one sound which English romanisation writes with two
     * letters (and Ukrainian and Russian with one letter): s-caron and s-cedilla/comma ш (Czech,
     * Slovak, Croatian, Slovene, Latvian, Lithuanian; Turkish, Azerbaijani, Romanian), c-caron and
     * c-cedilla ч (Czech ...; Turkish, Albanian), z-caron ж, r-caron рж (Czech), t-cedilla/comma ц
     * (Romanian). Dropping the diacritic (Şahin as "Sahin", Šulc as "Sulc") loses the sound.
     */
    private static final String DIGRAPH_LETTERS = "şŞșȘšŠçÇčČžŽřŘţŢțȚ";

    /**
     * True when {@code word} is a rendering of this name by a scheme, exonym, first-name table or
     * the glossary: the sure renderings, without the looser keys of foreign names (consonant
     * skeletons, sound keys), which are meant for words of the same bead.
     */
    public boolean rendersStrictly(String word) {
        String n = LatinKeys.normal(word);
        if (n.isEmpty()) {
            return false;
        }
        if (glossary != null && glossary.accepted().contains(n) || exactNeutral.contains(n) || exactRu.contains(n)) {
            return true;
        }
        return matches(uk, n) || matches(ru, n) || matches(be, n);
    }

    /**
     * Verdicts given so far, by word: a bead compares each of its names with each of its English
     * words, so a long sentence that repeats its words asks the same question many times. Shared by
     * the expectations that judge alike ({@link #judgeKey}, {@link #shareVerdicts}): a name repeated
     * a thousand times is judged once per word, not a thousand times.
     */
    private java.util.Map<String, Verdict> verdicts = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Everything {@link #judge} depends on besides the word: two expectations with equal keys give
     * every word the same verdict. (The part's span and the forms to show for messages are left out;
     * the expected forms are in, since the other orthographies compare with them.)
     */
    Object judgeKey() {
        List<Object> key = new ArrayList<>();
        key.add(part.kind());
        for (List<Pattern> ps : List.of(uk, ru, be)) {
            List<String> shown = new ArrayList<>();
            for (Pattern p : ps) {
                shown.add(p.flags() + "/" + p.pattern());
            }
            key.add(shown);
        }
        key.add(exactNeutral);
        key.add(exactRu);
        key.add(folds);
        key.add(skeletons);
        key.add(slavic);
        key.add(sounds);
        key.add(glossary == null ? null : List.of(glossary.accepted(), glossary.forbidden()));
        key.add(restrict);
        key.add(expected);
        key.add(System.identityHashCode(tables));
        return key;
    }

    /** Uses the verdicts of {@code other}, which judges alike (equal {@link #judgeKey}); before any use by another thread. */
    void shareVerdicts(Expectation other) {
        this.verdicts = other.verdicts;
    }

    /** The verdict memo itself: the same object for expectations that share it. */
    Object verdictMemo() {
        return verdicts;
    }

    /** How the English word {@code word} relates to this name. */
    public Verdict judge(String word) {
        Verdict known = verdicts.get(word);
        if (known == null) {
            known = judgeAfresh(word);
            verdicts.put(word, known);
        }
        return known;
    }

    /** Whether {@code word} holds one of the {@link #POLISH_LETTERS}. */
    static boolean hasPolishLetters(String word) {
        return hasAnyOf(word, POLISH_LETTERS);
    }

    /** Whether {@code word} holds one of {@code letters} (a loop: a regular expression per name and word cost more than the rest of a verdict). */
    private static boolean hasAnyOf(String word, String letters) {
        for (int i = 0; i < word.length(); i++) {
            if (letters.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private Verdict judgeAfresh(String word) {
        Verdict best = judgeWord(word);
        if (hasPolishLetters(word)) {
            // a Polish name in its own letters (Wiśniewski - Вишневський): judged on its Polish spelling too
            Verdict polish = judgeWord(polishDigraphs(word));
            best = polish.ordinal() < best.ordinal() ? polish : best;
        }
        if (hasDigraphLetters(word)) {
            // a name with ş, š, č, ž (Şahin - Шахін, Šulc - Шульц): judged with the sound's digraphs too
            Verdict sound = judgeWord(soundDigraphs(word));
            best = sound.ordinal() < best.ordinal() ? sound : best;
        }
        return best;
    }

    /** Whether {@code word} holds one of the {@link #DIGRAPH_LETTERS}. */
    static boolean hasDigraphLetters(String word) {
        return hasAnyOf(word, DIGRAPH_LETTERS);
    }

    /** {@code word} with each of the {@link #DIGRAPH_LETTERS} written as the English digraph of its sound. */
    static String soundDigraphs(String word) {
        StringBuilder sb = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean upper = Character.isUpperCase(c);
            String d = switch (Character.toLowerCase(c)) {
                case 'ş', 'ș', 'š' -> "sh";
                case 'ç', 'č' -> "ch";
                case 'ž' -> "zh";
                case 'ř' -> "rzh";
                case 'ţ', 'ț' -> "ts";
                default -> null;
            };
            if (d == null) {
                sb.append(c);
            } else {
                sb.append(upper ? Character.toUpperCase(d.charAt(0)) + d.substring(1) : d);
            }
        }
        return sb.toString();
    }

    /**
     * The Polish letters written as the digraphs of the Polish profile (ś as sz, ż and ź as rz, ć as
     * cz), and w as v: a word with Polish letters is spelt the Polish way (Radwańska - Радванська).
     */
    static String polishDigraphs(String word) {
        return word.replace("ś", "sz").replace("Ś", "Sz").replace("ż", "rz").replace("Ż", "Rz").replace("ź", "rz")
                .replace("Ź", "Rz").replace("ć", "cz").replace("Ć", "Cz").replace("ó", "u").replace("Ó", "U")
                .replace('w', 'v').replace('W', 'V');
    }

    private Verdict judgeWord(String word) {
        String n = LatinKeys.normal(word);
        if (n.isEmpty()) {
            return Verdict.NONE;
        }
        if (glossary != null && glossary.accepted().contains(n)) {
            return Verdict.ACCEPTED;
        }
        if (glossary != null && glossary.forbidden().contains(n)) {
            return Verdict.FORBIDDEN;
        }
        if (exactNeutral.contains(n)) {
            return Verdict.ACCEPTED;
        }
        boolean ukOk = matches(uk, n);
        boolean ruOk = exactRu.contains(n) || matches(ru, n);
        boolean beOk = !ukOk && !ruOk && matches(be, n);
        if (restrict == null && (ukOk || ruOk || beOk)) {
            return Verdict.ACCEPTED;
        }
        if (restrict != null) {
            if ("uk".equals(restrict) ? ukOk : "be".equals(restrict) ? beOk || ruOk : ruOk) {
                return Verdict.ACCEPTED;
            }
            if (ukOk || ruOk || beOk) {
                return Verdict.WRONG_BASIS;
            }
        }
        if (!Character.isUpperCase(word.charAt(0))) {
            return Verdict.NONE; // the looser comparisons below are for names, which English capitalises
        }
        if (restrict == null && otherOrthography(n)) {
            return Verdict.ACCEPTED; // the name in the spelling of its own language (Francesco - Франческо, Bouchard - Бушар)
        }
        if (part.kind() == NameKind.FIRST && restrict == null) {
            for (String full : tables.fullNames(n)) { // a short form the translation gives in full (Mike - Майкл)
                if (judge(full) == Verdict.ACCEPTED) {
                    return Verdict.ACCEPTED;
                }
            }
        }
        if (!slavic && foreignAlike(n)) {
            return Verdict.ACCEPTED; // a foreign name written back from Cyrillic (Tommy - Томмі, Korea - Корея)
        }
        if (!slavic && n.length() > 4 && n.endsWith("s") && foreignAlike(n.substring(0, n.length() - 1))
                || !slavic && foreignAlike(n + "s")) {
            return Verdict.ACCEPTED; // an English surname with or without its final s (Edward - Эдвардс, Humphreys - Хамфри)
        }
        if (folds.contains(LatinKeys.fold(n))) {
            return Verdict.CLOSE; // a scheme's form with one of its letters swapped (Zelenskyj, Sybyha): not a foreign spelling
        }
        if (slavic && ENGLISH_SPELLING.matcher(n).find() && foreignAlike(n)) {
            return Verdict.ACCEPTED; // English spelling despite a Slavic-looking ending (Остін - Austin)
        }
        String f = LatinKeys.fold(n);
        String g = closestFold(f);
        if (slavic && part.kind().isPerson() && soundAlike(n) && (g == null || !differentFormant(f, g))) {
            return Verdict.CLOSE; // the same name by sound in another spelling (Nowak - Новак): a spelling question, not another person
        }
        if (g == null || closeness(n) < CLOSE_SIMILARITY) {
            return Verdict.NONE;
        }
        // a similar word with another surname formant is another surname (Gerasimenko for Gerasimov), not a misspelling
        return part.kind().isPerson() && differentFormant(f, g) ? Verdict.NONE : Verdict.CLOSE;
    }

    /**
     * Formants of Slavic (and Caucasian) surnames on folded keys, longest first; a misspelling keeps
     * its name's formant, a different surname of the same stem has another (Gerasimov, Gerasimenko,
     * Gerasimchuk). Spelling variants of one formant share a class (ski, skii, ska).
     */
    private static final String[][] FORMANTS = {{"shvili", "shvili"}, {"ovich", "ich"}, {"evich", "ich"}, {"vich", "ich"},
        {"skaa", "ski"}, {"skii", "ski"}, {"ska", "ski"}, {"ski", "ski"}, {"enko", "enko"}, {"enka", "enko"}, {"chuk", "uk"},
        {"uk", "uk"}, {"ich", "ich"}, {"dze", "dze"}, {"ova", "ov"}, {"eva", "ov"}, {"ov", "ov"}, {"ev", "ov"},
        {"ina", "in"}, {"in", "in"}, {"an", "an"}, {"ets", "ets"}, {"ak", "ak"}, {"ko", "ko"}};

    static String formant(String fold) {
        for (String[] f : FORMANTS) {
            if (fold.endsWith(f[0]) && fold.length() > f[0].length() + 2) {
                return f[1];
            }
        }
        return null;
    }

    /** True when both folded words end in a surname formant and the formants differ. */
    static boolean differentFormant(String a, String b) {
        String fa = formant(a);
        String fb = formant(b);
        return fa != null && fb != null && !fa.equals(fb);
    }

    /** The admitted fold most similar to {@code f} (same first letter), or null. */
    private String closestFold(String f) {
        String best = null;
        double bestSim = -1;
        for (String g : folds) {
            if (g.isEmpty() || f.isEmpty() || g.charAt(0) != f.charAt(0)) {
                continue;
            }
            double sim = g.equals(f) ? 1 : JW.apply(f, g);
            if (sim > bestSim) {
                bestSim = sim;
                best = g;
            }
        }
        return best;
    }

    /**
     * True when {@code n}, rewritten from the spelling of another Latin-script language
     * ({@link NameTables#orthographies()}), is an admitted romanisation; for a name that does not look
     * Slavic, also when the rewritten word folds or sounds like one.
     */
    private boolean otherOrthography(String n) {
        for (NameTables.Orthography o : tables.orthographies()) {
            if (slavic && !o.slavic()) {
                continue;
            }
            String r = o.apply(n);
            if (r.equals(n) || r.isEmpty()) {
                continue;
            }
            if (exactNeutral.contains(r) || exactRu.contains(r) || matches(uk, r) || matches(ru, r)) {
                return true;
            }
            for (String e : expected) {
                if (LatinKeys.normal(e).equals(r)) {
                    return true; // a standard romanisation (Viktoria for Victoria)
                }
            }
            if (!slavic && (folds.contains(LatinKeys.fold(r)) || foreignAlike(r))) {
                return true;
            }
        }
        return false;
    }

    /** Same consonant skeleton or sound key as a romanisation, trying the spellings of other languages. */
    private boolean foreignAlike(String n) {
        if (skeletons.isEmpty()) {
            return false;
        }
        for (String[] r : FOREIGN_SPELLINGS) {
            if (skeletons.contains(LatinKeys.skeleton(n.replace(r[0], r[1])))) {
                return true;
            }
        }
        return soundAlike(n);
    }

    /**
     * Same sound key as a romanisation, with English th read as s, ch as k, an initial h silent, or
     * w read as в (Merriweather - Меррівезер, Nowak - Новак).
     */
    private boolean soundAlike(String n) {
        if (sounds.isEmpty()) {
            return false;
        }
        return soundsAlike(LatinKeys.sound(n)) || soundsAlike(LatinKeys.sound(n.replace("th", "s")))
                || soundsAlike(LatinKeys.sound(n.replace("ch", "k"))) || soundsAlike(LatinKeys.sound(n.startsWith("h") ? n.substring(1) : n))
                || n.indexOf('w') >= 0 && (soundsAlike(LatinKeys.sound(n.replace('w', 'v')))
                    || soundsAlike(LatinKeys.sound(n.replace('w', 'v').replace("th", "s"))));
    }

    /** Sound keys equal, or one class apart when both have five classes or more, with the same first class. */
    private boolean soundsAlike(String key) {
        for (String k : sounds) {
            if (k.isEmpty() || key.isEmpty() || k.charAt(0) != key.charAt(0)) {
                continue;
            }
            if (k.equals(key)) {
                return true;
            }
            if (Math.min(k.length(), key.length()) >= 5 && LEVENSHTEIN.apply(k, key) <= 1) {
                return true;
            }
        }
        return false;
    }

    /** The characters a normal form ({@link LatinKeys#normal}) is made of: the first characters the patterns are probed with. */
    private static final String NORMAL_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-";
    /** A word tag that matches every expectation (a form that starts with a character the probes did not try). */
    static final String ANY_TAG = "*";
    private volatile Set<String> tags;

    NameTables tables() {
        return tables;
    }

    /**
     * What {@link #judge} compares a word's keys with, as tags ({@link #wordTags}): the first
     * character of each exact form (the glossary's, the schemes' exact forms, the expected forms) and
     * each first character with which a romanisation pattern can match (probed: a pattern that fails
     * on one character without reaching its end fails on every word that starts with it), the first
     * character of each fold (a fold is compared only with folds that start alike), each skeleton,
     * and the first class of each sound key (compared only with keys that start alike). A word none of
     * whose tags is among these gets {@link Verdict#NONE} from every comparison of {@link #judgeWord},
     * so a bead of thousands of names compares each name only with the words that share a tag.
     */
    Set<String> tags() {
        Set<String> t = tags;
        if (t == null) {
            t = buildTags();
            tags = t;
        }
        return t;
    }

    private Set<String> buildTags() {
        Set<String> t = new java.util.HashSet<>();
        List<Set<String>> exact = new ArrayList<>(List.of(exactNeutral, exactRu));
        if (glossary != null) {
            exact.add(glossary.accepted());
            exact.add(glossary.forbidden());
        }
        for (Set<String> set : exact) {
            for (String x : set) {
                if (!x.isEmpty()) {
                    t.add("N" + x.charAt(0));
                }
            }
        }
        for (String e : expected) {
            String x = LatinKeys.normal(e);
            if (!x.isEmpty()) {
                t.add("N" + x.charAt(0));
            }
        }
        for (List<Pattern> ps : List.of(uk, ru, be)) {
            for (Pattern p : ps) {
                for (int i = 0; i < NORMAL_CHARS.length(); i++) {
                    java.util.regex.Matcher m = p.matcher(NORMAL_CHARS.substring(i, i + 1));
                    if (m.matches() || m.hitEnd()) {
                        t.add("N" + NORMAL_CHARS.charAt(i));
                    }
                }
            }
        }
        for (String f : folds) {
            t.add(f.isEmpty() ? "F" : "F" + f.charAt(0));
        }
        for (String k : skeletons) {
            t.add("K" + k);
        }
        for (String k : sounds) {
            if (!k.isEmpty()) {
                t.add("S" + k.charAt(0));
            }
        }
        return Set.copyOf(t);
    }

    /**
     * The tags of {@code word} ({@link #tags}): of every form {@link #judge} derives from it (its
     * normal form, its Polish spelling, its rewritings by each orthography, its full names by the
     * nickname table, with or without a final s), the first character (exact forms and patterns),
     * the fold's first character, the consonant skeletons after each respelling and the sound keys'
     * first classes; {@link #ANY_TAG} when a form starts with a character the patterns were not
     * probed with.
     */
    static Set<String> wordTags(String word, NameTables tables) {
        Set<String> out = new java.util.HashSet<>();
        addWordTags(word, tables, out, new java.util.HashSet<>());
        return out;
    }

    private static void addWordTags(String word, NameTables tables, Set<String> out, Set<String> seen) {
        if (!seen.add(word)) {
            return;
        }
        formTags(word, tables, out, seen);
        if (hasPolishLetters(word)) {
            formTags(polishDigraphs(word), tables, out, seen);
        }
        if (hasDigraphLetters(word)) {
            formTags(soundDigraphs(word), tables, out, seen);
        }
    }

    private static void formTags(String word, NameTables tables, Set<String> out, Set<String> seen) {
        String n = LatinKeys.normal(word);
        if (n.isEmpty()) {
            return;
        }
        firstTag(n, out);
        foldTag(n, out);
        foreignTags(n, out);
        if (n.length() > 4 && n.endsWith("s")) {
            foreignTags(n.substring(0, n.length() - 1), out);
        }
        foreignTags(n + "s", out);
        for (NameTables.Orthography o : tables.orthographies()) {
            String r = o.apply(n);
            if (r.equals(n) || r.isEmpty()) {
                continue;
            }
            firstTag(r, out);
            foldTag(r, out);
            foreignTags(r, out);
        }
        for (String full : tables.fullNames(n)) {
            addWordTags(full, tables, out, seen);
        }
    }

    private static void firstTag(String form, Set<String> out) {
        char c = form.charAt(0);
        out.add(NORMAL_CHARS.indexOf(c) >= 0 ? "N" + c : ANY_TAG);
    }

    private static void foldTag(String normal, Set<String> out) {
        String f = LatinKeys.fold(normal);
        out.add(f.isEmpty() ? "F" : "F" + f.charAt(0));
    }

    /** The keys {@link #foreignAlike} and {@link #soundAlike} compare for {@code n}. */
    private static void foreignTags(String n, Set<String> out) {
        for (String[] r : FOREIGN_SPELLINGS) {
            out.add("K" + LatinKeys.skeleton(n.replace(r[0], r[1])));
        }
        String noH = n.startsWith("h") ? n.substring(1) : n;
        for (String v : new String[] {n, n.replace("th", "s"), n.replace("ch", "k"), noH, n.replace('w', 'v'),
            n.replace('w', 'v').replace("th", "s")}) {
            String k = LatinKeys.sound(v);
            if (!k.isEmpty()) {
                out.add("S" + k.charAt(0));
            }
        }
    }

    /** The best similarity of folded keys between {@code normal} and the admitted forms, 1 when a fold is equal. */
    public double closeness(String normal) {
        String f = LatinKeys.fold(normal);
        if (f.length() < 3) {
            return 0;
        }
        double best = 0;
        for (String g : folds) {
            if (g.equals(f)) {
                return 1;
            }
            if (g.isEmpty() || g.charAt(0) != f.charAt(0)) {
                continue;
            }
            best = Math.max(best, JW.apply(f, g));
        }
        return best;
    }

    private static boolean matches(List<Pattern> patterns, String n) {
        for (Pattern p : patterns) {
            if (p.matcher(n).matches()) {
                return true;
            }
        }
        return false;
    }
}
