package dev.transcheck.text;

import dev.transcheck.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/** Small text measures shared by the omission, addition and untranslated checks. */
public final class TextFacts {
    private TextFacts() {
    }

    /**
     * A web address written without its scheme: host labels joined by dots, ending in a top-level
     * domain of two to six lower-case Latin letters (or рф, укр), and an optional path
     * ("send.monobank.ua/jar/7Hk2", "kyivroasters.com"). A regular-expression fragment for the
     * patterns of identifiers kept as they are, after the mail-address alternative (news.desk+kyiv@…
     * is a mail address); "e.g.", "3.5mm", "St.Petersburg" are none. Labels
     * (at most 63 characters) and their number (at most nine) are bounded, so a long run such as
     * "U.S.U.S.…" cannot drive the regular expression into deep recursion.
     */
    public static final String BARE_ADDRESS = "(?<![\\p{L}\\p{N}_@./-])[\\p{IsLatin}\\p{N}][\\p{IsLatin}\\p{N}-]{0,62}"
            + "(?:\\.[\\p{IsLatin}\\p{N}][\\p{IsLatin}\\p{N}-]{0,62}){0,8}\\.(?:[a-z]{2,6}|рф|укр)(?:/\\S*)?(?![\\p{L}\\p{N}@+%_-]|\\.[\\p{L}\\p{N}])";

