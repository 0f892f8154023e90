package dev.transcheck;

import dev.transcheck.io.BilingualFile;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Unit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lays a bilingual file out as two documents and their alignment. Each unit's source (and target,
 * when it has one) becomes a paragraph of its side, paragraphs separated by a blank line, so no
 * sentence crosses a unit. The file's pairing is the alignment: a unit is one bead when either side
 * is a single sentence, and a unit that holds several sentences on both sides (a whole paragraph
 * in one segment) is aligned inside the unit by the sentence aligner.
 */
record BilingualLayout(Document source, Document translation, Alignment alignment, List<Unit> units) {

    static BilingualLayout of(BilingualFile file, Transcheck tc) {
        StringBuilder src = new StringBuilder();
        StringBuilder tgt = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        List<BilingualFile.Pair> kept = new ArrayList<>();
        for (BilingualFile.Pair p : file.pairs()) {
            if (p.source().isBlank()) {
                continue;
            }
            if (src.length() > 0) {
                src.append("\n\n");
            }
            int ss = src.length();
            src.append(flatten(p.source()));
            int se = src.length();
            int ts = tgt.length();
            int te = ts;
            if (p.target() != null && !p.target().isBlank()) {
                if (tgt.length() > 0) {
                    tgt.append("\n\n");
                }
                ts = tgt.length();
                tgt.append(flatten(p.target()));
                te = tgt.length();
            }
            spans.add(new int[] {ss, se, ts, te});
            kept.add(p);
        }
        Document source = tc.document(file.path(), file.sourceLang(), src.toString());
        Document translation = tc.document(file.path(), file.targetLang(), tgt.toString());
        List<Unit> units = new ArrayList<>();
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            BilingualFile.Pair p = kept.get(i);
            int[] sp = spans.get(i);
            String state = p.target() == null ? "missing" : p.target().isBlank() ? "empty" : "present";
            units.add(new Unit(p.id(), sp[0], sp[1], sp[2], sp[3], state, p.sourceCodes(), p.targetCodes()));
            List<Sentence> ss = within(source, sp[0], sp[1]);
            List<Sentence> ts = sp[3] > sp[2] ? within(translation, sp[2], sp[3]) : List.of();
            beads.addAll(beads(ss, ts, source, translation, tc));
        }
        return new BilingualLayout(source, translation, new Alignment(beads, source.size(), translation.size()), units);
    }

    /**
     * Paragraph breaks inside a segment stay line breaks, never a blank line (which would end the
     * unit's paragraph and could make a sentence of the next unit look like this one's).
     */
    private static String flatten(String raw) {
        // composed first, as Transcheck.document would, so the unit offsets index the document's text
        String text = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC);
        // same length, so inline-code offsets stay right: a line break that would end a blank line becomes a space
        char[] c = text.toCharArray();
        boolean lineEmpty = true;
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '\n' || c[i] == '\r' || c[i] == '\u2028' || c[i] == '\u2029' || c[i] == '\u0085') {
                if (c[i] == '\r' && i + 1 < c.length && c[i + 1] == '\n') {
                    if (lineEmpty) {
                        c[i] = ' ';
                        c[i + 1] = ' ';
                    }
                    i++;
                } else if (lineEmpty) {
                    c[i] = ' ';
                }
                lineEmpty = true;
            } else if (c[i] != ' ' && c[i] != '\t') {
                lineEmpty = false;
            }
        }
        return new String(c);
    }

    private static List<Sentence> within(Document d, int start, int end) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            if (s.start() >= start && s.end() <= end) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<Bead> beads(List<Sentence> ss, List<Sentence> ts, Document source, Document translation,
                                    Transcheck tc) {
        List<Integer> si = ss.stream().map(Sentence::id).toList();
        List<Integer> ti = ts.stream().map(Sentence::id).toList();
        if (si.isEmpty() && ti.isEmpty()) {
            return List.of();
        }
        if (si.size() <= 1 || ti.size() <= 1) {
            return List.of(new Bead(si, ti, 1.0));
        }
        // a whole paragraph in one unit: align its sentences, then map the ids back
        Document subS = new Document(source.path(), source.lang(), source.text(), renumber(ss));
        Document subT = new Document(translation.path(), translation.lang(), translation.text(), renumber(ts));
        List<Bead> out = new ArrayList<>();
        for (Bead b : tc.align(subS, subT).beads()) {
            out.add(new Bead(b.source().stream().map(si::get).toList(), b.translation().stream().map(ti::get).toList(),
                    b.confidence()));
        }
        return out;
    }

    private static List<Sentence> renumber(List<Sentence> ss) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : ss) {
            out.add(new Sentence(out.size(), s.paragraph(), s.start(), s.end(), s.text()));
        }
        return out;
    }

    /**
     * Gives every finding the id of its unit (by its source span, else its translation span) and
     * drops omission findings in units that {@code target.missing} already reports whole.
     */
    static List<Finding> placeInUnits(List<Finding> findings, List<Unit> units) {
        Set<String> missingReported = new HashSet<>();
        for (Finding f : findings) {
            if ("target.missing".equals(f.check()) && f.source() != null) {
                Unit u = bySource(units, f.source().start());
                if (u != null) {
                    missingReported.add(u.id());
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Unit u = f.source() != null ? bySource(units, f.source().start()) : null;
            if (u == null && f.translation() != null) {
                u = byTarget(units, f.translation().start());
            }
            if (u != null && missingReported.contains(u.id()) && f.check().startsWith("omission")) {
                continue;
            }
            out.add(u == null ? f : f.withUnit(u.id()));
        }
        return out;
    }

    private static Unit bySource(List<Unit> units, int offset) {
        for (Unit u : units) {
            if (u.holdsSource(offset)) {
                return u;
            }
        }
        return null;
    }

    private static Unit byTarget(List<Unit> units, int offset) {
        for (Unit u : units) {
            if (u.holdsTarget(offset)) {
                return u;
            }
        }
        return null;
    }
}
