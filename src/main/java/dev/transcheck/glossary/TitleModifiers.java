package dev.transcheck.glossary;

import dev.transcheck.lang.LanguageProfile.DataFile;
import dev.transcheck.lang.LanguageProfiles;
import dev.transcheck.text.analysis.TextNormalizer;
import dev.transcheck.text.analysis.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rank modifiers of an office in one language (deputy, first deputy, acting, former), read from
 * the language profile's {@code title-modifiers.txt} (docs/LANGUAGES.md). An office with a different
 * set of modifiers is a different office: "deputy defence minister" is not "defence minister".
 */
public final class TitleModifiers {
    /** One form of a kind: its words, each folded; a word ending in {@code *} or {@code +} is a prefix. */
    private record Form(String kind, List<String> words) {
    }

    private static final Map<String, TitleModifiers> CACHE = new ConcurrentHashMap<>();
    private static final TitleModifiers NONE = new TitleModifiers(List.of(), Set.of());

    /**
     * At most this many describing words may stand between a modifier and its office for
     * {@link #kindsAtLoose} ("former longtime governor", «колишній багаторічний губернатор»).
     */
    static final int LOOSE_GAP = 2;

    /** Longest forms first, so that "first deputy" wins over "deputy". */
    private final List<Form> forms;
    /** The language's function words (its profile's guess words), which end a loose scan. */
    private final Set<String> functionWords;

