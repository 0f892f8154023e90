package dev.transcheck.glossary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An immutable set of concepts. Later glossaries override earlier ones concept by concept. */
public final class Glossary {
    /** An English name of a region made of its town's name ("Kursk region", "Kharkiv Oblast"); declared before {@link #EMPTY}. */
    private static final java.util.regex.Pattern REGION =
            java.util.regex.Pattern.compile("(.+) (?:[Rr]egion|[Oo]blast|[Pp]rovince|[Kk]rai)");
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
        this.namesakes = namesakes(order);
        this.slot = null;
    }

    private Glossary(Glossary g, GlossaryCache.Slot slot) {
        this.concepts = g.concepts;
        this.order = g.order;
        this.relations = g.relations;
        this.namesakes = g.namesakes;
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
        String p = pair(a, b);
        return relations.contains(p) || namesakes.contains(p);
    }

    /**
     * Pairs of places named alike: a region and the town that gives it its name, read from the
     * English forms ("Kursk region" or "Kursk Oblast" beside "Kursk"). English news names a region by
     * its centre ("troops returned from Kursk" for «из Курской области»), and Ukrainian writes the
     * region by a word of the town («Курщина»), so neither stands for a replacement of the other.
     */
    private final java.util.Set<String> namesakes;

    private static java.util.Set<String> namesakes(List<Concept> concepts) {
        Map<String, List<String>> towns = new java.util.HashMap<>();
        for (Concept c : concepts) {
            Term t = c.type() == ConceptType.PLACE ? c.preferred("en") : null;
            if (t != null && !REGION.matcher(t.form()).matches()) {
                towns.computeIfAbsent(t.form(), k -> new ArrayList<>()).add(c.id());
            }
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Concept c : concepts) {
            if (c.type() != ConceptType.PLACE) {
                continue;
            }
            for (Term t : c.terms("en")) {
                java.util.regex.Matcher m = REGION.matcher(t.form());
                if (t.status() != TermStatus.FORBIDDEN && m.matches()) {
                    for (String town : towns.getOrDefault(m.group(1), List.of())) {
                        out.add(pair(c.id(), town));
                    }
                }
            }
        }
        return java.util.Set.copyOf(out);
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
