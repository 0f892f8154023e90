package dev.transcheck.lab.trust;

import dev.transcheck.Transcheck;
import dev.transcheck.check.CheckContext;
import dev.transcheck.check.OmissionPartialCheck;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What omission.partial sees, bead by bead, on the originals and on seeded copies with a dropped
 * clause or sentence: one tab-separated line per assessed bead (O for an original, S for the bead
 * holding a seed), so that its thresholds can be weighed offline. Usage: ClauseProbe SEED DIRS THREADS.
 * Lines: tag, direction, document, kind, caught-by-other-checks, ratio, hard, months, names, terms,
 * quote, headline, severity, error-elsewhere-in-bead, bead shape, values paired elsewhere, source length,
 * what is missing, the piece, what is elsewhere, names written nowhere, the piece's length and its names written
 * nowhere; a seed's line ends with what the dropped clause carried ({@link ClauseCarry}) and the clause itself.
 * With -Dprobe.clauseOnly=true only the dropped clauses are seeded.
 */
public final class ClauseProbe {
    /** Beads up to this length ratio (against the norm) are listed. */
    static final double BELOW = Double.parseDouble(System.getProperty("probe.below", "1.2"));

    public static void main(String[] args) throws Exception {
        long seed = Long.parseLong(args[0]);
        int threads = Integer.parseInt(args[2]);
        Path home = Path.of(System.getProperty("transcheck.home", "."));
        List<Pair> chosen = Sources.forProbe(home, args[1]);
        Transcheck tc = Transcheck.builder().glossary(GlossaryLoader.loadAll(List.of(home.resolve("glossaries")))).build();
        Seeder seeder = new Seeder(tc.glossary());
        boolean seeds = !Boolean.getBoolean("probe.noSeeds");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> fs = new ArrayList<>();
        for (Pair p : chosen) {
            fs.add(pool.submit(() -> one(tc, seeder, p, seed, seeds)));
        }
        for (Future<String> f : fs) {
            System.out.print(f.get());
        }
        pool.shutdown();
    }