    private TitleModifiers(List<Form> forms, Set<String> functionWords) {
        List<Form> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt((Form f) -> -f.words().size()));
        this.forms = List.copyOf(sorted);
        this.functionWords = Set.copyOf(functionWords);
    }

    /** The modifiers of {@code lang}; none when its profile has no {@code title-modifiers.txt}. */
    public static TitleModifiers of(String lang) {
        return CACHE.computeIfAbsent(lang, l -> LanguageProfiles.of(l).data(DataFile.TITLE_MODIFIERS)
                .map(t -> parse(t, LanguageProfiles.of(l).functionWords())).orElse(NONE));
    }

    static TitleModifiers parse(String text) {
        return parse(text, Set.of());
    }

    static TitleModifiers parse(String text, Set<String> functionWords) {
        List<Form> out = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int sp = line.indexOf(' ');
            if (sp < 0) {
                continue;
            }
            String kind = line.substring(0, sp);
            for (String form : line.substring(sp + 1).split("\\|")) {
                List<String> words = new ArrayList<>();
                for (String w : form.strip().split("\\s+")) {
                    String f = w.replace("-", "");
                    if (!f.isEmpty()) {
                        words.add(f.endsWith("*") || f.endsWith("+")
                                ? TextNormalizer.fold(f.substring(0, f.length() - 1)) + f.charAt(f.length() - 1)
                                : TextNormalizer.fold(f));
                    }
                }
                if (!words.isEmpty()) {
                    out.add(new Form(kind, List.copyOf(words)));
                }
            }
        }
        Set<String> fw = new java.util.HashSet<>();
        for (String w : functionWords) {
            fw.add(TextNormalizer.fold(w));
        }
        return new TitleModifiers(out, fw);
    }

    public boolean isEmpty() {
        return forms.isEmpty();
    }

    /**
     * A pattern ending in {@code *} matches any word it begins; one ending in {@code +} is a prefix
     * written together with the office word (віце+ in «віцепрем'єр», the 2019 Ukrainian spelling):
     * it matches a word that begins with it and goes on for at least three more letters.
     */
    private static boolean matches(String pattern, String word) {
        if (pattern.endsWith("+")) {
            String prefix = pattern.substring(0, pattern.length() - 1);
            return word.length() >= prefix.length() + 3 && word.startsWith(prefix);
        }
        return pattern.endsWith("*") ? word.startsWith(pattern.substring(0, pattern.length() - 1)) : word.equals(pattern);
    }

    /**
     * True when the folded word is a word of some modifier form. A word that only carries a glued
     * prefix («віцепрем'єр») is an office word, not a modifier word.
     */
    public boolean isModifierWord(String folded) {
        if (plainModifierWord(folded)) {
            return true;
        }
        return gluedSplit(folded) != null;
    }

    private boolean plainModifierWord(String folded) {
        for (Form f : forms) {
            for (String p : f.words()) {
                if (!p.endsWith("+") && matches(p, folded)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A modifier word written together with a glued prefix of another kind («ексзаступника»: екс-
     * is written together with the noun in the 2019 Ukrainian spelling, so "former deputy" is one
     * word): the prefix and the rest, or null when the word is not such a compound.
     */
    private String[] gluedSplit(String folded) {
        for (Form f : forms) {
            if (f.words().size() != 1 || !f.words().get(0).endsWith("+")) {
                continue;
            }
            String p = f.words().get(0);
            String prefix = p.substring(0, p.length() - 1);
            if (folded.length() >= prefix.length() + 3 && folded.startsWith(prefix)) {
                String rest = folded.substring(prefix.length());
                if (plainModifierWord(rest)) {
                    return new String[] {prefix + "+", rest};
                }
            }
        }
        return null;
    }

    /** The kinds of modifier that the folded words hold, each run of words matched by its longest form. */
    public Set<String> kinds(List<String> input) {
        Set<String> out = new TreeSet<>();
        List<String> words = new ArrayList<>(input.size());
        for (String w : input) {
            String[] split = plainModifierWord(w) ? null : gluedSplit(w);
            if (split == null) {
                words.add(w);
            } else {
                out.add(kindOfPrefix(split[0]));
                words.add(split[1]);
            }
        }
        int i = 0;
        while (i < words.size()) {
            Form hit = null;
            for (Form f : forms) {
                if (i + f.words().size() <= words.size()) {
                    boolean all = true;
                    for (int k = 0; k < f.words().size() && all; k++) {
                        all = matches(f.words().get(k), words.get(i + k));
                    }
                    if (all) {
                        hit = f;
                        break;
                    }
                }
            }
            if (hit != null) {
                out.add(hit.kind());
                i += hit.words().size();
            } else {
                i++;
            }
        }
        return out;
    }

    private String kindOfPrefix(String pattern) {
        for (Form f : forms) {
            if (f.words().size() == 1 && f.words().get(0).equals(pattern)) {
                return f.kind();
            }
        }
        throw new IllegalStateException(pattern);
    }

    /**
     * The modifier kinds of the office written in tokens {@code first..last} of a sentence: the
     * words of the office itself ("vice" in "vice-premier") and the run of modifier words just
     * before it ("deputy" in "Deputy Defence Minister", "заступник" in "заступник міністра"), across
     * at most one capitalised word that is not a modifier ("former US president").
     */
    public Set<String> kindsAt(List<Token> toks, int first, int last) {
        if (forms.isEmpty()) {
            return Set.of();
        }
        List<String> before = new ArrayList<>();
        int skipped = 0;
        for (int j : wordsBefore(toks, first)) {
            Token t = toks.get(j);
            String w = TextNormalizer.fold(t.text());
            if (isModifierWord(w)) {
                before.add(0, w);
            } else if (t.capitalised() && skipped < 2 && j > 0) {
                skipped++;
            } else {
                break;
            }
        }
        List<String> words = new ArrayList<>(before);
        for (int j = first; j <= last && j < toks.size(); j++) {
            if (toks.get(j).isWord()) {
                words.add(TextNormalizer.fold(toks.get(j).text()));
            }
        }
        return kinds(words);
    }

    /**
     * Like {@link #kindsAt}, but a modifier may also stand up to {@value #LOOSE_GAP} describing words
     * before the office: "former" in "the former longtime governor", «колишній» in «колишній
     * багаторічний губернатор». Such a modifier may belong to the office or to another noun, so it
     * only excuses a difference ({@link #compatible}); it never makes one. The scan stops at
     * punctuation and at short or function words (the, of, в, та), which begin another phrase.
     */
    public Set<String> kindsAtLoose(List<Token> toks, int first, int last) {
        if (forms.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new TreeSet<>(kindsAt(toks, first, last));
        List<String> before = new ArrayList<>();
        int skipped = 0;
        for (int j : wordsBefore(toks, first)) {
            Token t = toks.get(j);
            String w = TextNormalizer.fold(t.text());
            if (isModifierWord(w)) {
                before.add(0, w);
                continue;
            }
            if (!before.isEmpty()) {
                Set<String> k = kinds(before);
                if (k.isEmpty()) {
                    break; // words of a modifier that is not there ("и" of "и. о." is the conjunction)
                }
                out.addAll(k);
                before.clear();
            }
            boolean describing = t.capitalised() || w.length() >= 4 && !functionWords.contains(w);
            if (!describing || ++skipped > LOOSE_GAP) {
                break;
            }
        }
        out.addAll(kinds(before));
        return out;
    }

    /**
     * The indices of the words before token {@code first}, nearest first, read over hyphens and
     * abbreviation dots (Deputy Prime-Minister, и. о.) and up to the first other non-word token.
     */
    private static List<Integer> wordsBefore(List<Token> toks, int first) {
        List<Integer> out = new ArrayList<>();
        for (int j = first - 1; j >= 0; j--) {
            Token t = toks.get(j);
            if (t.kind() == Token.Kind.HYPHEN || (t.kind() == Token.Kind.PUNCT && t.text().equals("."))) {
                continue;
            }
            if (!t.isWord()) {
                break;
            }
            out.add(j);
        }
        return out;
    }

    /**
     * True when two mentions of one office can carry the same rank: some set of kinds lies between
     * each side's certain kinds ({@link #kindsAt}) and its possible ones ({@link #kindsAtLoose}).
     */
    public static boolean compatible(Set<String> strictA, Set<String> looseA, Set<String> strictB, Set<String> looseB) {
        Set<String> need = new TreeSet<>(strictA);
        need.addAll(strictB);
        return looseA.containsAll(need) && looseB.containsAll(need);
    }
}
