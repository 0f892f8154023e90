package dev.transcheck.editions;

import dev.transcheck.lang.LanguageProfiles;
import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import dev.transcheck.text.numbers.NumberExtractor;
import dev.transcheck.text.numbers.NumericEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The comparable things of a text for the cross-edition checks: capitalised words with their
 * language-neutral sound key ({@link NameKeys}) and numbers with their value (the number reader
 * {@link NumberExtractor}). Offsets are into the document's text.
 */
final class Items {
    private Items() {
    }

    /** One word or number of one document. */
    record Item(int sentence, int start, int end, String text, String key, NumericEntity number,
                boolean capitalised, boolean initial, int position) {
    }

    /** The words of {@code ids} of {@code doc} (split at hyphens), with sound keys. */
    static List<Item> words(Document doc, List<Integer> ids, NameKeys keys) {
        List<Item> out = new ArrayList<>();
        Set<String> function = LanguageProfiles.of(doc.lang()).functionWords();
        int position = 0;
        for (int id : ids) {
            Sentence s = doc.sentence(id);
            String t = s.text();
            int i = 0;
            boolean initial = true;
            while (i < t.length()) {
                char c = t.charAt(i);
                if (Character.isLetter(c)) {
                    int j = i;
                    while (j < t.length() && (Character.isLetter(t.charAt(j)) || Character.getType(t.charAt(j)) == Character.NON_SPACING_MARK
                            || ("'’ʼ".indexOf(t.charAt(j)) >= 0 && j + 1 < t.length() && Character.isLetter(t.charAt(j + 1))))) {
                        j++;
                    }
                    String w = t.substring(i, j);
                    boolean cap = Character.isUpperCase(c) && !function.contains(w.toLowerCase(Locale.ROOT));
                    out.add(new Item(id, s.start() + i, s.start() + j, w, keys.key(w, doc.lang()), null, cap, initial, position++));
                    initial = false;
                    i = j;
                } else {
                    if (".!?:«“„\"—–(".indexOf(c) >= 0) {
                        initial = true;
                    }
                    i++;
                }
            }
        }
        return out;
    }

    /** The numbers, amounts and dates of {@code ids} of {@code doc}. */
    static List<Item> numbers(Document doc, List<Integer> ids) {
        List<Item> out = new ArrayList<>();
        int position = 0;
        for (int id : ids) {
            Sentence s = doc.sentence(id);
            for (NumericEntity e : NumberExtractor.extract(s.text(), doc.lang())) {
                out.add(new Item(id, s.start() + e.start(), s.start() + e.end(), e.text(), null, e, false, false, position++));
            }
        }
        return out;
    }

    /** True when two numbers mean the same value (either reading of ambiguous digits), or the same date. */
    static boolean sameNumber(NumericEntity a, NumericEntity b) {
        if (a.isDate() || b.isDate()) {
            return a.isDate() && b.isDate() && a.month() == b.month() && a.day() == b.day()
                    && (a.year() == 0 || b.year() == 0 || a.year() == b.year());
        }
        if ((a.kind() == NumericEntity.Kind.TIME) != (b.kind() == NumericEntity.Kind.TIME)) {
            return false;
        }
        return NumericEntity.same(a.value(), b.value()) || NumericEntity.same(a.alt(), b.value())
                || NumericEntity.same(a.value(), b.alt()) || NumericEntity.same(a.alt(), b.alt());
    }

    /** True when the two items are the same thing (both words or both numbers). */
    static boolean same(Item a, Item b) {
        if (a.number() != null || b.number() != null) {
            return a.number() != null && b.number() != null && sameNumber(a.number(), b.number());
        }
        return NameKeys.same(a.key(), b.key());
    }
}
