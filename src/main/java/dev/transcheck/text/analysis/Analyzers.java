package dev.transcheck.text.analysis;

import dev.transcheck.Resources;
import dev.transcheck.text.Morphology;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The word analyzer of a language: morphology and declension rules where we have them, else Latin-style folding and stemming. */
public final class Analyzers {
    private Analyzers() {
    }

    private record Key(String lang) {
    }

    /** The analyzer of {@code lang}, built once per {@link Resources}. */
    public static WordAnalyzer of(String lang, Resources resources) {
        return resources.shared(new Key(lang), () -> build(lang, resources));
    }

    /** The function-word tag prefixes of {@code lang} from {@code function-tags.txt}. */
    static List<String> functionTags(String lang) {
        try (InputStream in = Analyzers.class.getResourceAsStream("function-tags.txt")) {
            if (in == null) {
                return List.of();
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.startsWith(lang + " ")) {
                    return List.of(l.substring(lang.length()).trim().split("\\s+"));
                }
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WordAnalyzer build(String lang, Resources resources) {
        Morphology m = resources.morphology(lang);
        Declension d = Declension.of(lang);
        if (m != null || !d.isEmpty()) {
            return new MorphologyAnalyzer(m, d, Locale.forLanguageTag(lang), functionTags(lang));
        }
        return LatinAnalyzer.of(lang);
    }
}
