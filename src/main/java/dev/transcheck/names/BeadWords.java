package dev.transcheck.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The Latin words of one bead (or of the beads beside it) indexed by their text, so that the names
 * of a bead are compared with each distinct word once and find the nearest free word of a text by
 * a search instead of a walk over every word. A long list without full stops is one bead of
 * thousands of words that repeats its names: comparing every name with every word made one
 * 12,000-word sentence cost half a minute. Not thread-safe; one bead's match uses it.
 */
final class BeadWords {
    private final List<LatinTokens.Token> words;
    /** The words' places in the bead (0 to 1), ascending with the index; null when not needed. */
    private final double[] places;
    /** True when the places rise strictly with the index, so that a binary search finds the nearest. */
    private final boolean ordered;
    /** Each distinct text to the indexes of its words, ascending; texts in order of first appearance. */
    private final Map<String, int[]> byText = new LinkedHashMap<>();
    /** Each distinct text to the indexes of its words not yet taken. */
    private final Map<String, TreeSet<Integer>> free = new HashMap<>();
    private final Map<LatinTokens.Token, Integer> index = new HashMap<>();
    /** The distinct texts in order of first appearance (the order of {@link #byText}). */
    private final List<String> texts = new ArrayList<>();
    /** The texts' tags ({@link Expectation#wordTags}) inverted, per name tables; built on the first verdict asked. */
    private final Map<NameTables, TagIndex> tagIndexes = new IdentityHashMap<>();
    /** What each verdict memo (one per group of expectations that judge alike) makes of these words. */
    private final Map<Object, Judged> judged = new IdentityHashMap<>();

    /** The best verdict a name gives any of these words, the texts that get it, and the texts it accepts. */
    record Judged(Expectation.Verdict best, List<String> bestTexts, List<String> accepted) {
    }

    BeadWords(List<LatinTokens.Token> words, double[] places) {
        this.words = words;
        this.places = places;
        Map<String, List<Integer>> lists = new LinkedHashMap<>();
        boolean rising = true;
        for (int k = 0; k < words.size(); k++) {
            lists.computeIfAbsent(words.get(k).text(), x -> new ArrayList<>()).add(k);
            index.put(words.get(k), k);
            rising &= places == null || k == 0 || places[k] > places[k - 1];
        }
        this.ordered = rising;
        for (Map.Entry<String, List<Integer>> e : lists.entrySet()) {
            texts.add(e.getKey());
            byText.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
            free.put(e.getKey(), new TreeSet<>(e.getValue()));
        }
    }

    /** How {@code e} judges these words: each distinct text once per group of alike expectations. */
    Judged judge(Expectation e) {
        return judged.computeIfAbsent(e.verdictMemo(), m -> judge(e, null));
    }

    /**
     * How {@code e} judges these words when an accepted text that {@code keep} refuses counts as no
     * rendering (null: every accepted text counts); not kept, each call judges every distinct text.
     */
    Judged judge(Expectation e, Predicate<String> keep) {
        Expectation.Verdict best = Expectation.Verdict.NONE;
        List<String> bestTexts = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (String text : candidates(e)) {
            Expectation.Verdict v = e.judge(text);
            if (v == Expectation.Verdict.ACCEPTED && keep != null && !keep.test(text)) {
                v = Expectation.Verdict.NONE;
            }
            if (v == Expectation.Verdict.ACCEPTED) {
                accepted.add(text);
            }
            if (v.ordinal() < best.ordinal()) {
                best = v;
                bestTexts.clear();
            }
            if (v == best && v != Expectation.Verdict.NONE) {
                bestTexts.add(text);
            }
        }
        return new Judged(best, List.copyOf(bestTexts), List.copyOf(accepted));
    }

    /**
     * The texts that share a tag with {@code e} ({@link Expectation#tags}), in order of first
     * appearance: every other text gets {@link Expectation.Verdict#NONE} from it, which adds nothing
     * to a {@link Judged}. A bead of thousands of different names compares each with the words that
     * may render it instead of with every word.
     */
    private List<String> candidates(Expectation e) {
        if (texts.size() < TAG_INDEX_MIN) {
            return texts;
        }
        TagIndex index = tagIndexes.computeIfAbsent(e.tables(), t -> new TagIndex(texts, t));
        boolean[] hit = new boolean[texts.size()];
        int n = 0;
        for (int k : index.any) {
            n += hit[k] ? 0 : 1;
            hit[k] = true;
        }
        for (String tag : e.tags()) {
            int[] ks = index.byTag.get(tag);
            if (ks != null) {
                for (int k : ks) {
                    n += hit[k] ? 0 : 1;
                    hit[k] = true;
                }
            }
        }
        List<String> out = new ArrayList<>(n);
        for (int k = 0; k < hit.length; k++) {
            if (hit[k]) {
                out.add(texts.get(k));
            }
        }
        return out;
    }

