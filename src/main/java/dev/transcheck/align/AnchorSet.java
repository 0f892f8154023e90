package dev.transcheck.align;

import java.util.ArrayList;
import java.util.List;

/** The anchors of every sentence of a source document and of its translation. */
public record AnchorSet(List<List<Anchor>> source, List<List<Anchor>> translation) {
    public AnchorSet {
        source = List.copyOf(source);
        translation = List.copyOf(translation);
    }

    /** No anchors at all (for sizes {@code n} and {@code m}). */
    public static AnchorSet empty(int n, int m) {
        List<List<Anchor>> s = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            s.add(List.of());
        }
        List<List<Anchor>> t = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            t.add(List.of());
        }
        return new AnchorSet(s, t);
    }

    /** Sentence-wise union of two anchor sets of the same documents. */
    public AnchorSet plus(AnchorSet other) {
        return new AnchorSet(concat(source, other.source), concat(translation, other.translation));
    }

    private static List<List<Anchor>> concat(List<List<Anchor>> a, List<List<Anchor>> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("anchor sets of different documents");
        }
        List<List<Anchor>> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            if (b.get(i).isEmpty()) {
                out.add(a.get(i));
            } else if (a.get(i).isEmpty()) {
                out.add(b.get(i));
            } else {
                List<Anchor> l = new ArrayList<>(a.get(i));
                l.addAll(b.get(i));
                out.add(List.copyOf(l));
            }
        }
        return out;
    }
}