    /** Words with at least one letter. */
    public static int words(String text) {
        int n = 0;
        boolean in = false;
        boolean letter = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean w = Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == 'ʼ' || c == '-';
            if (w) {
                letter |= Character.isLetter(c);
                in = true;
            } else if (in) {
                if (letter) {
                    n++;
                }
                in = false;
                letter = false;
            }
        }
        return n;
    }

    /** Letters and digits only (what length ratios are measured on). */
    public static int contentLength(List<Sentence> sentences) {
        int n = 0;
        for (Sentence s : sentences) {
            for (int i = 0; i < s.text().length(); i++) {
                if (Character.isLetterOrDigit(s.text().charAt(i))) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * Number of quotations opened: «, “, „, and a straight or single quote (" ' ‘) that stands
     * after a space, an opening bracket or the start and before a letter ("I'm" is no quotation).
     */
    public static int quotes(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Quotes.isTypographicOpening(c)) {
                n++;
            } else if ((c == '"' || c == '\'' || c == '‘') && (i == 0 || Character.isWhitespace(text.charAt(i - 1))
                    || text.charAt(i - 1) == '(' || text.charAt(i - 1) == '[') && i + 1 < text.length()
                    && !Character.isWhitespace(text.charAt(i + 1))) {
                n++;
            }
        }
        return n;
    }

    public static boolean isCyrillic(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
    }

    public static boolean isLatin(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /** How many Latin and how many Cyrillic characters {@code [from, to)} of {@code s} holds: {latin, cyrillic}. */
    public static int[] latinAndCyrillic(CharSequence s, int from, int to) {
        int latin = 0;
        int cyrillic = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (isLatin(c)) {
                latin++;
            } else if (isCyrillic(c)) {
                cyrillic++;
            }
        }
        return new int[] {latin, cyrillic};
    }

    /** Capitalised words not at the start of the sentence or of a quotation (candidate names). */
    public static List<String> capitalised(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        boolean first = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int j = i;
                while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\'' || text.charAt(j) == 'ʼ'
                        || text.charAt(j) == '’')) {
                    j++;
                }
                String w = text.substring(i, j);
                if (!first && Character.isUpperCase(c) && w.length() >= 3) {
                    out.add(w);
                }
                first = false;
                i = j;
            } else {
                if (c == '.' || c == '!' || c == '?' || c == ':' || Quotes.isTypographicOpening(c) || c == '"' || c == '—') {
                    first = true;
                }
                i++;
            }
        }
        return out;
    }

    /**
     * A rough consonant skeleton of a word in Latin letters, so that a name and its transliteration
     * compare: Бєлоусов and Belousov both give {@code blsv}, Олександр and Alexander {@code lksndr}.
     */
    public static String skeleton(String word) {
        StringBuilder lat = new StringBuilder();
        for (char c : word.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            lat.append(latin(c));
        }
        String s = lat.toString().replace("x", "ks").replace("shch", "s").replace("sch", "s").replace("kh", "h")
                .replace("zh", "z").replace("ch", "c").replace("sh", "s").replace("ts", "c").replace("ph", "f")
                .replace("w", "v").replace("q", "k").replace("ck", "k");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("aeiouyj'".indexOf(c) >= 0) {
                continue;
            }
            if (c == 'g') {
                c = 'h';
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String latin(char c) {
        return switch (c) {
            case 'а' -> "a"; case 'б' -> "b"; case 'в' -> "v"; case 'г' -> "h"; case 'ґ' -> "g"; case 'д' -> "d";
            case 'е' -> "e"; case 'є' -> "ie"; case 'ё' -> "e"; case 'ж' -> "zh"; case 'з' -> "z"; case 'и' -> "y";
            case 'і' -> "i"; case 'ї' -> "i"; case 'й' -> "i"; case 'к' -> "k"; case 'л' -> "l"; case 'м' -> "m";
            case 'н' -> "n"; case 'о' -> "o"; case 'п' -> "p"; case 'р' -> "r"; case 'с' -> "s"; case 'т' -> "t";
            case 'у' -> "u"; case 'ф' -> "f"; case 'х' -> "kh"; case 'ц' -> "ts"; case 'ч' -> "ch"; case 'ш' -> "sh";
            case 'щ' -> "shch"; case 'ь', 'ъ', 'ʼ', '\'', '’' -> ""; case 'ы' -> "y"; case 'э' -> "e"; case 'ю' -> "iu";
            case 'я' -> "ia";
            default -> String.valueOf(c);
        };
    }

    /** A hashtag: # and a run of letters, digits and underscores, hyphens between them (#bug-reports). */
    public static final java.util.regex.Pattern HASHTAG = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}_&])#[\\p{L}\\p{N}_]++(?:-[\\p{L}\\p{N}_]++)*+");

    /**
     * The hashtags both texts carry letter for letter (lower-cased). A hashtag is translated as a
     * word of the text (#Київ, #Kyiv), but one the translation keeps as it is (#Житомир in an English
     * post, as brands and city accounts keep their tags) is an identifier, like a handle: its words
     * are neither mentions to render nor renderings.
     */
    public static java.util.Set<String> keptHashtags(String source, String translation) {
        if (source.indexOf('#') < 0 || translation.indexOf('#') < 0) {
            return java.util.Set.of();
        }
        java.util.Set<String> inSource = new java.util.HashSet<>();
        java.util.regex.Matcher m = HASHTAG.matcher(source);
        while (m.find()) {
            inSource.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        java.util.Set<String> both = new java.util.HashSet<>();
        m = HASHTAG.matcher(translation);
        while (m.find()) {
            String t = m.group().toLowerCase(java.util.Locale.ROOT);
            if (inSource.contains(t)) {
                both.add(t);
            }
        }
        return both;
    }

    /**
     * The characters of {@code text} that lie in one of the {@code kept} hashtags (see
     * {@link #keptHashtags}): one scan, so that asking about any number of spans stays linear.
     */
    public static java.util.BitSet keptHashtagChars(String text, java.util.Set<String> kept) {
        java.util.BitSet out = new java.util.BitSet();
        if (kept.isEmpty()) {
            return out;
        }
        java.util.regex.Matcher m = HASHTAG.matcher(text);
        while (m.find()) {
            if (kept.contains(m.group().toLowerCase(java.util.Locale.ROOT))) {
                out.set(m.start(), m.end());
            }
        }
        return out;
    }
}
