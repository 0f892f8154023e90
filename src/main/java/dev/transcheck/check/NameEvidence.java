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
    /**
     * Skeleton key of a capitalised source word to where its translation has a word with that key:
     * the word's whole skeleton and the bead, as "skeleton bead".
     */
    private final Map<String, List<String>> rendered = new HashMap<>();
    /** Skeleton key to the whole skeletons of the source words the name analysis takes for part of a person's name. */
    private final Map<String, Set<String>> persons = new HashMap<>();
    /** Per bead, the whole skeletons of the source name words the name analysis finds rendered in it. */
    private final Map<Integer, Set<String>> found = new HashMap<>();
    /** The loose skeletons (see {@link #loose}) of every word of the translation, wherever it stands. */
    private final Set<String> translationWords = new HashSet<>();
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
                        translationWords.add(loose(w));
                    }
                }
            }
            Set<String> seen = new HashSet<>();
            for (Sentence s : ctx.sourceSentences(b)) {
                for (String w : TextFacts.capitalised(s.text())) {
                    String k = OmissionPartialCheck.key(w);
                    String sk = TextFacts.skeleton(w);
                    if (k.length() >= 2 && tgt.contains(k) && seen.add(sk)) {
                        rendered.computeIfAbsent(k, x -> new ArrayList<>()).add(sk + " " + bi);
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
            String w = r.sourceSpan().text();
            String k = OmissionPartialCheck.key(w);
            String sk = TextFacts.skeleton(w);
            found.computeIfAbsent(r.bead(), x -> new HashSet<>()).add(sk);
            String at = sk + " " + r.bead();
            List<String> where = rendered.computeIfAbsent(k, x -> new ArrayList<>());
            if (where.isEmpty() || !where.get(where.size() - 1).equals(at)) { // the results come bead by bead
                where.add(at);
            }
            if (r.part().kind().isPerson()) {
                persons.computeIfAbsent(k, x -> new HashSet<>()).add(sk);
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
            String sk = TextFacts.skeleton(w);
            for (String h : here) {
                if (sameName(sk, h)) {
                    return false; // rendered in the bead after all, in a form the skeletons do not match (Джонс, Jones)
                }
            }
        }
        for (String w : group.split(" ")) {
            String sk = TextFacts.skeleton(w);
            for (String at : rendered.getOrDefault(OmissionPartialCheck.key(w), List.of())) {
                int sp = at.indexOf(' ');
                if (Math.abs(Integer.parseInt(at.substring(sp + 1)) - bi) > 1 && sameName(sk, at.substring(0, sp))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether two consonant skeletons are of one name: equal, or the shorter (three consonants or
     * more) begins the longer (a case ending: Лісова, Лісовим). Three consonants alone are not
     * enough (Mandela, Mandarin).
     */
    static boolean sameName(String a, String b) {
        String s = a.length() <= b.length() ? a : b;
        String l = a.length() <= b.length() ? b : a;
        return s.equals(l) || s.length() >= 3 && l.startsWith(s);
    }

    /** Whether a word of the name {@code group} is part of a person's name for the name analysis (rendered somewhere). */
    boolean person(String group) {
        for (String w : group.split(" ")) {
            String sk = TextFacts.skeleton(w);
            for (String p : persons.getOrDefault(OmissionPartialCheck.key(w), Set.of())) {
                if (sameName(sk, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether no word of the name {@code group} is rendered anywhere in the translation: no word of
     * it, in any bead, has the same name's loose skeleton, and the name analysis finds no rendering
     * of it. Looser than the skeletons that tell a name missing from a bead, so that a name the
     * translation writes in another transliteration (Rangers, Рейнджерс; Jones, Джонс; Alcaraz,
     * Алькарас) counts as written.
     */
    boolean absentEverywhere(String group) {
        for (String w : group.split(" ")) {
            String sk = TextFacts.skeleton(w);
            String lw = loose(w);
            for (String t : translationWords) {
                if (sameName(lw, t)) {
                    return false;
                }
            }
            for (Set<String> at : found.values()) {
                for (String f : at) {
                    if (sameName(sk, f)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * A consonant skeleton that folds the sounds transliteration between English and Cyrillic
     * commonly renders in two ways: English j and soft g as дж (Jones, Джонс; Rangers, Рейнджерс),
     * c and k, z and s (Alcaraz, Алькарас), and leaves out v and w (Dwyer, Дуайер).
     */
    static String loose(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replace("дж", "г").replace('j', 'g');
        StringBuilder out = new StringBuilder();
        for (char c : TextFacts.skeleton(w).toCharArray()) {
            char d = c == 'c' ? 'k' : c == 'z' ? 's' : c;
            if (d == 'v' || out.length() > 0 && out.charAt(out.length() - 1) == d) {
                continue;
            }
            out.append(d);
        }
        return out.toString();
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
