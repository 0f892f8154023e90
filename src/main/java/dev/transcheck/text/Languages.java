package dev.transcheck.text;

import dev.transcheck.lang.LanguageProfile;
import dev.transcheck.lang.LanguageProfiles;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Language codes the tool knows, and a guess of a text's language from its profile data. */
public final class Languages {
    /** Languages with first-class support; any other ISO 639-1 code is accepted with generic handling. */
    public static final Set<String> FIRST_CLASS = Set.of("uk", "ru", "en");

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private Languages() {
    }

    /**
     * Whether {@link #guess} can recognise {@code code} (its profile has letters or function words to
     * tell it by), so that a guess of another language means something.
     */
    public static boolean canGuess(String code) {
        LanguageProfile p = LanguageProfiles.of(code);
        return p.isDefined() && (!p.letters().isEmpty() || !p.functionWords().isEmpty());
    }

    /** True for a two-letter ISO 639-1 code. */
    public static boolean isKnownCode(String code) {
        return code != null && ISO_639_1.contains(code);
    }

    /** The language of a file named like {@code article.uk.txt}, or null. */
    public static String fromFileName(String fileName) {
        String[] parts = fileName.split("\\.");
        for (int i = parts.length - 2; i >= 1; i--) {
            String p = parts[i].toLowerCase(Locale.ROOT);
            if (p.length() == 2 && isKnownCode(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * A guess from the text, using the letters and function words of every language profile of
     * the text's main script: Cyrillic with і, ї, є or ґ is Ukrainian, with ы, э, ъ or ё Russian;
     * Latin text goes to the profile whose letters (ä ö ü ß, ą ę ł ż) and function words (der und,
     * się nie, the and of) it holds most. Null when there is too little to tell or the evidence
     * does not single out one language (Latin text with no English function word is not English).
     */
    public static String guess(String text) {
        int cyr = 0;
        int lat = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'a' && c <= 'z') {
                lat++;
            } else if (c >= '\u0400' && c <= '\u04FF') {
                cyr++;
            }
        }
        if (cyr + lat < 3) {
            return null;
        }
        LanguageProfile.Script script = cyr > lat ? LanguageProfile.Script.CYRILLIC : LanguageProfile.Script.LATIN;
        List<LanguageProfile> candidates = LanguageProfiles.all().stream().filter(p -> p.script() == script)
                .filter(p -> canGuess(p.code())).toList();
        Map<String, Integer> score = new HashMap<>();
        for (LanguageProfile p : candidates) {
            score.put(p.code(), 0);
        }
        text.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            for (LanguageProfile p : candidates) {
                if (p.letters().contains(cp)) {
                    score.merge(p.code(), 1, Integer::sum);
                }
            }
        });
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            for (LanguageProfile p : candidates) {
                if (p.functionWords().contains(word)) {
                    score.merge(p.code(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : score.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return top > second ? best : null;
    }
}
