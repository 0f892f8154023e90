package dev.transcheck.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decides how a byte sequence is encoded: a byte-order mark, else strict UTF-8, else the legacy
 * encoding whose decoding reads most like text (docs/INPUT.md). Pure and thread-safe.
 *
 * <p>Legacy candidates are windows-1251, KOI8-U, KOI8-R, IBM866 (DOS) and windows-1252. They agree on ASCII and
 * differ on the high bytes, so only words with a non-ASCII character are scored: a word reads
 * well when all its letters are of one script with a normal case pattern ("слово", "Слово",
 * "СЛОВО"). Decoding windows-1251 as KOI8 (or back) swaps upper and lower case ("пРИВЕТ") and
 * puts box-drawing signs into Ukrainian words, so these never tie on real text; letter
 * frequencies break the remaining ties (all-capital or all-lower-case texts).
 */
public final class EncodingDetector {
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset KOI8_U = Charset.forName("KOI8-U");
    static final Charset KOI8_R = Charset.forName("KOI8-R");
    static final Charset IBM866 = Charset.forName("IBM866");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final List<Charset> LEGACY = List.of(WINDOWS_1251, KOI8_U, KOI8_R, IBM866, WINDOWS_1252);

    /** Share of well-formed non-ASCII words a decoding needs to be accepted. */
    static final double MIN_GOOD_WORDS = 0.8;
    /**
     * Mean log2 letter frequency below which a decoding is letter soup (news text scores about
     * -4.6, uniformly random Cyrillic letters about -5.7); applied from {@link #MIN_LETTERS} letters.
     */
    static final double MIN_LETTER_SCORE = -5.3;
    static final int MIN_LETTERS = 200;

    /** Relative letter frequencies (per mille, approximate, Russian and Ukrainian news text pooled). */
    private static final String CYRILLIC = "оаеинтсрвлкмдпуяыьгзбчйхжшюцщэфъёіїєґ";
    private static final double[] CYRILLIC_FREQ = {100, 80, 75, 65, 65, 60, 50, 47, 45, 43, 35, 32, 30, 28, 26, 20, 16,
        17, 17, 16, 16, 14, 12, 10, 9, 7, 6, 5, 4, 3, 3, 0.4, 1, 30, 5, 4, 0.3};
    /** English letter frequencies (per mille, approximate), accented letters pooled. */
    private static final String LATIN = "etaoinshrdlcumwfgypbvkjxqz";
    private static final double[] LATIN_FREQ = {127, 91, 82, 75, 70, 67, 63, 61, 60, 43, 40, 28, 28, 24, 24, 22, 20,
        20, 19, 15, 10, 8, 2, 2, 1, 1};

    private EncodingDetector() {
    }

    /** A decoding: the text (without a byte-order mark) and the charset it was read as. */
    public record Decoded(String text, Charset charset) {
    }

    /** How well a decoding reads: share of good non-ASCII words, mean letter score, word count. */
    record Score(double goodShare, double letterScore, int words, int letters, double oddShare) {
        double total() {
            return goodShare * 10 + letterScore / 10 - oddShare;
        }

        boolean acceptable() {
            return words == 0 || goodShare >= MIN_GOOD_WORDS && (letters < MIN_LETTERS || letterScore >= MIN_LETTER_SCORE);
        }
    }

    /**
     * Decodes {@code bytes}: with {@code encoding} when given, else by detection. Problems are
     * reported as {@link InputException}s naming {@code name} (and the line where known).
     */
    public static Decoded decode(String name, byte[] bytes, String encoding) throws InputException {
        if (encoding != null) {
            Charset cs;
            try {
                cs = Charset.forName(encoding.trim());
            } catch (IllegalArgumentException e) {
                throw new InputException(name, "unknown encoding '" + encoding + "' (try utf-8, windows-1251, koi8-r, koi8-u)");
            }
            String text = strict(name, bytes, 0, cs);
            return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, cs);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(name, bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(name, bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(name, bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        checkNotBinary(name, bytes);
        int[] utf8 = utf8Stats(bytes);
        if (utf8[1] == 0) {
            return new Decoded(strict(name, bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (utf8[0] >= 3 && utf8[1] * 10 < utf8[0]) {
            // mostly UTF-8 with a few broken sequences: a damaged file, not a legacy encoding
            strict(name, bytes, 0, StandardCharsets.UTF_8);
        }
        Decoded best = null;
        Score bestScore = null;
        for (Charset cs : LEGACY) {
            String text;
            try {
                text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                continue;
            }
            Score s = score(text);
            if (bestScore == null || s.total() > bestScore.total()) {
                best = new Decoded(text, cs);
                bestScore = s;
            }
        }
        if (best == null || !bestScore.acceptable()) {
            throw new InputException(name, "cannot detect the encoding (it is not UTF-8, and no Cyrillic or Latin "
                    + "legacy encoding reads as text); name it with --encoding");
        }
        return best;
    }

    /** NUL bytes or many control characters: not a text file. */
    static void checkNotBinary(String name, byte[] bytes) throws InputException {
        int control = 0;
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == 0) {
                throw new InputException(name, "looks like a binary file, not text (it contains NUL bytes)");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7f) {
                control++;
            }
        }
        if (control > 8 && control * 100L > bytes.length) {
            throw new InputException(name, "looks like a binary file, not text (" + control + " control bytes)");
        }
    }

    /** [valid multi-byte UTF-8 sequences, invalid bytes]. */
    static int[] utf8Stats(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 1) {
                i++;
                continue;
            }
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return new int[] {valid, invalid};
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Strict decoding; a bad sequence is reported with its line. */
    static String strict(String name, byte[] bytes, int offset, Charset cs) throws InputException {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) (bytes.length * (double) dec.maxCharsPerByte()) + 16));
        CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) {
            r = dec.flush(out);
        }
        if (r.isError()) {
            int line = 1;
            for (int i = 0; i < out.position(); i++) {
                if (out.get(i) == '\n') {
                    line++;
                }
            }
            String what = r.isMalformed() ? "invalid " + cs.name() + " byte sequence" : "a character " + cs.name() + " cannot map";
            throw new InputException(name, line, what + " (byte " + in.position() + "); is the encoding right? (--encoding)");
        }
        out.flip();
        return out.toString();
    }

