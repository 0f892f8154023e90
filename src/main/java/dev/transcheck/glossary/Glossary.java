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

    /** Unordered pairs of related concepts ("a|b" with a < b): near-synonyms, not a swap of one for the other. */
    private final java.util.Set<String> relations;

    public Glossary(Collection<Concept> concepts) {
        this(concepts, java.util.Set.of());
    }

    public Glossary(Collection<Concept> concepts, java.util.Set<String> relations) {
        this.relations = java.util.Set.copyOf(relations);
        Map<String, Concept> map = new LinkedHashMap<>();
        for (Concept c : concepts) {
            map.put(c.id(), c);
        }
        this.concepts = Map.copyOf(map);
        this.order = List.copyOf(map.values());
        this.slot = null;
    }

    private Glossary(Glossary g, GlossaryCache.Slot slot) {
        this.concepts = g.concepts;
        this.order = g.order;
        this.relations = g.relations;
        this.slot = slot;
    }

    private final List<Concept> order;

    /** Where the values built from this glossary (its term indexes) are kept on disk, or null. */
    private final GlossaryCache.Slot slot;

    /** This glossary, with the values built from it kept in {@code slot}. */
    Glossary withSlot(GlossaryCache.Slot slot) {
        return new Glossary(this, slot);
    }

    /**
     * The cache entry of this glossary's files, where values built from it may be kept, or null
     * (see {@link GlossaryLoader#loadAll(List, GlossaryCache)}).
     */
    public GlossaryCache.Slot slot() {
        return slot;
    }

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

    /**
     * True when the glossary declares the two concepts related (glossaries/21-title-relations.csv):
     * either may stand for the other ("head of state" for "president").
     */
    public boolean related(String a, String b) {
        return relations.contains(pair(a, b));
    }

    /**
     * True when the glossary declares the two concepts rivals (a relations file row with relation
     * {@code rival}, glossaries/22-title-rivals.csv): distinct posts of one order, such as president
     * and prime minister, that a faithful translation never gives one for the other.
     */
    public boolean rivals(String a, String b) {
        return relations.contains(RIVAL + pair(a, b));
    }

    /** The prefix of a rival pair among {@link #relations()} ("rival:a|b"). */
    public static final String RIVAL = "rival:";

    /** The declared pairs, each as {@link #pair} (related) or {@link #RIVAL} and {@link #pair} (rivals). */
    public java.util.Set<String> relations() {
        return relations;
    }

    /** The key of an unordered pair of concept ids. */
    public static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    /** This glossary with {@code later}'s concepts replacing ones of the same id, and new ones added. */
    public Glossary overriddenBy(Glossary later) {
        List<Concept> all = new ArrayList<>(order);
        all.addAll(later.order);
        java.util.Set<String> rel = new java.util.HashSet<>(relations);
        rel.addAll(later.relations);
        return new Glossary(all, rel);
    }
}
