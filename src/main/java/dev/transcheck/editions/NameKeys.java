package dev.transcheck.editions;

import dev.transcheck.lang.LanguageProfile;
import dev.transcheck.lang.LanguageProfile.DataFile;
import dev.transcheck.lang.LanguageProfiles;
import dev.transcheck.text.TextFacts;
import dev.transcheck.text.translit.LatinKeys;
import dev.transcheck.text.translit.Romanizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A language-neutral sound key of a name as any edition writes it, so that Зеленський,
 * Zelensky, Selenskyj and Zełenski compare equal. Cyrillic words are romanised the common-English
 * way ({@link Romanizer#commonEnglish}); a Latin-script word of a language whose profile has a
 * {@code cyrillic-names.tsv} (German, Polish) is first rewritten from its press spelling to the
 * English one by rules derived from that table (German tsch, sch, w, j; Polish cz, sz, rz, w, j:
 * each alternative of a Cyrillic letter is mapped to the English romanisation of the same letter,
 * unless two letters that sound different share it, as Polish z does for з and ж). The result goes
 * through {@link LatinKeys#sound}. Thread-safe.
 */
final class NameKeys {
    private final Romanizer romanizer;
    private final Map<String, List<String[]>> rewrites = new ConcurrentHashMap<>();

    NameKeys(Romanizer romanizer) {
        this.romanizer = romanizer;
    }

    /** The sound key of one word written in {@code lang}; empty when it has no letters. */
    String key(String word, String lang) {
        return LatinKeys.sound(letters(word, lang));
    }

    /**
     * The word in plain English-like Latin letters, before the sound key: a Cyrillic word romanised
     * by the Russian table for every Cyrillic language (г as g: a foreign name's g is г in
     * Ukrainian too, Нугрохо, Грег), a German or Polish word read back from its press spelling.
     */
    String letters(String word, String lang) {
        if (word.isEmpty()) {
            return "";
        }
        if (TextFacts.isCyrillic(word.charAt(0))) {
            return LatinKeys.normal(romanizer.commonEnglish(word.toLowerCase(Locale.ROOT), "ru"));
        }
        return rewrite(LatinKeys.normal(word), lang);
    }

    /** 1 minus the edit distance of two letter forms over the longer length (1: equal). */
    static double similarity(String a, String b) {
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1 : 1 - (double) distance(a, b) / max;
    }

    /**
     * True when two keys name the same thing: equal, or one a prefix of the other differing by at
     * most two sound classes (a case ending: Бєлоусовим, Biełousowem, Beloussows), the shorter
     * with at least three.
     */
    static boolean same(String a, String b) {
        return sameKey(a, b) || sameKey(mutated(a), b) || sameKey(a, mutated(b));
    }

    /**
     * A key whose last class is a sibilant read as the velar it alternates with in Slavic case
     * endings (Ломбок - Ломбоці, Ірак - Іраці, Прага - Празі): K for a final S.
     */
    private static String mutated(String key) {
        return key.length() >= 4 && key.endsWith("S") ? key.substring(0, key.length() - 1) + "K" : key;
    }

    private static boolean sameKey(String a, String b) {
        if (a.length() < 3 || b.length() < 3) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return longer.startsWith(shorter) && longer.length() - shorter.length() <= 2;
    }

    /** Levenshtein distance of two keys (for ranking a replacement against the name it replaced). */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private String rewrite(String normal, String lang) {
        List<String[]> rules = rewrites.computeIfAbsent(LanguageProfiles.of(lang).code(), this::rules);
        if (rules.isEmpty()) {
            return normal;
        }
        StringBuilder sb = new StringBuilder(normal.length() + 4);
        int i = 0;
        while (i < normal.length()) {
            String[] hit = null;
            for (String[] r : rules) {
                if (normal.startsWith(r[0], i)) {
                    hit = r;
                    break;
                }
            }
            if (hit == null) {
                sb.append(normal.charAt(i++));
            } else {
                sb.append(hit[1]);
                i += hit[0].length();
            }
        }
        return sb.toString();
    }

    /** Press spelling to English spelling, longest first, from the language's cyrillic-names.tsv. */
    private List<String[]> rules(String lang) {
        LanguageProfile p = LanguageProfiles.of(lang);
        String table = p.data(DataFile.CYRILLIC_NAMES).orElse(null);
        if (table == null) {
            return List.of();
        }
        Map<String, String> to = new HashMap<>();
        Set<String> conflicts = new HashSet<>();
        for (String line : table.split("\n")) {
            if (line.isBlank() || line.startsWith("#") || line.indexOf('\t') < 0) {
                continue;
            }
            String[] cols = line.split("\t");
            String letters = cols[0].replace("^", "").replace("$", "").trim();
            if (letters.isEmpty() || cols.length < 2) {
                continue;
            }
            String english = LatinKeys.normal(romanizer.commonEnglish(letters, "ru")).toLowerCase(Locale.ROOT);
            if (english.isEmpty()) {
                continue;
            }
            for (String alt : cols[1].trim().split("\\|")) {
                alt = alt.trim();
                if (alt.isEmpty() || alt.equals("h")) {
                    continue; // h is silent or a breath in the language's own words (Jahr): never rewritten
                }
                // identities are kept: they block a letter that sounds otherwise in another row
                String before = to.putIfAbsent(alt, english);
                if (before != null && !LatinKeys.sound(before).equals(LatinKeys.sound(english))) {
                    conflicts.add(alt);
                }
            }
        }
        List<String[]> out = new ArrayList<>();
        for (Map.Entry<String, String> e : to.entrySet()) {
            if (!conflicts.contains(e.getKey())) {
                out.add(new String[] {e.getKey(), e.getValue()});
            }
        }
        out.sort(Comparator.comparingInt((String[] r) -> -r[0].length()).thenComparing(r -> r[0]));
        return List.copyOf(out);
    }
}
