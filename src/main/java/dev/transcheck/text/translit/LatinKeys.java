package dev.transcheck.text.translit;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keys of Latin-script words for comparing romanisations: a plain normal form, a fold that
 * merges the usual romanisation variants (y/i/j, ie/ye/e, kh/h, g/h, ck/k, doubled letters; not w,
 * which no Slavic scheme writes), and a
 * consonant skeleton for foreign names written back from Cyrillic (Рютте - Rutte, Шольц - Scholz).
 * Pure functions; thread-safe.
 */
public final class LatinKeys {
    private LatinKeys() {
    }

    /**
     * The keys already taken, by word: a sentence listing a thousand different names compares each
     * name with each word, and every comparison took the word's keys afresh (a chain of replacements
     * and regular expressions). Cleared when it holds {@link #MEMO_LIMIT} words, so it stays small.
     */
    private static final int MEMO_LIMIT = 100_000;
    private static final java.util.Map<String, String> NORMAL = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, String> FOLD = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, String> SKELETON = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, String> SOUND = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code key}'s value in {@code memo}, computed by {@code f} when absent (a pure function: the same value). */
    static String memo(java.util.Map<String, String> memo, String key, java.util.function.UnaryOperator<String> f) {
        String v = memo.get(key);
        if (v == null) {
            v = f.apply(key);
            if (memo.size() >= MEMO_LIMIT) {
                memo.clear();
            }
            memo.put(key, v);
        }
        return v;
    }

    // compiled once: these keys are taken for every name word compared, many times a document
    private static final Pattern POSSESSIVE = Pattern.compile("(?i)['’ʼ]s$");
    private static final Pattern INITIAL_U = Pattern.compile("^u(?=[aeiy])");
    private static final Pattern SOFT_C = Pattern.compile("c(?=[eiy])");
    private static final Pattern SOFT_G = Pattern.compile("g(?=[eiy])");
    private static final Pattern INITIAL_H = Pattern.compile("^h");

    /**
     * Lower-case ASCII letters of a word: diacritics and apostrophes and soft-sign marks removed,
     * an English possessive ('s) stripped.
     */
    public static String normal(String word) {
        return memo(NORMAL, word, LatinKeys::normalOf);
    }

    static String normalOf(String word) {
        String w = POSSESSIVE.matcher(word).replaceAll("");
        String a = AsciiLatin.of(w).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(a.length());
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Merges the variants that romanisation schemes disagree on; equal folds mean "the same name, spelt another way". */
    public static String fold(String normal) {
        return memo(FOLD, normal, LatinKeys::foldOf);
    }

    static String foldOf(String normal) {
        String s = normal.replace("-", "");
        s = s.replace("tsch", "ch").replace("shch", "sc").replace("sch", "sc").replace("kh", "h").replace("g", "h")
                .replace("ck", "k").replace("ks", "x").replace("tz", "ts");
        s = s.replace('j', 'i').replace('y', 'i');
        s = s.replace("ie", "e").replace("iu", "u").replace("ia", "a").replace("io", "o");
        return collapse(s);
    }

    /**
     * The consonant skeleton of a name: English spelling conventions folded (c/k, ph/f, th/t,
     * sch/sh, w/v, z/ts, dzh/j), vowels after the first letter dropped, doubled letters merged.
     */
    public static String skeleton(String normal) {
        return memo(SKELETON, normal, LatinKeys::skeletonOf);
    }

    static String skeletonOf(String normal) {
        String s = INITIAL_U.matcher(normal.replace("-", "")).replaceAll("v");
        s = s.replace("dzh", "J").replace("dj", "J").replace("tsch", "C").replace("sch", "S").replace("sh", "S")
                .replace("ch", "C").replace("zh", "Z").replace("kh", "H").replace("ph", "f").replace("th", "t")
                .replace("ck", "k").replace("tz", "Q").replace("ts", "Q").replace("z", "Q").replace("x", "ks")
                .replace("q", "k").replace("w", "v");
        s = SOFT_C.matcher(s).replaceAll("s").replace('c', 'k');
        s = s.replace("J", "j").replace("C", "ch").replace("S", "sh").replace("Z", "zh").replace("H", "h").replace("Q", "c");
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder().append(s.charAt(0) == 'j' || s.charAt(0) == 'y' ? 'y' : s.charAt(0));
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("aeiouyj".indexOf(c) < 0 && !(c == 'h' && "cszk".indexOf(s.charAt(i - 1)) < 0)) {
                sb.append(c);
            }
        }
        return collapse(sb.toString());
    }

    /**
     * A coarse sound key of a name for telling "the same foreign name, written back from Cyrillic by
     * other conventions" (Kavanaugh - Кавано, Gerrard - Джеррард, Rosenstein - Розенштейн, Vettel -
     * Феттель) from "another name": English spelling groups reduced (gh silent, ough/augh as o, dge
     * and soft g as j, chr as k, th as t), consonants merged into classes (b/p, v/f/w, k/g/c/q/kh/h,
     * t/d, s/z/c/ts, sh/ch/zh/j), vowels and w/y dropped, repeats merged.
     */
    public static String sound(String normal) {
        return memo(SOUND, normal, LatinKeys::soundOf);
    }

    static String soundOf(String normal) {
        String s = normal.replace("-", "");
        s = s.replace("ough", "o").replace("augh", "o").replace("gh", "").replace("tch", "C").replace("dge", "C")
                .replace("dzh", "C").replace("shch", "C").replace("sch", "C").replace("chr", "kr").replace("ch", "C")
                .replace("sh", "C").replace("zh", "C").replace("kh", "k").replace("th", "t").replace("ph", "f")
                .replace("ck", "k").replace("ts", "s").replace("tz", "s").replace("x", "ks");
        s = SOFT_C.matcher(SOFT_G.matcher(s).replaceAll("C")).replaceAll("s");
        s = INITIAL_H.matcher(s).replaceAll("k").replace("h", "");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char k = switch (c) {
                case 'b', 'p' -> 'B';
                case 'v', 'f' -> 'V';
                case 'k', 'g', 'c', 'q' -> 'K';
                case 't', 'd' -> 'T';
                case 's', 'z' -> 'S';
                case 'C', 'j' -> 'J';
                case 'l' -> 'L';
                case 'm' -> 'M';
                case 'n' -> 'N';
                case 'r' -> 'R';
                default -> 0;
            };
            if (k != 0 && (sb.length() == 0 || sb.charAt(sb.length() - 1) != k)) {
                sb.append(k);
            }
        }
        return sb.toString();
    }

    private static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    /** {@code word} with its first letter upper-case and the rest lower-case. */
    public static String capitalise(String word) {
        if (word.isEmpty()) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
