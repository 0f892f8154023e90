package dev.transcheck.check;

import dev.transcheck.glossary.TermAnalysis;
import dev.transcheck.glossary.TermHit;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Sentence;
import dev.transcheck.names.Expectation;
import dev.transcheck.names.NameAnalysis;
import dev.transcheck.text.TextFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rest of a document says about a name or glossary term that one bead's translation lacks
 * (omission.partial): whether the translator renders it in another bead of the document (so that
 * this translator's rendering is known and its absence here is no matter of translating the name),
 * and whether it is a person's name. Built once per check run, on the first bead that lacks a name
 * or term, from one pass over the beads; each look-up afterwards costs only the name's words.
 */
final class NameEvidence {
    /** Skeleton key of a capitalised source word to the beads whose translation has a word with that key. */
    private final Map<String, List<Integer>> rendered = new HashMap<>();
    /** Skeleton keys of the source words the name analysis takes for part of a person's name. */
    private final Set<String> persons = new HashSet<>();
    /** Per bead, the skeleton keys of the source name words the name analysis finds rendered in it. */
    private final Map<Integer, Set<String>> found = new HashMap<>();
    /** Glossary concept to the beads whose translation mentions it. */
    private final Map<String, List<Integer>> concepts = new HashMap<>();

    private NameEvidence(CheckContext ctx) {
        List<Bead> beads = ctx.alignment().beads();
        for (int bi = 0; bi < beads.size(); bi++) {
            Bead b = beads.get(bi);
            if (b.isOmission() || b.isAddition()) {
                continue;
            }
            Set<String> tgt = new HashSet<>();
            for (Sentence t : ctx.translationSentences(b)) {
                for (String w : t.text().split("[^\\p{L}'’ʼ]+")) {
                    String k = OmissionPartialCheck.key(w);
                    if (k.length() >= 2) {
                        tgt.add(k);
                    }
                }
            }
            Set<String> seen = new HashSet<>();
            for (Sentence s : ctx.sourceSentences(b)) {
                for (String w : TextFacts.capitalised(s.text())) {
                    String k = OmissionPartialCheck.key(w);
                    if (k.length() >= 2 && tgt.contains(k) && seen.add(k)) {
                        rendered.computeIfAbsent(k, x -> new ArrayList<>()).add(bi);
                    }
                }
            }
        }
        for (NameAnalysis.Result r : ctx.names().results()) {
            // a rendering the name analysis accepts (or finds misspelt): the word is there, and its
            // kind is told on the Cyrillic side
            if (r.verdict() == Expectation.Verdict.NONE || r.sourceSpan() == null) {
                continue;
            }
            String k = OmissionPartialCheck.key(r.sourceSpan().text());
            found.computeIfAbsent(r.bead(), x -> new HashSet<>()).add(k);
            List<Integer> at = rendered.computeIfAbsent(k, x -> new ArrayList<>());
            if (at.isEmpty() || at.get(at.size() - 1) != r.bead()) { // the results come bead by bead
                at.add(r.bead());
            }
            if (r.part().kind().isPerson()) {
                persons.add(k);
            }
        }
        TermAnalysis terms = ctx.terms();
        for (int bi = 0; bi < beads.size(); bi++) {
            for (int t : beads.get(bi).translation()) {
                if (t < terms.translationMentions.size()) {
                    for (TermHit h : terms.translationMentions.get(t)) {
                        List<Integer> at = concepts.computeIfAbsent(h.concept().id(), x -> new ArrayList<>());
                        if (at.isEmpty() || at.get(at.size() - 1) != bi) {
                            at.add(bi);
                        }
                    }
                }
            }
        }
    }

    static NameEvidence of(CheckContext ctx) {
        return ctx.memo(NameEvidence.class, NameEvidence::new);
    }

    /**
     * Whether a word of the name {@code group} (capitalised words, space-joined) is rendered in the
     * translation of a bead other than bead {@code bi} and its neighbours, where its source has it too.
     */
    boolean renderedElsewhere(String group, int bi) {
        Set<String> here = found.getOrDefault(bi, Set.of());
        for (String w : group.split(" ")) {
            if (here.contains(OmissionPartialCheck.key(w))) {
                return false; // rendered in the bead after all, in a form the skeletons do not match (Джонс, Jones)
            }
        }
        for (String w : group.split(" ")) {
            for (int at : rendered.getOrDefault(OmissionPartialCheck.key(w), List.of())) {
                if (Math.abs(at - bi) > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word of the name {@code group} is part of a person's name for the name analysis (rendered somewhere). */
    boolean person(String group) {
        for (String w : group.split(" ")) {
            if (persons.contains(OmissionPartialCheck.key(w))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the glossary concept {@code id} is mentioned in the translation of a bead other than {@code bi} and its neighbours. */
    boolean conceptElsewhere(String id, int bi) {
        for (int at : concepts.getOrDefault(id, List.of())) {
            if (Math.abs(at - bi) > 1) {
                return true;
            }
        }
        return false;
    }
}
