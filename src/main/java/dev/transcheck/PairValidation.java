package dev.transcheck;

import com.ibm.icu.lang.UScript;
import dev.transcheck.io.InputException;
import dev.transcheck.model.Document;
import dev.transcheck.model.Scoring;
import dev.transcheck.text.Languages;
import java.util.Locale;

/**
 * Refuses pairs of inputs that cannot be a source and its translation. A gate that passes the same
 * file given twice, or an English "translation" that is really the Ukrainian original, tells a desk
 * that an unchecked text is fine; such a pair is an input error instead (exit status 2).
 *
 * <ul>
 *   <li>a side of more than {@link #MAX_WORDS} words (a stated bound on the time one check takes);</li>
 *   <li>both sides declared in one language;</li>
 *   <li>the same text on both sides (white space aside);</li>
 *   <li>a side whose letters are in another script than its declared language is written in
 *       (ICU's script data for the language: Cyrillic for uk, Latin for en);</li>
 *   <li>a side whose letters say, throughout, that it is another language of the same script
 *       ({@link Languages#guess}, only for languages the guess can tell apart).</li>
 * </ul>
 */
final class PairValidation {
    /** Fewer letters than this say too little about the script. */
    static final int MIN_LETTERS_FOR_SCRIPT = 40;
    /** Share of the letters in one script that makes it the text's script. */
    static final double SCRIPT_SHARE = 0.8;
    /** Fewer letters than this say too little to tell two languages of one script apart. */
    static final int MIN_LETTERS_FOR_LANGUAGE = 200;

    /**
     * The most words a side may have. The check costs about 0.6 to 0.8 ms of CPU a word at every size
     * (docs/performance.md), so this bounds one check to about two to three minutes of CPU, where the
     * 20 MB file limit alone would allow a quarter of an hour.
     */
    static final int MAX_WORDS = 200_000;

    private PairValidation() {
    }

    static void validate(Document source, Document translation) throws InputException {
        for (Document d : new Document[] {source, translation}) {
            int words = Scoring.words(d);
            if (words > MAX_WORDS) {
                throw new InputException(d.path(), String.format(Locale.ROOT,
                        "has %,d words; a document may have at most %,d (docs/INPUT.md): check it in parts", words, MAX_WORDS));
            }
        }
        if (source.lang().equals(translation.lang())) {
            throw new InputException(translation.path(), "is declared to be in " + name(translation.lang())
                    + ", the language of the source; a translation must be in another language (check --from/--to and the file names)");
        }
        if (squeeze(source.text()).equals(squeeze(translation.text()))) {
            throw new InputException(translation.path(), "has the same text as the source "
                    + source.path() + "; there is no translation to check");
        }
        declaredLanguage(source, "--from");
        declaredLanguage(translation, "--to");
    }

    /** Refuses a document whose text is plainly not in its declared language. */
    private static void declaredLanguage(Document doc, String option) throws InputException {
        String text = doc.text();
        int[] counts = new int[UScript.CODE_LIMIT];
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            int script = UScript.getScript(cp);
            if (script == UScript.COMMON || script == UScript.INHERITED || script == UScript.UNKNOWN) {
                continue;
            }
            counts[script]++;
            letters++;
        }
        if (letters < MIN_LETTERS_FOR_SCRIPT) {
            return;
        }
        int dominant = 0;
        for (int s = 1; s < counts.length; s++) {
            if (counts[s] > counts[dominant]) {
                dominant = s;
            }
        }
        int[] expected = expectedScripts(doc.lang());
        if (expected != null && expected.length > 0 && counts[dominant] >= SCRIPT_SHARE * letters) {
            boolean fits = false;
            for (int s : expected) {
                fits |= s == dominant;
            }
            if (!fits) {
                throw new InputException(doc.path(), "is declared to be in " + name(doc.lang())
                        + " but its text is in " + UScript.getName(dominant) + " script (check " + option
                        + " and the file name)");
            }
        }
        if (letters < MIN_LETTERS_FOR_LANGUAGE || !Languages.canGuess(doc.lang())) {
            return;
        }
        String guess = Languages.guess(text);
        if (guess == null || guess.equals(doc.lang()) || !Languages.canGuess(guess)) {
            return;
        }
        // the whole text and both of its halves must agree: a quotation is not a language
        int half = text.length() / 2;
        if (guess.equals(Languages.guess(text.substring(0, half))) && guess.equals(Languages.guess(text.substring(half)))) {
            throw new InputException(doc.path(), "is declared to be in " + name(doc.lang()) + " but its text is "
                    + name(guess) + " (check " + option + " and the file name)");
        }
    }

    private static String squeeze(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static String name(String code) {
        String n = new Locale(code).getDisplayLanguage(Locale.ENGLISH);
        return (n.isEmpty() ? code : n) + " (" + code + ")";
    }

    /**
     * The scripts {@code lang} is written in: its profile's (Latin or Cyrillic), else ICU's
     * likely-script data, whose first use loads ICU's locale data (start-up, docs/performance.md).
     * {@code PairValidationTest} checks that every profile's script is ICU's.
     */
    static int[] expectedScripts(String lang) {
        dev.transcheck.lang.LanguageProfile p = dev.transcheck.lang.LanguageProfiles.of(lang);
        if (p.isDefined() && p.code().equals(lang)) {
            switch (p.script()) {
                case LATIN:
                    return new int[] {UScript.LATIN};
                case CYRILLIC:
                    return new int[] {UScript.CYRILLIC};
                default:
                    break;
            }
        }
        return UScript.getCode(new Locale(lang));
    }
}
