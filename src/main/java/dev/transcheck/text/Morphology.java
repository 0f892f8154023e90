package dev.transcheck.text;

import dev.transcheck.lang.LanguageProfile;
import dev.transcheck.lang.LanguageProfiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Dictionary lookup of a word form: lemmas with morphological tags (see shared/notes/MORPHOLOGY.md).
 * Ukrainian uses LanguageTool's dictionary (case-sensitive, has prop:fname/lname/pname/geo tags);
 * Russian uses the AOT dictionary (lower-cased lookup, NN:Name/Fam/Patr tags).
 * Thread-safe: the dictionaries are immutable and a lookup object is made per call.
 */
public final class Morphology {
    /** One reading of a word form. */
    public record Reading(String lemma, String tag) {
    }

    private final Dictionary dictionary;
    private final boolean lowerCase;
    private final Locale locale;

    private Morphology(Dictionary dictionary, boolean lowerCase, Locale locale) {
        this.dictionary = dictionary;
        this.lowerCase = lowerCase;
        this.locale = locale;
    }

    private static final java.util.Map<String, java.util.Optional<Morphology>> SHARED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The morphology of {@code lang} loaded once per JVM (on first use) and shared by every caller,
     * or null when the language has none.
     */
    public static Morphology shared(String lang) {
        return SHARED.computeIfAbsent(lang, l -> java.util.Optional.ofNullable(load(l))).orElse(null);
    }

    /** The morphology of {@code lang} (the {@code morphology} of its profile), or null when it has none. */
    public static Morphology load(String lang) {
        LanguageProfile profile = LanguageProfiles.of(lang);
        return profile.morphology()
                .map(resource -> new Morphology(read(resource), profile.morphologyLowerCase(), profile.locale()))
                .orElse(null);
    }

    private static Dictionary read(String resource) {
        URL url = Morphology.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("morphology dictionary missing from the classpath: " + resource);
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All readings of {@code word} as written (Ukrainian) or lower-cased (Russian). Empty when unknown. */
    public List<Reading> lookup(String word) {
        return lookup(word, new DictionaryLookup(dictionary));
    }

    /** A lookup object for {@link #lookup(String, DictionaryLookup)}: reusable, not thread-safe. */
    DictionaryLookup newLookup() {
        return new DictionaryLookup(dictionary);
    }

    /** Like {@link #lookup(String)}, with a lookup object of this morphology's (one thread at a time). */
    List<Reading> lookup(String word, DictionaryLookup lookup) {
        String key = lowerCase ? word.toLowerCase(locale) : word;
        List<Reading> out = new ArrayList<>();
        for (WordData wd : lookup.lookup(key)) {
            out.add(new Reading(String.valueOf(wd.getStem()), wd.getTag() == null ? "" : String.valueOf(wd.getTag())));
        }
        return out;
    }
}
