package dev.transcheck.editions;

// Longer than 400 lines: triangulated alignment, the three cross-edition rules and the matrix
// share the per-edition alignments and item tables built once per run; it should be split into an
// alignment stage and one class per rule next.

import dev.transcheck.Settings;
import dev.transcheck.Transcheck;
import dev.transcheck.editions.EditionsReport.Cell;
import dev.transcheck.editions.EditionsReport.CrossFinding;
import dev.transcheck.editions.EditionsReport.Edition;
import dev.transcheck.editions.EditionsReport.Row;
import dev.transcheck.editions.EditionsReport.Witness;
import dev.transcheck.editions.Items.Item;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Evidence;
import dev.transcheck.model.Finding;
import dev.transcheck.model.FindingIds;
import dev.transcheck.model.Report;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import dev.transcheck.model.Summary;
import dev.transcheck.text.translit.Romanizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks one source with several editions (translations into other languages, or other
 * translations) together:
 *
 * <ol>
 * <li>every edition is checked against the source as {@link Transcheck#check} does;</li>
 * <li>every edition is aligned to the source and to every other edition, and a source sentence
 *     that one edition lacks while every other edition carries it is an omission when at least two
 *     alignments agree ({@code edition.omission});</li>
 * <li>names and numbers of each source sentence are compared across the editions by a
 *     language-neutral key ({@link NameKeys}, number values); an edition that writes another name or
 *     number where the source and every other edition agree is wrong ({@code edition.name},
 *     {@code edition.number}). Where the source does not say, an edition that disagrees with all
 *     of at least two others gets a warning with the majority as evidence.</li>
 * </ol>
 *
 * The instance's settings apply: disabled checks (also the {@code edition.*} ids), severity
 * overrides, accepted finding ids, the gate ({@code failOn}, {@code maxScore}) per edition.
 */
public final class Editions {
    private Editions() {
    }

    /** Checks {@code editions} (at least one) against {@code source}; documents as made by {@link Transcheck#document}. */
    public static EditionsReport check(Transcheck tc, Document source, List<Document> editions) {
        if (editions.isEmpty()) {
            throw new IllegalArgumentException("no edition to check");
        }
        return new Run(tc, source, editions).run();
    }

    /** Column labels: the language code, or the file name where two editions share a language. */
    static List<String> labels(List<Document> editions) {
        Map<String, Integer> count = new HashMap<>();
        for (Document d : editions) {
            count.merge(d.lang(), 1, Integer::sum);
        }
        List<String> out = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (Document d : editions) {
            String label = count.get(d.lang()) == 1 ? d.lang() : fileName(d.path());
            String unique = label;
            for (int k = 2; !used.add(unique); k++) {
                unique = label + "#" + k;
            }
            out.add(unique);
        }
        return out;
    }

    private static String fileName(String path) {
        String p = path == null || path.isEmpty() ? "edition" : path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** One run: all the state of checking one source with its editions. */
    private static final class Run {
        final Transcheck tc;
        final Settings settings;
        final Document source;
        final List<Document> eds;
        final int n;
        final List<String> labels;
        final NameKeys keys;
        final Report[] reports;
        final Alignment[] toSource;
        final Alignment[][] pairs;
        final List<List<CrossFinding>> cross = new ArrayList<>();

        Run(Transcheck tc, Document source, List<Document> editions) {
            this.tc = tc;
            this.settings = tc.settings();
            this.source = source;
            this.eds = List.copyOf(editions);
            this.n = eds.size();
            this.labels = labels(eds);
            this.keys = new NameKeys(Romanizer.of(tc.resources()));
            this.reports = new Report[n];
            this.toSource = new Alignment[n];
            this.pairs = new Alignment[n][n];
            for (int i = 0; i < n; i++) {
                cross.add(new ArrayList<>());
            }
        }

        EditionsReport run() {
            for (int i = 0; i < n; i++) {
                reports[i] = tc.check(source, eds.get(i));
                toSource[i] = reports[i].alignment();
            }
            if (n >= 2) {
                for (int j = 0; j < n; j++) {
                    for (int i = j + 1; i < n; i++) {
                        pairs[j][i] = tc.align(eds.get(j), eds.get(i));
                    }
                }
                boolean omissions = enabled(EditionCheck.OMISSION);
                boolean names = enabled(EditionCheck.NAME);
                boolean numbers = enabled(EditionCheck.NUMBER);
                for (int s = 0; s < source.size(); s++) {
                    for (int i = 0; i < n; i++) {
                        if (omissions) {
                            omission(s, i);
                        }
                    }
                    if (names) {
                        agreement(s, EditionCheck.NAME);
                    }
                    if (numbers) {
                        agreement(s, EditionCheck.NUMBER);
                    }
                }
            }
            return assemble();
        }

        boolean enabled(EditionCheck c) {
            return !settings.disabledChecks().contains(c.id());
        }

        /** The edition sentences aligned with source sentence {@code s}; empty when none. */
        List<Integer> cell(int i, int s) {
            return toSource[i].beadOfSource(s).translation();
        }

        /**
         * Where sentences {@code ids} of edition {@code j} go in edition {@code i}: the sentences of
         * {@code i} in the beads holding them, and whether every such bead is empty on {@code i}'s side.
         */
        List<Integer> mapped(int j, int i, List<Integer> ids, boolean[] allEmpty) {
            Alignment a = j < i ? pairs[j][i] : pairs[i][j];
            Set<Integer> out = new LinkedHashSet<>();
            boolean empty = true;
            for (int id : ids) {
                Bead b = j < i ? a.beadOfSource(id) : a.beadOfTranslation(id);
                List<Integer> other = j < i ? b.translation() : b.source();
                if (!other.isEmpty()) {
                    empty = false;
                }
                out.addAll(other);
            }
            allEmpty[0] = empty;
            return List.copyOf(out);
        }

        // ---- edition.omission ------------------------------------------------------------

        /**
         * Source sentence {@code s} in edition {@code i}: every other edition must carry it; then
         * one vote when the source alignment gives it nothing in {@code i}, and one per other
         * edition whose sentences for it align to nothing in {@code i}. Any other edition whose
         * sentences align to {@code i}'s sentences for {@code s} denies. Two votes and no denial make
         * an omission.
         */
        void omission(int s, int i) {
            boolean direct = cell(i, s).isEmpty();
            int votes = direct ? 1 : 0;
            int denies = 0;
            List<Witness> witnesses = new ArrayList<>();
            witnesses.add(new Witness("source", source.lang(), source.sentence(s).text(), List.of(s), true));
            Set<Integer> own = new LinkedHashSet<>(cell(i, s));
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                List<Integer> tj = cell(j, s);
                if (tj.isEmpty()) {
                    return; // not carried by every other edition
                }
                boolean[] empty = new boolean[1];
                List<Integer> there = mapped(j, i, tj, empty);
                if (empty[0]) {
                    votes++;
                } else if (there.stream().anyMatch(own::contains)) {
                    denies++;
                }
                witnesses.add(new Witness(labels.get(j), eds.get(j).lang(), text(eds.get(j), tj), tj, true));
            }
            if (votes < 2 || denies > 0) {
                return;
            }
            List<String> carriers = witnesses.stream().skip(1).map(Witness::label).toList();
            String message = "the source sentence is missing from this edition; " + String.join(", ", carriers)
                    + (carriers.size() == 1 ? " carries" : " carry") + " it (" + votes + " alignments agree)";
            Span src = Span.ofSentence(source.sentence(s));
            Finding f = Finding.of(EditionCheck.OMISSION.id(), severity(EditionCheck.OMISSION), EditionCheck.OMISSION.category(),
                    message, src, null, List.of(), null);
            cross.get(i).add(new CrossFinding(i, s, f, witnesses, null));
        }

        /**
         * The pair finding that reports the same problem as {@code cf}: the per-pair omission of the
         * same source sentence, or a finding on overlapping words of the edition; null when none.
         */
        static Finding samePairFinding(CrossFinding cf, List<Finding> pair) {
            Finding c = cf.finding();
            for (Finding f : pair) {
                if (c.translation() == null) {
                    if (f.translation() == null && "omission".equals(f.check()) && f.source() != null
                            && f.source().sentence() == cf.row()) {
                        return f;
                    }
                } else if (f.translation() != null && f.translation().start() < c.translation().end()
                        && c.translation().start() < f.translation().end()
                        && f.category() == c.category()) {
                    return f;
                }
            }
            return null;
        }

        Severity severity(EditionCheck c) {
            Severity o = settings.severityOverrides().get(c.id());
            return o != null ? o : c.severity();
        }

        // ---- edition.name / edition.number -------------------------------------------------

        List<Item> items(Document d, List<Integer> ids, EditionCheck c) {
            if (c == EditionCheck.NUMBER) {
                return Items.numbers(d, ids);
            }
            return Items.words(d, ids, keys);
        }

        /** What counts as a thing to agree on: a capitalised word with a key of three classes, or any number. */
        static boolean salient(Item it) {
            return it.number() != null || (it.capitalised() && it.key().length() >= 3 && !acronym(it.text()));
        }

        /** An all-capitals word (NATO, США, BNPB): abbreviations are expanded, kept or translated freely. */
        static boolean acronym(String w) {
            int upper = 0;
            for (int k = 0; k < w.length(); k++) {
                if (Character.isLowerCase(w.charAt(k))) {
                    return false;
                }
                upper += Character.isUpperCase(w.charAt(k)) ? 1 : 0;
            }
            return upper >= 2;
        }

        static boolean has(List<Item> items, Item thing) {
            for (Item it : items) {
                if (Items.same(it, thing)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The names (or numbers) of source sentence {@code s}: each thing the source says, or that
         * at least two editions say where the source does not, is looked for in every edition; an
         * edition that lacks it while every other edition has it, and has in its place a thing that
         * nobody else has, gets a finding on that thing.
         */
        void agreement(int s, EditionCheck check) {
            List<Item> src = items(source, List.of(s), check);
            List<List<Item>> cells = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                cells.add(items(eds.get(i), cell(i, s), check));
            }
            List<Item> things = new ArrayList<>();
            List<Boolean> inSource = new ArrayList<>();
            for (Item it : src) {
                if (salient(it) && !has(things, it)) {
                    things.add(it);
                    inSource.add(true);
                }
            }
            for (int i = 0; i < n; i++) {
                for (Item it : cells.get(i)) {
                    if (salient(it) && !has(things, it)) {
                        things.add(it);
                        inSource.add(has(src.stream().filter(Run::salient).toList(), it));
                    }
                }
            }
            for (int t = 0; t < things.size(); t++) {
                Item thing = things.get(t);
                List<Integer> holders = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    // a name is written capitalised; a lower-case match (комісія for Commission) is a common word there
                    List<Item> there = check == EditionCheck.NAME
                            ? cells.get(i).stream().filter(Items.Item::capitalised).toList() : cells.get(i);
                    if (has(there, thing)) {
                        holders.add(i);
                    }
                }
                if (holders.size() != n - 1) {
                    continue; // every edition has it, or more than one lacks it: no odd one out
                }
                if (check == EditionCheck.NAME && holders.size() < 2) {
                    // one edition against one other is a translator's choice against another (Germany:
                    // Германия, Німеччина); a name needs two editions that agree (see docs/EDITIONS.md)
                    continue;
                }
                boolean fromSource = inSource.get(t);
                if (!fromSource && (holders.size() < 2 || !capitalisedIn(holders, cells, thing))) {
                    continue; // without the source, a name is what at least two editions write capitalised
                }
                if (check == EditionCheck.NAME && !nameLike(thing, fromSource, src, holders, cells)) {
                    continue;
                }
                int odd = 0;
                while (holders.contains(odd)) {
                    odd++;
                }
                if (cell(odd, s).isEmpty() || nearby(odd, s, thing, check)) {
                    continue;
                }
                Item replacement = replacement(odd, s, thing, src, cells, check);
                if (replacement == null) {
                    continue;
                }
                report(odd, s, check, thing, replacement, fromSource, holders, cells, src);
            }
        }

        /**
         * True when {@code thing} is a name, not a capitalised common word. The source decides: it
         * writes the thing capitalised inside a sentence, in this sentence or elsewhere in the
         * article (so a month or weekday that English capitalises is no name, and a person the
         * source calls "he" here but names elsewhere is). A source in a language that capitalises
         * nouns cannot tell; then an edition in a language that does not must write it so.
         */
        boolean nameLike(Item thing, boolean fromSource, List<Item> src, List<Integer> holders, List<List<Item>> cells) {
            if (!capitalisesNouns(source)) {
                for (Item it : src) {
                    if (it.capitalised() && !it.initial() && Items.same(it, thing)) {
                        return true;
                    }
                }
                for (Item it : sourceWords()) {
                    if (it.capitalised() && !it.initial() && Items.same(it, thing)) {
                        return true;
                    }
                }
                return false;
            }
            for (int j : holders) {
                if (capitalisesNouns(eds.get(j))) {
                    continue;
                }
                for (Item it : cells.get(j)) {
                    if (it.capitalised() && !it.initial() && Items.same(it, thing)) {
                        return true;
                    }
                }
            }
            return false;
        }

        List<Item> sourceWords;

        List<Item> sourceWords() {
            if (sourceWords == null) {
                sourceWords = Items.words(source, allIds(source), keys);
            }
            return sourceWords;
        }

        static boolean capitalisedIn(List<Integer> holders, List<List<Item>> cells, Item thing) {
            for (int j : holders) {
                Item there = first(cells.get(j), thing);
                if (there == null || !there.capitalised()) {
                    return false;
                }
            }
            return true;
        }

        /** True when edition {@code i} has {@code thing} in the cells of the neighbouring source sentences (an alignment slip). */
        boolean nearby(int i, int s, Item thing, EditionCheck check) {
            for (int d = -1; d <= 1; d += 2) {
                int r = s + d;
                if (r >= 0 && r < source.size() && !cell(i, r).isEmpty()
                        && has(items(eds.get(i), cell(i, r), check), thing)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The thing edition {@code i} writes instead of {@code missing}: salient, matched by nothing
         * in the source (the whole bead) or in any other edition, and name-like. In a language that
         * capitalises nouns (German, {@code capitalises-nouns} in its profile), a word counts only next to a matched name or when it sounds
         * like the missing one; elsewhere a sentence-initial word also needs to sound like it, and a
         * word the edition also writes in lower case is an ordinary word.
         */
        Item replacement(int i, int s, Item missing, List<Item> src, List<List<Item>> cells, EditionCheck check) {
            List<Item> context = new ArrayList<>(items(source, toSource[i].beadOfSource(s).source(), check));
            context.addAll(src);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    context.addAll(cells.get(j));
                }
            }
            List<Item> mine = cells.get(i);
            Item best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (int k = 0; k < mine.size(); k++) {
                Item it = mine.get(k);
                // a replacement may be a short name (Schoigu, Szojgu: two sound classes)
                boolean candidate = it.number() != null
                        || (it.capitalised() && it.key().length() >= 2 && !acronym(it.text()) && sameScript(it, eds.get(i)));
                if (!candidate || has(context, it) || (it.number() == null && sameShortKey(context, it))) {
                    continue;
                }
                if (check == EditionCheck.NUMBER && !comparable(it, missing)) {
                    continue; // 320 km for 200 miles, 4 o'clock for 04:00: converted, not changed
                }
                if (check == EditionCheck.NAME && (has(namesOfSource(), it) || variant(it, i, missing, src, cells))) {
                    continue; // another name of the article, or the same name spelt another way
                }
                int distance;
                if (check == EditionCheck.NUMBER) {
                    distance = 0;
                } else {
                    distance = NameKeys.distance(it.key(), missing.key());
                    boolean sounds = it.key().charAt(0) == missing.key().charAt(0)
                            && distance <= Math.max(1, missing.key().length() / 2);
                    boolean besideName = besideMatched(mine, k, context);
                    boolean ok;
                    if (capitalisesNouns(eds.get(i))) {
                        ok = sounds || besideName;
                    } else {
                        ok = (!it.initial() || sounds) && !writtenLowerCase(eds.get(i), it.text());
                    }
                    if (!ok) {
                        continue;
                    }
                }
                if (distance < bestDistance) {
                    best = it;
                    bestDistance = distance;
                }
            }
            return best;
        }

        /** True when a word with a key of fewer than three classes has the same key as a word of {@code context}. */
        static boolean sameShortKey(List<Item> context, Item it) {
            for (Item c : context) {
                if (c.number() == null && !c.key().isEmpty() && c.key().equals(it.key())) {
                    return true;
                }
            }
            return false;
        }

        /** True when a word is in the main script of its edition (a Latin brand kept in a Cyrillic text is not a rendering). */
        static boolean sameScript(Item it, Document d) {
            boolean cyr = dev.transcheck.text.TextFacts.isCyrillic(it.text().charAt(0));
            boolean docCyr = dev.transcheck.lang.LanguageProfiles.of(d.lang()).script() == dev.transcheck.lang.LanguageProfile.Script.CYRILLIC;
            return cyr == docCyr || dev.transcheck.lang.LanguageProfiles.of(d.lang()).script() == dev.transcheck.lang.LanguageProfile.Script.OTHER;
        }

        /** Two numbers that can stand for each other: the same kind of value in the same unit. */
        static boolean comparable(Item a, Item b) {
            var x = a.number();
            var y = b.number();
            if (x.spelled() || y.spelled()) {
                return false; // "four" and "три": a count in words is often rephrased, not mistranslated
            }
            boolean units = x.unit() == null || y.unit() == null || x.unit().equals(y.unit());
            return units && group(x.kind()) == group(y.kind());
        }

        /** Kinds of value that may stand for each other (a year or an age may be read as a plain number); units decide among them. */
        static int group(dev.transcheck.text.numbers.NumericEntity.Kind k) {
            return switch (k) {
                case NUMBER, YEAR, QUANTITY, MONEY, PERCENT -> 0;
                default -> k.ordinal() + 1;
            };
        }

        List<Item> sourceNames;

        /** The names of the whole source (capitalised inside a sentence). */
        List<Item> namesOfSource() {
            if (sourceNames == null) {
                sourceNames = sourceWords().stream().filter(it -> it.capitalised() && !it.initial() && salient(it)).toList();
            }
            return sourceNames;
        }

        /**
         * True when {@code it} is the missing name spelt another way: its sound key is within two
         * classes of a form the source or another edition writes, and at least 70% of its letters are
         * the same (Хункерас and Жункерас, Зорица and Зорика, Депфорді and Дептфорда; not Bielajew
         * and Biełousow).
         */
        boolean variant(Item it, int i, Item missing, List<Item> src, List<List<Item>> cells) {
            String mine = keys.letters(it.text(), eds.get(i).lang());
            List<String[]> forms = new ArrayList<>();
            Item s0 = first(src, missing);
            if (s0 != null) {
                forms.add(new String[] {s0.text(), source.lang()});
            }
            for (int j = 0; j < n; j++) {
                Item f = j == i ? null : first(cells.get(j), missing);
                if (f != null) {
                    forms.add(new String[] {f.text(), eds.get(j).lang()});
                }
            }
            for (String[] f : forms) {
                String theirs = keys.letters(f[0], f[1]);
                if (NameKeys.distance(keys.key(f[0], f[1]), it.key()) <= 2 && NameKeys.similarity(mine, theirs) >= 0.7) {
                    return true;
                }
            }
            return false;
        }

        static boolean besideMatched(List<Item> mine, int k, List<Item> context) {
            for (int d = -1; d <= 1; d += 2) {
                int m = k + d;
                if (m >= 0 && m < mine.size() && mine.get(m).capitalised() && has(context, mine.get(m))
                        && mine.get(m).key().length() >= 3) {
                    return true;
                }
            }
            return false;
        }

        /** True when the document's language capitalises common nouns (German; its profile's {@code capitalises-nouns}). */
        static boolean capitalisesNouns(Document d) {
            return dev.transcheck.lang.LanguageProfiles.of(d.lang()).capitalisesNouns();
        }

        static List<Integer> allIds(Document d) {
            List<Integer> ids = new ArrayList<>();
            for (int k = 0; k < d.size(); k++) {
                ids.add(k);
            }
            return ids;
        }

        /** True when {@code word} occurs in lower case as a whole word in {@code d}. */
        static boolean writtenLowerCase(Document d, String word) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.equals(word)) {
                return false;
            }
            String t = d.text();
            int from = 0;
            while (true) {
                int at = t.indexOf(lower, from);
                if (at < 0) {
                    return false;
                }
                int end = at + lower.length();
                boolean left = at == 0 || !Character.isLetter(t.charAt(at - 1));
                boolean right = end >= t.length() || !Character.isLetter(t.charAt(end));
                if (left && right) {
                    return true;
                }
                from = at + 1;
            }
        }

        void report(int i, int s, EditionCheck check, Item thing, Item replacement, boolean fromSource,
                    List<Integer> holders, List<List<Item>> cells, List<Item> src) {
            Document d = eds.get(i);
            for (CrossFinding cf : cross.get(i)) {
                if (cf.finding().check().equals(check.id()) && cf.finding().translation() != null
                        && cf.finding().translation().start() == replacement.start()) {
                    return; // one finding per span
                }
            }
            List<Witness> witnesses = new ArrayList<>();
            Item inSrc = first(src, thing);
            if (inSrc != null) {
                witnesses.add(new Witness("source", source.lang(), inSrc.text(), List.of(s), true));
            }
            List<String> expected = new ArrayList<>();
            for (int j : holders) {
                Item there = first(cells.get(j), thing);
                witnesses.add(new Witness(labels.get(j), eds.get(j).lang(), there.text(), List.of(there.sentence()), true));
            }
            witnesses.add(new Witness(labels.get(i), d.lang(), replacement.text(), List.of(replacement.sentence()), false));
            String what = check == EditionCheck.NUMBER ? "number" : "name";
            String others = String.join(", ", holders.stream().map(j -> labels.get(j) + " " + quote(first(cells.get(j), thing).text())).toList());
            String message;
            Severity sev = severity(check);
            if (fromSource) {
                message = "this edition writes " + quote(replacement.text()) + " where the source ("
                        + quote(inSrc.text()) + ") and every other edition (" + others + ") have another " + what;
            } else {
                message = "this edition writes " + quote(replacement.text()) + " where the other editions agree on another "
                        + what + " (" + others + "); the source does not settle it";
                Severity override = settings.severityOverrides().get(check.id());
                sev = override != null ? override : Severity.WARNING;
            }
            Span tgt = Span.of(d, replacement.sentence(), replacement.start(), replacement.end());
            Span srcSpan = inSrc != null ? Span.of(source, s, inSrc.start(), inSrc.end()) : Span.ofSentence(source.sentence(s));
            Finding f = Finding.of(check.id(), sev, check.category(), message, srcSpan, tgt, expectedForms(holders, cells, thing), null);
            cross.get(i).add(new CrossFinding(i, s, f, witnesses, null));
        }

        List<String> expectedForms(List<Integer> holders, List<List<Item>> cells, Item thing) {
            Set<String> out = new LinkedHashSet<>();
            for (int j : holders) {
                out.add(first(cells.get(j), thing).text());
            }
            return List.copyOf(out);
        }

        static Item first(List<Item> items, Item thing) {
            for (Item it : items) {
                if (salient(it) && Items.same(it, thing)) {
                    return it;
                }
            }
            for (Item it : items) {
                if (Items.same(it, thing)) {
                    return it;
                }
            }
            return null;
        }

        static String quote(String s) {
            return "\u201c" + s + "\u201d";
        }

        static String text(Document d, List<Integer> ids) {
            StringBuilder sb = new StringBuilder();
            for (int id : ids) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(d.sentence(id).text());
            }
            return sb.toString();
        }

        // ---- assembling the report -----------------------------------------------------------

        EditionsReport assemble() {
            List<Edition> editions = new ArrayList<>();
            boolean passed = true;
            List<Report> finalReports = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Document d = eds.get(i);
                Report r = reports[i];
                List<Finding> pair = new ArrayList<>(r.findings());
                List<CrossFinding> mine = new ArrayList<>();
                for (CrossFinding cf : cross.get(i)) {
                    Finding f = cf.finding();
                    String id = FindingIds.of(f, source, d);
                    f = f.withId(id);
                    if (settings.acceptedIds().contains(id)) {
                        f = f.asAccepted();
                    }
                    f = f.withSpans(source.asRead(f.source()), d.asRead(f.translation()));
                    CrossFinding placed = new CrossFinding(cf.edition(), cf.row(), f, cf.witnesses(), null);
                    Finding same = samePairFinding(placed, pair);
                    if (same != null) {
                        // one problem, one finding: the pair finding carries the cross-edition evidence
                        Finding merged = same.withEvidence(List.of(Evidence.of(f)));
                        if (!merged.accepted() && !f.accepted() && f.severity().atLeast(merged.severity())) {
                            merged = merged.withSeverity(f.severity());
                        }
                        pair.set(pair.indexOf(same), merged);
                        placed = new CrossFinding(cf.edition(), cf.row(), f, cf.witnesses(), same.id());
                    }
                    mine.add(placed);
                }
                mine.sort(java.util.Comparator.comparingInt(CrossFinding::row).thenComparing(cf -> cf.finding().check()));
                Summary summary = summarize(r, pair, mine);
                Report report = new Report(r.source(), r.translation(), r.alignment(), pair, summary);
                finalReports.add(report);
                editions.add(new Edition(i, labels.get(i), report, mine, summary.passed()));
                passed &= summary.passed();
            }
            List<Row> rows = new ArrayList<>();
            for (int s = 0; s < source.size(); s++) {
                List<Cell> cells = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    Bead b = toSource[i].beadOfSource(s);
                    List<Finding> here = new ArrayList<>();
                    for (Finding f : finalReports.get(i).findings()) {
                        if (row(f, toSource[i]) == s) {
                            here.add(f);
                        }
                    }
                    for (CrossFinding cf : editions.get(i).cross()) {
                        if (cf.row() == s && cf.standalone()) {
                            here.add(cf.finding());
                        }
                    }
                    cells.add(new Cell(i, b.translation(), b.source().size() > 1, here));
                }
                rows.add(new Row(s, cells));
            }
            Document src = reports[0].source();
            return new EditionsReport(src, editions, rows, passed);
        }

        /** The row a pair finding is shown in: its source sentence, else the first source sentence at or before its bead. */
        static int row(Finding f, Alignment a) {
            if (f.source() != null) {
                return f.source().sentence();
            }
            if (f.translation() == null) {
                return 0;
            }
            int b = a.indexOfTranslationBead(f.translation().sentence());
            for (int k = b; k >= 0; k--) {
                List<Integer> src = a.beads().get(k).source();
                if (!src.isEmpty()) {
                    return src.get(src.size() - 1);
                }
            }
            return 0;
        }

        /** The edition's counts and verdict: the pair findings and the cross-edition findings together. */
        Summary summarize(Report r, List<Finding> pair, List<CrossFinding> mine) {
            List<Finding> all = new ArrayList<>(pair);
            for (CrossFinding cf : mine) {
                if (cf.standalone()) {
                    all.add(cf.finding());
                }
            }
            return settings.summarize(all, r.summary().words());
        }
    }
}
