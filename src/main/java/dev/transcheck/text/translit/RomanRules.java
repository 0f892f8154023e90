package dev.transcheck.text.translit;

import java.util.function.IntPredicate;

/**
 * The three romanisations of Cyrillic names the name checks use, as direct rule tables: Ukraine's
 * national system of 2010 (our rules in {@code translit/uk-Latin-national.txt}), and ICU's
 * {@code Ukrainian-Latin/BGN} and {@code Russian-Latin/BGN}. Building ICU's transliterators costs a
 * tenth of a one-article check's start-up (ICU registers every transliterator it ships on first
 * use); these tables give the same result without it. Each rule is a key with the characters
 * allowed before it (in the text already written, as ICU matches them) and after it (in the text
 * still to read); the first rule that matches at a position wins, as in ICU. A string with a
 * character outside {@link #handles} gets null, and the caller asks ICU. {@code RomanRulesTest}
 * compares every rule and many strings with ICU.
 */
final class RomanRules {
    /** What a context sees before the start and after the end of the text (ICU's "ether"). */
    static final int ETHER = 0xFFFF;

    private RomanRules() {
    }

    /** One rule: {@code key} becomes {@code out} when the character before fits {@code ante} and the one after fits {@code post}. */
    private record Rule(IntPredicate ante, String key, boolean optionalDot, IntPredicate post, String out) {
    }

    private static Rule r(String key, String out) {
        return new Rule(null, key, false, null, out);
    }

    private static Rule before(IntPredicate ante, String key, String out) {
        return new Rule(ante, key, false, null, out);
    }

    private static Rule after(String key, IntPredicate post, String out) {
        return new Rule(null, key, false, post, out);
    }

