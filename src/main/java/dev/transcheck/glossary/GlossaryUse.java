package dev.transcheck.glossary;

import dev.transcheck.text.Resources;
import dev.transcheck.model.Document;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which glossary concepts a run used: a desk prunes rows that never match anything. */
public final class GlossaryUse {
    private GlossaryUse() {
    }

    /** The concepts of {@code glossary} with no form found in any of {@code docs}, in glossary order. */
    public static List<Concept> unused(Glossary glossary, Resources resources, List<Document> docs) {
        TermIndex index = TermIndex.of(glossary, resources);
        Set<String> used = new HashSet<>();
        for (Document d : docs) {
            for (TermHit h : index.findAll(d)) {
                used.add(h.concept().id());
            }
        }
        List<Concept> out = new ArrayList<>();
        for (Concept c : glossary.concepts()) {
            if (!used.contains(c.id())) {
                out.add(c);
            }
        }
        return out;
    }

    /** One line for a person: where the concept's first row is, and its forms. */
    public static String describe(Concept c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.terms().isEmpty() ? c.id() : c.terms().get(0).origin()).append(": ");
        List<String> forms = new ArrayList<>();
        for (Term t : c.terms()) {
            forms.add(t.form() + " (" + t.lang() + ")");
        }
        sb.append(String.join(", ", forms));
        return sb.toString();
    }
}
