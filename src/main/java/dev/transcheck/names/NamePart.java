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

    // spelled out: a record's generated equals and hashCode are linked through method handles on
    // first use (ObjectMethods), which spins classes at every start (docs/performance.md, "Start-up");
    // the same comparisons and the same hash as the generated ones (31 * h + each component's hash, from 0)
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof NamePart o)) {
            return false;
        }
        return java.util.Objects.equals(span, o.span)
                && java.util.Objects.equals(lemmas, o.lemmas)
                && java.util.Objects.equals(kind, o.kind)
                && group == o.group
                && guessed == o.guessed;
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + java.util.Objects.hashCode(span);
        h = 31 * h + java.util.Objects.hashCode(lemmas);
        h = 31 * h + java.util.Objects.hashCode(kind);
        h = 31 * h + Integer.hashCode(group);
        h = 31 * h + Boolean.hashCode(guessed);
        return h;
    }

    public String lemma() {
        return lemmas.get(0);
    }

    NamePart withKind(NameKind k) {
        return new NamePart(span, lemmas, k, group, guessed);
    }
}