    /** How well {@code text} reads as natural-language text. */
    static Score score(String text) {
        int words = 0;
        int good = 0;
        double letterSum = 0;
        int letters = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSeparator(text.charAt(i))) {
                i++;
            }
            int st = i;
            while (i < n && !isSeparator(text.charAt(i))) {
                i++;
            }
            if (i == st) {
                continue;
            }
            boolean nonAscii = false;
            for (int k = st; k < i; k++) {
                if (text.charAt(k) > 0x7f) {
                    nonAscii = true;
                    break;
                }
            }
            if (!nonAscii || isNumberOrSign(text, st, i)) {
                continue;
            }
            words++;
            if (wellFormed(text, st, i)) {
                good++;
            }
            for (int k = st; k < i; k++) {
                char c = text.charAt(k);
                if (Character.isLetter(c)) {
                    letterSum += letterScore(Character.toLowerCase(c));
                    letters++;
                }
            }
        }
        int high = 0;
        int odd = 0;
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            if (c > 0x7f) {
                high++;
                if (isOdd(c)) {
                    odd++;
                }
            }
        }
        return new Score(words == 0 ? 1 : good / (double) words, letters == 0 ? 0 : letterSum / letters, words, letters,
                high == 0 ? 0 : odd / (double) high);
    }

    /** Signs no article uses: box drawing and blocks, C1 controls, private use, unassigned. */
    private static boolean isOdd(char c) {
        int type = Character.getType(c);
        return c >= 0x2500 && c <= 0x25FF || c >= 0x80 && c <= 0x9F || c >= 0x2320 && c <= 0x2321
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.CONTROL;
    }

    /**
     * A token without letters that is a number with a sign ("£5", "€10", "½", "5°"): it says
     * nothing about the encoding. Runs of other signs (box drawing from a wrong decoding) do count.
     */
    private static boolean isNumberOrSign(String t, int st, int end) {
        boolean digit = false;
        boolean other = false;
        for (int k = st; k < end; k++) {
            char c = t.charAt(k);
            if (Character.isLetter(c)) {
                return false;
            }
            int type = Character.getType(c);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (type != Character.CURRENCY_SYMBOL && type != Character.OTHER_NUMBER && type != Character.MATH_SYMBOL
                    && c != '°' && c != '%' && c != '.' && c != ',' && c != '-') {
                other = true;
            }
        }
        return digit || !other;
    }

    private static boolean isNumberPart(char c) {
        int type = Character.getType(c);
        return Character.isDigit(c) || c == '.' || c == ',' || c == '%' || c == '°' || type == Character.CURRENCY_SYMBOL
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c < 0x80 && !Character.isLetterOrDigit(c) && c != '\''
                || dev.transcheck.text.Quotes.isTypographic(c) || c == '—' || c == '–' || c == '…'
                || c == '•' || c == '№';
    }

    /**
     * Letters of one script (apostrophes and hyphens allowed inside) in a normal case pattern;
     * digits may only trail or lead ("2025р").
     */
    private static boolean wellFormed(String t, int st, int end) {
        // numbers and signs at the edges ("£2.8bn", "25%") do not count
        while (st < end && isNumberPart(t.charAt(st))) {
            st++;
        }
        while (end > st && isNumberPart(t.charAt(end - 1))) {
            end--;
        }
        Character.UnicodeScript script = null;
        int upper = 0;
        int lower = 0;
        boolean lowerThenUpper = false;
        for (int k = st; k < end; k++) {
            char c = t.charAt(k);
            if (Character.isLetter(c)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                if (script == null) {
                    script = s;
                } else if (s != script) {
                    return false;
                }
                if (Character.isUpperCase(c)) {
                    if (lower > 0) {
                        lowerThenUpper = true;
                    }
                    upper++;
                } else {
                    lower++;
                }
            } else if (!(c == '\'' || c == '’' || c == 'ʼ' || c == '-' || Character.isDigit(c))) {
                return false;
            }
        }
        if (script == null) {
            return false;
        }
        // "слово", "Слово", "СЛОВО" (and "ЄС", "МЗС"); not "пРИВЕТ" or "прИвЕт"
        return !lowerThenUpper && (upper <= 1 || lower == 0 || upper == 1);
    }

    private static double letterScore(char c) {
        int i = CYRILLIC.indexOf(c);
        if (i >= 0) {
            return log2(CYRILLIC_FREQ[i] / 1000.0);
        }
        i = LATIN.indexOf(c);
        if (i >= 0) {
            return log2(LATIN_FREQ[i] / 1000.0);
        }
        if (c >= 0xC0 && c <= 0x24F) {
            return log2(0.004); // an accented Latin letter: possible, but rarer than any plain one
        }
        return log2(0.0005);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
