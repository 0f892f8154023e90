package dev.transcheck.glossary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An immutable set of concepts. Later glossaries override earlier ones concept by concept. */
public final class Glossary {
    private static final Glossary EMPTY = new Glossary(List.of());
    private final Map<String, Concept> concepts;

    public Glossary(Collection<Concept> concepts) {
        Map<String, Concept> map = new LinkedHashMap<>();
        for (Concept c : concepts) {
            map.put(c.id(), c);
        }
        this.concepts = Map.copyOf(map);
        this.order = List.copyOf(map.values());
    }

    private final List<Concept> order;

    public static Glossary empty() {
        return EMPTY;
    }

    public List<Concept> concepts() {
        return order;
    }

    public Concept concept(String id) {
        return concepts.get(id);
    }

    public int size() {
        return order.size();
    }

    /** This glossary with {@code later}'s concepts replacing ones of the same id, and new ones added. */
    public Glossary overriddenBy(Glossary later) {
        List<Concept> all = new ArrayList<>(order);
        all.addAll(later.order);
        return new Glossary(all);
    }
}
