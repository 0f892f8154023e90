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
    /** One form of a kind: its words, each folded; a word ending in {@code *} is a prefix. */
    private record Form(String kind, List<String> words) {
    }

    private static final Map<String, TitleModifiers> CACHE = new ConcurrentHashMap<>();
    private static final TitleModifiers NONE = new TitleModifiers(List.of());

    /** Longest forms first, so that "first deputy" wins over "deputy". */
    private final List<Form> forms;

    private TitleModifiers(List<Form> forms) {
        List<Form> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt((Form f) -> -f.words().size()));
        this.forms = List.copyOf(sorted);
    }

    /** The modifiers of {@code lang}; none when its profile has no {@code title-modifiers.txt}. */
    public static TitleModifiers of(String lang) {
        return CACHE.computeIfAbsent(lang, l -> LanguageProfiles.of(l).data(DataFile.TITLE_MODIFIERS)
                .map(TitleModifiers::parse).orElse(NONE));
    }

    static TitleModifiers parse(String text) {
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
                        words.add(f.endsWith("*") ? TextNormalizer.fold(f.substring(0, f.length() - 1)) + "*"
                                : TextNormalizer.fold(f));
                    }
                }
                if (!words.isEmpty()) {
                    out.add(new Form(kind, List.copyOf(words)));
                }
            }
        }
        return new TitleModifiers(out);
    }

    public boolean isEmpty() {
        return forms.isEmpty();
    }

    private static boolean matches(String pattern, String word) {
        return pattern.endsWith("*") ? word.startsWith(pattern.substring(0, pattern.length() - 1)) : word.equals(pattern);
    }

    /** True when the folded word is a word of some modifier form. */
    public boolean isModifierWord(String folded) {
        for (Form f : forms) {
            for (String p : f.words()) {
                if (matches(p, folded)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The kinds of modifier that the folded words hold, each run of words matched by its longest form. */
    public Set<String> kinds(List<String> words) {
        Set<String> out = new TreeSet<>();
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
        for (int j = first - 1; j >= 0; j--) {
            Token t = toks.get(j);
            if (t.kind() == Token.Kind.HYPHEN || (t.kind() == Token.Kind.PUNCT && t.text().equals("."))) {
                continue;
            }
            if (!t.isWord()) {
                break;
            }
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
}
