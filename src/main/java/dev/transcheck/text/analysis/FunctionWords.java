package dev.transcheck.text.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Words of a language that start sentences but are never names (pronouns, determiners,
 * conjunctions, sentence adverbs), from {@code function-words/<lang>.txt}; empty for a language
 * without a list. Folded with {@link TextNormalizer#fold}.
 */
public final class FunctionWords {
    private FunctionWords() {
    }

    public static Set<String> of(String lang) {
        InputStream in = FunctionWords.class.getResourceAsStream("function-words/" + lang + ".txt");
        if (in == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String l = (hash >= 0 ? line.substring(0, hash) : line).trim();
                for (String w : l.split("\\s+")) {
                    if (!w.isEmpty()) {
                        out.add(TextNormalizer.fold(w));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
