package dev.transcheck.text.analysis;

import dev.transcheck.lang.LanguageProfile.DataFile;
import dev.transcheck.lang.LanguageProfiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Declension rules for words the dictionary lacks (new officials, foreign names in Cyrillic):
 * strips the case endings of a per-language table ({@code lang/<code>/endings.txt}) so that all
 * case forms of a name share one stem (Белоусова, Белоусову, Белоусовым → белоусов; Сибіги,
 * Сибігою, Сибіго → сибіг). Indeclinable names (Лукашенко in Russian, -ых, -енко for women) keep
 * one written form, so their stem is the same in every position. Immutable.
 */
public final class Declension {
    /** A stem keeps at least this many letters. */
    static final int MIN_STEM = 3;

    private static final Declension NONE = new Declension(List.of());

    private final List<String> endings;

    private Declension(List<String> endings) {
        List<String> sorted = new ArrayList<>(endings);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.endings = List.copyOf(sorted);
    }

    /** The rules of {@code lang}, or rules that strip nothing when the language has no table. */
    public static Declension of(String lang) {
        String text = LanguageProfiles.of(lang).data(DataFile.ENDINGS).orElse(null);
        if (text == null) {
            return NONE;
        }
        List<String> endings = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String e = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (!e.isEmpty()) {
                    for (String part : e.split("\\s+")) {
                        endings.add(TextNormalizer.fold(part));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Declension(endings);
    }

    public boolean isEmpty() {
        return endings.isEmpty();
    }

    /**
     * The candidate stems of a folded word: the word without each listed ending it has (keeping
     * {@link #MIN_STEM} letters), or the word itself when none applies. Several candidates because
     * an ending may also be the end of the stem (Андрей → андре or андр; Андреем → андр).
     */
    public Set<String> stems(String folded) {
        Set<String> out = new HashSet<>(4);
        for (String e : endings) {
            if (folded.length() - e.length() >= MIN_STEM && folded.endsWith(e)) {
                out.add(folded.substring(0, folded.length() - e.length()));
            }
        }
        if (out.isEmpty()) {
            out.add(folded);
        }
        return out;
    }
}