    /** Below this many distinct texts every name is compared with every text (the tags cost more than they save). */
    private static final int TAG_INDEX_MIN = 64;

    /** Each tag of the texts to the texts that have it (ascending indexes into the texts); the texts tagged {@link Expectation#ANY_TAG}. */
    private static final class TagIndex {
        final Map<String, int[]> byTag = new HashMap<>();
        final int[] any;

        TagIndex(List<String> texts, NameTables tables) {
            Map<String, List<Integer>> lists = new HashMap<>();
            for (int k = 0; k < texts.size(); k++) {
                for (String tag : Expectation.wordTags(texts.get(k), tables)) {
                    lists.computeIfAbsent(tag, x -> new ArrayList<>()).add(k);
                }
            }
            List<Integer> a = lists.remove(Expectation.ANY_TAG);
            any = a == null ? new int[0] : a.stream().mapToInt(Integer::intValue).toArray();
            for (Map.Entry<String, List<Integer>> x : lists.entrySet()) {
                byTag.put(x.getKey(), x.getValue().stream().mapToInt(Integer::intValue).toArray());
            }
        }
    }

    /** Marks {@code t} as taken (a rendering of some name); a word of other beads is ignored. */
    void take(LatinTokens.Token t) {
        Integer k = index.get(t);
        if (k != null) {
            free.get(t.text()).remove(k);
        }
    }

    /** Marks every word in {@code taken} as taken. */
    void takeAll(Set<LatinTokens.Token> taken) {
        for (LatinTokens.Token t : taken) {
            take(t);
        }
    }

    /**
     * The word of one of {@code texts} nearest to {@code at}, a free one before a taken one, the
     * earlier of two as near: what a walk over every word keeping the first strictly better one
     * gives. Null when there is none.
     */
    LatinTokens.Token nearest(List<String> texts, double at) {
        int best = -1;
        for (boolean onlyFree : new boolean[] {true, false}) {
            for (String text : texts) {
                int k = onlyFree ? nearestFree(free.get(text), at) : nearestOf(byText.get(text), at);
                if (k >= 0 && (best < 0 || closer(k, best, at))) {
                    best = k;
                }
            }
            if (best >= 0) {
                return words.get(best);
            }
        }
        return null;
    }

    /**
     * The first word (by index) of {@code texts} still free, else the last word of them: what the
     * walk over a neighbouring bead's words gives (the first free rendering, else the last one taken).
     */
    LatinTokens.Token firstFreeElseLast(List<String> texts) {
        int first = -1;
        int last = -1;
        for (String text : texts) {
            TreeSet<Integer> f = free.get(text);
            if (!f.isEmpty() && (first < 0 || f.first() < first)) {
                first = f.first();
            }
            int[] all = byText.get(text);
            last = Math.max(last, all[all.length - 1]);
        }
        return first >= 0 ? words.get(first) : last >= 0 ? words.get(last) : null;
    }

    private boolean closer(int k, int best, double at) {
        double dk = Math.abs(places[k] - at);
        double db = Math.abs(places[best] - at);
        return dk < db || dk == db && k < best;
    }

    /** The index of the last word placed at or before {@code at}, -1 when none. */
    private int lastAtOrBefore(double at) {
        int lo = 0;
        int hi = places.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (places[mid] <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private int nearestFree(TreeSet<Integer> set, double at) {
        if (set.isEmpty()) {
            return -1;
        }
        if (!ordered) {
            int best = -1;
            for (int k : set) {
                if (best < 0 || closer(k, best, at)) {
                    best = k;
                }
            }
            return best;
        }
        int j = lastAtOrBefore(at);
        Integer below = set.floor(j);
        Integer above = set.ceiling(j + 1);
        return pick(below == null ? -1 : below, above == null ? -1 : above, at);
    }

    private int nearestOf(int[] ks, double at) {
        if (!ordered) {
            int best = -1;
            for (int k : ks) {
                if (best < 0 || closer(k, best, at)) {
                    best = k;
                }
            }
            return best;
        }
        int j = lastAtOrBefore(at);
        int lo = 0;
        int hi = ks.length;
        while (lo < hi) { // the first index of ks above j
            int mid = (lo + hi) >>> 1;
            if (ks[mid] <= j) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return pick(lo > 0 ? ks[lo - 1] : -1, lo < ks.length ? ks[lo] : -1, at);
    }

    private int pick(int a, int b, double at) {
        if (a < 0) {
            return b;
        }
        if (b < 0) {
            return a;
        }
        return closer(b, a, at) ? b : a;
    }
}