    /** True for the characters these tables answer for (ASCII, the Cyrillic block's first part, Ґ ґ, apostrophes). */
    static boolean handles(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 0x20 && c <= 0x7E || c >= 0x400 && c <= 0x45F || c == 0x490 || c == 0x491 || c == 0x2BC
                    || c == 0x2018 || c == 0x2019)) {
                return false;
            }
        }
        return true;
    }

    private static boolean letter(int c) {
        return c != ETHER && Character.isLetter(c);
    }

    private static boolean mark(int c) {
        int t = Character.getType(c);
        return c != ETHER && (t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK);
    }

    private static boolean number(int c) {
        int t = Character.getType(c);
        return c != ETHER && (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER
                || t == Character.OTHER_NUMBER);
    }

    private static boolean upper(int c) {
        return c != ETHER && Character.isUpperCase(c);
    }

    private static boolean lower(int c) {
        return c != ETHER && Character.isLowerCase(c);
    }

    private static IntPredicate in(String chars) {
        return c -> c != ETHER && chars.indexOf(c) >= 0;
    }

    // ---- Ukraine's national system (2010): the text lower-cased, then these rules

    /** {@code $gap}: not a letter, mark or apostrophe (the start of the text included). */
    private static final IntPredicate GAP = c -> !letter(c) && !mark(c) && c != '\'' && c != 'ʼ' && c != '’';

    private static final Rule[] NATIONAL = {
        before(GAP, "є", "ye"), before(GAP, "ї", "yi"), before(GAP, "й", "y"), before(GAP, "ю", "yu"),
        before(GAP, "я", "ya"),
        r("зг", "zgh"),
        r("а", "a"), r("б", "b"), r("в", "v"), r("г", "h"), r("ґ", "g"), r("д", "d"), r("е", "e"), r("є", "ie"),
        r("ж", "zh"), r("з", "z"), r("и", "y"), r("і", "i"), r("ї", "i"), r("й", "i"), r("к", "k"), r("л", "l"),
        r("м", "m"), r("н", "n"), r("о", "o"), r("п", "p"), r("р", "r"), r("с", "s"), r("т", "t"), r("у", "u"),
        r("ф", "f"), r("х", "kh"), r("ц", "ts"), r("ч", "ch"), r("ш", "sh"), r("щ", "shch"), r("ь", ""),
        r("ю", "iu"), r("я", "ia"), r("'", ""), r("ʼ", ""), r("’", ""),
    };

    /** The national romanisation of {@code s} (lower case), or null when {@link #handles} refuses it. */
    static String national(String s) {
        if (!handles(s)) {
            return null;
        }
        StringBuilder lower = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            lower.append(Character.toLowerCase(s.charAt(i)));
        }
        return run(lower.toString(), c -> true, NATIONAL);
    }

    // ---- BGN/PCGN for Ukrainian (ICU's Ukrainian-Latin/BGN)

    private static final IntPredicate UK_FILTER = c -> c >= 'А' && c <= 'Щ' || c >= 'Ю' && c <= 'щ' || c == 'Ь'
            || c == 'ь' || c == 'ю' || c == 'я' || c == 'Є' || c == 'І' || c == 'Ї' || c == 'є' || c == 'і' || c == 'ї'
            || c == 'Ґ' || c == 'ґ' || c == '’';
    /** A lower-case letter (or ’) after a capital: the capital is written Ye, Zh, Kh rather than YE, ZH, KH. */
    private static final IntPredicate UK_LOWER = in("бвгджзйклмнпрстфхцчшщьґ’аеиоуюяєії");

    private static final Rule[] BGN_UK = ukRules();

    private static Rule[] ukRules() {
        return new Rule[] {
            r("А", "A"), r("а", "a"), r("Б", "B"), r("б", "b"), r("В", "V"), r("в", "v"), r("Г", "H"), r("г", "h"),
            r("Ґ", "G"), r("ґ", "g"), r("Д", "D"), r("д", "d"), r("Е", "E"), r("е", "e"),
            after("Є", UK_LOWER, "Ye"), r("Є", "YE"), r("є", "ye"),
            after("Ж", UK_LOWER, "Zh"), r("Ж", "ZH"), r("ж", "zh"),
            r("ЗГ", "Z·H"), r("Зг", "Z·h"), r("зг", "z·h"), r("З", "Z"), r("з", "z"),
            r("И", "Y"), r("и", "y"), r("І", "I"), r("і", "i"),
            after("Ї", UK_LOWER, "Yi"), r("Ї", "YI"), r("ї", "yi"), r("Й", "Y"), r("й", "y"),
            r("КГ", "K·H"), r("Кг", "K·h"), r("кг", "k·h"), r("К", "K"), r("к", "k"),
            r("Л", "L"), r("л", "l"), r("М", "M"), r("м", "m"), r("Н", "N"), r("н", "n"), r("О", "O"), r("о", "o"),
            r("П", "P"), r("п", "p"), r("Р", "R"), r("р", "r"),
            r("СГ", "S·H"), r("Сг", "S·h"), r("сг", "s·h"), r("С", "S"), r("с", "s"),
            r("ТС", "T·S"), r("Тс", "T·s"), r("тс", "t·s"), r("Т", "T"), r("т", "t"),
            r("У", "U"), r("у", "u"), r("Ф", "F"), r("ф", "f"),
            after("Х", UK_LOWER, "Kh"), r("Х", "KH"), r("х", "kh"),
            r("ЦГ", "TS·H"), r("Цг", "Ts·h"), r("цг", "ts·h"), after("Ц", UK_LOWER, "Ts"), r("Ц", "TS"), r("ц", "ts"),
            after("Ч", UK_LOWER, "Ch"), r("Ч", "CH"), r("ч", "ch"),
            r("ШЧ", "SH·CH"), r("Шч", "Sh·ch"), r("шч", "sh·ch"), after("Ш", UK_LOWER, "Sh"), r("Ш", "SH"), r("ш", "sh"),
            after("Щ", UK_LOWER, "Shch"), r("Щ", "SHCH"), r("щ", "shch"),
            after("Ю", UK_LOWER, "Yu"), r("Ю", "YU"), r("ю", "yu"),
            after("Я", UK_LOWER, "Ya"), r("Я", "YA"), r("я", "ya"),
            r("Ь", "ʹ"), r("ь", "ʹ"), r("’", "ʺ"),
        };
    }

    /** ICU's Ukrainian-Latin/BGN of {@code s}, or null when {@link #handles} refuses it. */
    static String bgnUk(String s) {
        return handles(s) ? run(s, UK_FILTER, BGN_UK) : null;
    }

    // ---- BGN/PCGN for Russian (ICU's Russian-Latin/BGN): two passes

    private static final IntPredicate RU_FILTER = c -> c == 'Ё' || c >= 'А' && c <= 'я' || c == 'ё';
    private static final String VOWELS_UP = "ЁАЕИОУЫЭЮЯ";
    private static final String VOWELS_LO = "аеиоуыэюяё";
    private static final IntPredicate V_UP = in(VOWELS_UP);
    private static final IntPredicate V_LO = in(VOWELS_LO);
    /** A cased letter that is not a Russian vowel, nor Й й. */
    private static final IntPredicate CONSONANT = c -> (upper(c) || lower(c)) && VOWELS_UP.indexOf(c) < 0
            && VOWELS_LO.indexOf(c) < 0 && c != 'Й' && c != 'й';
    private static final IntPredicate UP_OR_SIGN = in(VOWELS_UP + "ЙЪЬ");
    private static final IntPredicate ANY_OR_SIGN = in(VOWELS_UP + VOWELS_LO + "ЙЪЬйъь");
    private static final IntPredicate NOT_LMN = c -> !letter(c) && !mark(c) && !number(c);
    private static final IntPredicate UPPER = RomanRules::upper;
    private static final IntPredicate LOWER = RomanRules::lower;
    private static final IntPredicate AUYE = in("АУЫЭауыэ");

    private static final Rule[] BGN_RU_1 = {
        before(V_LO, "ы", "·y"),
        new Rule(V_UP, "Ы", false, LOWER, "·y"), new Rule(V_UP, "ы", false, LOWER, "·y"),
        before(V_UP, "Ы", "·Y"), before(V_UP, "ы", "·Y"),
        before(CONSONANT, "Э", "·E"), before(CONSONANT, "э", "·e"),
        new Rule(UP_OR_SIGN, "Е", false, UPPER, "YE"), before(UP_OR_SIGN, "Е", "Ye"), before(ANY_OR_SIGN, "е", "ye"),
        new Rule(UP_OR_SIGN, "Ё", false, UPPER, "YË"), before(UP_OR_SIGN, "Ё", "Yë"), before(ANY_OR_SIGN, "ё", "yë"),
    };

    private static final Rule[] BGN_RU_2 = ruRules();

    private static Rule[] ruRules() {
        return new Rule[] {
            r("А", "A"), r("а", "a"), r("Б", "B"), r("б", "b"), r("В", "V"), r("в", "v"), r("Г", "G"), r("г", "g"),
            r("Д", "D"), r("д", "d"),
            new Rule(NOT_LMN, "Е", false, UPPER, "YE"), before(NOT_LMN, "Е", "Ye"), r("Е", "E"),
            before(NOT_LMN, "е", "ye"), r("е", "e"),
            new Rule(NOT_LMN, "Ё", true, UPPER, "YË"), new Rule(NOT_LMN, "Ё", true, LOWER, "Yë"), r("Ё", "Ë"),
            before(NOT_LMN, "ё", "yë"), r("ё", "ë"),
            after("Ж", LOWER, "Zh"), r("Ж", "ZH"), r("ж", "zh"), r("З", "Z"), r("з", "z"), r("И", "I"), r("и", "i"),
            after("Й", AUYE, "Y·"), after("й", AUYE, "y·"), r("Й", "Y"), r("й", "y"),
            r("К", "K"), r("к", "k"), r("Л", "L"), r("л", "l"), r("М", "M"), r("м", "m"), r("Н", "N"), r("н", "n"),
            r("О", "O"), r("о", "o"), r("П", "P"), r("п", "p"), r("Р", "R"), r("р", "r"), r("С", "S"), r("с", "s"),
            r("ТС", "T·S"), r("Тс", "T·s"), r("тс", "t·s"), r("Т", "T"), r("т", "t"),
            r("У", "U"), r("у", "u"), r("Ф", "F"), r("ф", "f"),
            after("Х", LOWER, "Kh"), r("Х", "KH"), r("х", "kh"),
            after("Ц", LOWER, "Ts"), r("Ц", "TS"), r("ц", "ts"),
            after("Ч", LOWER, "Ch"), r("Ч", "CH"), r("ч", "ch"),
            r("ШЧ", "SH·CH"), r("Шч", "Sh·ch"), r("шч", "sh·ch"), after("Ш", LOWER, "Sh"), r("Ш", "SH"), r("ш", "sh"),
            after("Щ", LOWER, "Shch"), r("Щ", "SHCH"), r("щ", "shch"),
            r("Ъ", "ʺ"), r("ъ", "ʺ"),
            after("Ы", AUYE, "Y·"), after("ы", in("ауыэ"), "y·"), r("Ы", "Y"), r("ы", "y"),
            r("Ь", "ʹ"), r("ь", "ʹ"), r("Э", "E"), r("э", "e"),
            after("Ю", LOWER, "Yu"), r("Ю", "YU"), r("ю", "yu"),
            after("Я", LOWER, "Ya"), r("Я", "YA"), r("я", "ya"),
        };
    }

    /** ICU's Russian-Latin/BGN of {@code s}, or null when {@link #handles} refuses it. */
    static String bgnRu(String s) {
        return handles(s) ? run(s, RU_FILTER, BGN_RU_1, BGN_RU_2) : null;
    }

    // ---- the engine

    /**
     * Applies the passes to each run of characters that {@code filter} accepts, as ICU applies a
     * filtered compound transliterator: the contexts see the whole text (what is already written
     * before, what is still to read after), the keys only the run.
     */
    private static String run(String text, IntPredicate filter, Rule[]... passes) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            if (!filter.test(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            int j = i;
            while (j < text.length() && filter.test(text.charAt(j))) {
                j++;
            }
            String run = text.substring(i, j);
            for (Rule[] pass : passes) {
                run = pass(out, run, text, j, pass);
            }
            out.append(run);
            i = j;
        }
        return out.toString();
    }

    /** One pass over {@code run}; {@code before} is the text written before it, {@code text} from {@code after} what follows it. */
    private static String pass(CharSequence before, String run, String text, int after, Rule[] rules) {
        StringBuilder res = new StringBuilder(run.length() + 8);
        int p = 0;
        while (p < run.length()) {
            Rule hit = null;
            for (Rule r : rules) {
                if (matches(r, before, res, run, p, text, after)) {
                    hit = r;
                    break;
                }
            }
            if (hit == null) {
                res.append(run.charAt(p++));
            } else {
                res.append(hit.out);
                p += hit.key.length();
            }
        }
        return res.toString();
    }

    private static boolean matches(Rule r, CharSequence before, StringBuilder res, String run, int p, String text, int after) {
        if (!run.startsWith(r.key, p)) {
            return false;
        }
        if (r.ante != null) {
            int c = res.length() > 0 ? res.charAt(res.length() - 1)
                    : before.length() > 0 ? before.charAt(before.length() - 1) : ETHER;
            if (!r.ante.test(c)) {
                return false;
            }
        }
        if (r.post != null) {
            int q = p + r.key.length();
            int c = charAt(run, q, text, after);
            if (r.optionalDot && c == '·') {
                c = charAt(run, q + 1, text, after);
            }
            return r.post.test(c);
        }
        return true;
    }

    /** The character at {@code q} of the run, else of the text after it, else {@link #ETHER}. */
    private static int charAt(String run, int q, String text, int after) {
        if (q < run.length()) {
            return run.charAt(q);
        }
        int t = after + q - run.length();
        return t < text.length() ? text.charAt(t) : ETHER;
    }
}
