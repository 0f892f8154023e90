package dev.transcheck.text.translit;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that mix look-alike letters of two scripts ("Лукашенкo" with a Latin o). ICU's
 * {@link SpoofChecker} at the highly-restrictive level decides; a small table of look-alikes
 * gives the repaired word. Thread-safe.
 */
public final class MixedScript {
    /** One mixed word: UTF-16 offsets into the scanned text, the word, its repair in the majority script. */
    public record Hit(int start, int end, String word, String repaired, int majorityScript) {
    }

    /** A word without hyphens: "CBCT-анализа" or "B-режима" join an abbreviation to a Cyrillic word legitimately. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’ʼ][\\p{L}\\p{M}]+)*");
    // Latin letter -> Cyrillic look-alike, and back
    private static final String LATIN = "aceopxyiABCEHKMOPTXI";
    private static final String CYRIL = "асеорхуіАВСЕНКМОРТХІ";

    /**
     * ICU's checker, built on the first word that mixes Latin and Cyrillic letters: most texts have
     * none, and building it loads ICU's confusables data (start-up, docs/performance.md).
     */
    private static final class Checker {
        static final SpoofChecker INSTANCE = new SpoofChecker.Builder()
                .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.MIXED_SCRIPT_CONFUSABLE)
                .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
                .build();
    }

    /** The mixed-script words of {@code text}. */
    public List<Hit> find(String text) {
        List<Hit> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            int latin = 0;
            int cyr = 0;
            for (int i = 0; i < w.length(); i++) {
                int sc = UScript.getScript(w.charAt(i));
                if (sc == UScript.LATIN) {
                    latin++;
                } else if (sc == UScript.CYRILLIC) {
                    cyr++;
                }
            }
            if (latin == 0 || cyr == 0) {
                continue;
            }
            if (!Checker.INSTANCE.failsChecks(w)) {
                continue;
            }
            int major = cyr >= latin ? UScript.CYRILLIC : UScript.LATIN;
            String repaired = repair(w, major);
            if (repaired == null) {
                continue; // not look-alike letters ("группаFS": a missing space, "Николаяyevich": half-translated)
            }
            out.add(new Hit(m.start(), m.end(), w, repaired, major));
        }
        return out;
    }

    private static String repair(String w, int major) {
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            int sc = UScript.getScript(c);
            if (major == UScript.CYRILLIC && sc == UScript.LATIN) {
                int k = LATIN.indexOf(c);
                if (k < 0) {
                    return null;
                }
                sb.append(CYRIL.charAt(k));
            } else if (major == UScript.LATIN && sc == UScript.CYRILLIC) {
                int k = CYRIL.indexOf(c);
                if (k < 0) {
                    return null;
                }
                sb.append(LATIN.charAt(k));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
