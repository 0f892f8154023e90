package dev.transcheck.names;

import dev.transcheck.model.Span;
import java.util.List;

/**
 * One word of a proper name found in the source.
 *
 * @param span     the word as written (any case form)
 * @param lemmas   candidate nominative forms, most likely first (several when the dictionary is
 *                 ambiguous or the form was guessed by stripping endings)
 * @param kind     first name, patronymic, surname, place or other
 * @param group    index of the multi-word name it belongs to within the document ("Олександр Лукашенко")
 * @param guessed  true when the lemmas come from ending rules, not from a dictionary
 */
public record NamePart(Span span, List<String> lemmas, NameKind kind, int group, boolean guessed) {
    public NamePart {
        lemmas = List.copyOf(lemmas);
    }

    public String lemma() {
        return lemmas.get(0);
    }

    NamePart withKind(NameKind k) {
        return new NamePart(span, lemmas, k, group, guessed);
    }
}
