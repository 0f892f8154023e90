package dev.transcheck.text;

import java.util.Locale;
import java.util.Set;

/** Language codes the tool knows, and a guess of a text's language from its letters. */
public final class Languages {
    /** Languages with first-class support; any other ISO 639-1 code is accepted with generic handling. */
    public static final Set<String> FIRST_CLASS = Set.of("uk", "ru", "en");

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private Languages() {
    }

    /** Languages {@link #guess} can name; for any other it never answers. */
    private static final Set<String> GUESSABLE = Set.of("uk", "ru", "en");

    /** Whether {@link #guess} can recognise {@code code}, so that a guess of another language means something. */
    public static boolean canGuess(String code) {
        return GUESSABLE.contains(code);
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
     * A guess from the letters: Cyrillic text with і, ї, є or ґ is Ukrainian, with ы, э, ъ or ё
     * Russian; Latin text is English. Null when there is too little to tell.
     */
    public static String guess(String text) {
        int cyr = 0;
        int lat = 0;
        int uk = 0;
        int ru = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'a' && c <= 'z') {
                lat++;
            } else if (c >= '\u0400' && c <= '\u04FF') {
                cyr++;
                if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ') {
                    uk++;
                } else if (c == 'ы' || c == 'э' || c == 'ъ' || c == 'ё') {
                    ru++;
                }
            }
        }
        if (cyr + lat < 3) {
            return null;
        }
        if (cyr > lat) {
            if (uk > ru) {
                return "uk";
            }
            return ru > 0 ? "ru" : null;
        }
        return "en";
    }
}