    static String one(Transcheck tc, Seeder seeder, Pair p, long seed, boolean seeds) {
        Document src = tc.document(p.set() + "/" + p.id() + "." + p.from(), p.from(), p.source());
        Document tgt = tc.document(p.set() + "/" + p.id() + "." + p.to(), p.to(), p.translation());
        try {
            tc.validate(src, tgt);
        } catch (dev.transcheck.io.InputException e) {
            return "";
        }
        Report r = tc.check(src, tgt);
        StringBuilder sb = new StringBuilder();
        String doc = p.set() + "/" + p.id();
        for (OmissionPartialCheck.Assessment a : OmissionPartialCheck.assess(context(tc, r), BELOW)) {
            sb.append(line("O", p.direction(), doc, "-", false, a, otherError(r, a.bead())));
            if (TEXTS) {
                sb.append("\t-\t-\t").append(texts(r, a.bead()));
            }
            sb.append('\n');
        }
        if (!seeds) {
            return sb.toString();
        }
        Set<Integer> blocked = TrustEval.blockedTranslationSentences(r);
        for (Seeder.Seed s : seeder.seeds(src, tgt, r.alignment(), t -> !blocked.contains(t), seed)) {
            if (s.kind() != Seeder.Kind.CLAUSE && (s.kind() != Seeder.Kind.DROP || Boolean.getBoolean("probe.clauseOnly"))) {
                continue;
            }
            Document changed = tc.document(tgt.path(), tgt.lang(), s.text());
            Report sr = tc.check(src, changed);
            // caught without omission.partial: by another relevant check
            List<Finding> others = sr.findings().stream().filter(f -> !f.check().equals("omission.partial")).toList();
            Report without = new Report(sr.source(), sr.translation(), sr.alignment(), others, sr.summary());
            boolean byOthers = TrustEval.caught(s, without);
            Bead seeded = null;
            if (s.kind() == Seeder.Kind.DROP) {
                seeded = sr.alignment().beadOfSource(s.sourceSentence());
            } else {
                int t = Seeder.sentenceAt(changed, Math.max(0, s.start() - 1));
                seeded = t < 0 ? null : sr.alignment().beadOfTranslation(t);
            }
            OmissionPartialCheck.Assessment hit = null;
            if (seeded != null) {
                for (OmissionPartialCheck.Assessment a : OmissionPartialCheck.assess(context(tc, sr), BELOW)) {
                    if (a.bead().equals(seeded)) {
                        hit = a;
                    }
                }
            }
            String kind = s.kind() == Seeder.Kind.DROP ? "drop" : "clause";
            String carry = s.kind() == Seeder.Kind.CLAUSE ? carried(ClauseCarry.of(s, r, context(tc, r))) : "-";
            if (hit == null) {
                sb.append(String.join("\t", "S", p.direction(), doc, kind, byOthers ? "1" : "0", "NA",
                        seeded == null ? "nobead" : seeded.source().size() + "-" + seeded.translation().size(), carry)).append('\n');
            } else {
                boolean rightSentence = s.kind() != Seeder.Kind.DROP || hit.sentence() == s.sourceSentence();
                sb.append(line("S", p.direction(), doc, kind + (rightSentence ? "" : "!"), byOthers, hit, "-")).append('\t')
                        .append(carry).append('\t').append(s.before().replace('\t', ' ').replace('\n', ' '));
                if (TEXTS) {
                    sb.append('\t').append(texts(sr, hit.bead()));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** With -Dprobe.texts=true every line with an assessment ends with the bead's source and translation text. */
    static final boolean TEXTS = Boolean.getBoolean("probe.texts");

    /** The bead's source and translation sentences, as two tab-separated columns. */
    static String texts(Report r, Bead b) {
        StringBuilder src = new StringBuilder();
        for (int i : b.source()) {
            src.append(r.source().sentence(i).text()).append(' ');
        }
        StringBuilder tgt = new StringBuilder();
        for (int i : b.translation()) {
            tgt.append(r.translation().sentence(i).text()).append(' ');
        }
        List<Bead> all = r.alignment().beads();
        int bi = all.indexOf(b);
        StringBuilder near = new StringBuilder();
        for (int n = Math.max(0, bi - 1); n <= Math.min(all.size() - 1, bi + 1); n++) {
            if (n != bi) {
                for (int i : all.get(n).translation()) {
                    near.append(r.translation().sentence(i).text()).append(' ');
                }
                near.append("|| ");
            }
        }
        return String.join("\t", src.toString().strip(), tgt.toString().strip(), near.toString().strip()).replace('\n', ' ');
    }

    /** What a dropped clause carried, as "name+number", or "plain". */
    static String carried(Set<ClauseCarry.What> carry) {
        if (carry.isEmpty()) {
            return "plain";
        }
        List<String> out = new ArrayList<>();
        for (ClauseCarry.What w : carry) {
            out.add(w.name().toLowerCase(Locale.ROOT));
        }
        return String.join("+", out);
    }

    private static String otherError(Report r, Bead b) {
        for (Finding f : r.findings()) {
            if (f.severity() == Severity.ERROR && !f.check().equals("omission.partial") && f.source() != null && b.source().contains(f.source().sentence())) {
                return f.check();
            }
        }
        return "-";
    }

    static CheckContext context(Transcheck tc, Report r) {
        return new CheckContext(r.source(), r.translation(), r.alignment(), tc.glossary(), tc.resources());
    }

    private static String line(String tag, String dir, String doc, String kind, boolean byOthers, OmissionPartialCheck.Assessment a,
                               String other) {
        Severity sev = a.severity();
        return String.join("\t", tag, dir, doc, kind, byOthers ? "1" : "0", String.format(Locale.ROOT, "%.3f", a.ratio()),
                Integer.toString(a.hard().size()), Integer.toString(a.months().size()), Integer.toString(a.names().size()),
                Integer.toString(a.terms().size()), a.quote() ? "1" : "0", a.headline() ? "1" : "0",
                sev == null ? "-" : sev.name(), other, a.bead().source().size() + "-" + a.bead().translation().size(),
                Integer.toString(a.pairedElsewhere()), Integer.toString(a.sourceLength()),
                String.join("|", a.hard()) + "#" + String.join("|", a.names()) + "#" + String.join("|", a.terms()),
                a.piece() == null ? "-\t-\t-\t-\t-\t-" : a.piece().known() + "\t" + a.piece().uncovered() + "\t" + a.piece().anchors()
                        + "\t" + a.piece().text().replace('\t', ' ') + "\t" + a.piece().restKnown() + "\t" + a.piece().restUncovered(),
                String.join("|", a.namesElsewhere()) + "#" + String.join("|", a.persons()) + "#" + String.join("|", a.termsElsewhere()),
                a.piece() == null ? "-" : Integer.toString(a.piece().properNames()), String.join("|", a.absent()),
                a.piece() == null ? "-" : Integer.toString(a.piece().length()),
                a.piece() == null ? "-" : Integer.toString(a.piece().strangers()));
    }
}
