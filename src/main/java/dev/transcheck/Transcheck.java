package dev.transcheck;

import dev.transcheck.align.Aligner;
import dev.transcheck.check.Check;
import dev.transcheck.check.CheckContext;
import dev.transcheck.check.CheckRegistry;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.io.BilingualFile;
import dev.transcheck.io.InputException;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Audit;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.FindingIds;
import dev.transcheck.model.Report;
import dev.transcheck.model.Scoring;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Summary;
import dev.transcheck.model.Unit;
import dev.transcheck.segment.Segmenter;
import dev.transcheck.text.Resources;
import dev.transcheck.text.UnicodeForms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The entry point: texts in, report out. Immutable and thread-safe once built; build one per
 * glossary set and reuse it for every document pair.
 *
 * <pre>{@code
 * Transcheck tc = Transcheck.builder().glossary(g).build();
 * Report r = tc.check(tc.document("a.uk.txt", "uk", ukText), tc.document("a.en.txt", "en", enText));
 * }</pre>
 */
public final class Transcheck {
    private final Glossary glossary;
    private final CheckRegistry registry;
    private final Settings settings;
    private final Segmenter segmenter;
    private final Aligner aligner;
    private final Resources resources;

    private Transcheck(Builder b) {
        this.glossary = b.glossary;
        this.registry = b.registry;
        this.settings = b.settings;
        this.segmenter = new Segmenter();
        this.aligner = b.aligner;
        this.resources = b.resources;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Glossary glossary() {
        return glossary;
    }

    public Settings settings() {
        return settings;
    }

    public Resources resources() {
        return resources;
    }

    /**
     * Segments {@code text}. Decomposed Unicode is composed first (NFC, see {@link UnicodeForms});
     * the sentences' offsets point into the composed text, and a report maps them back to
     * {@code text}.
     */
    public Document document(String path, String lang, String text) {
        UnicodeForms.Composed c = UnicodeForms.nfc(text);
        return new Document(path, lang, c.text(), segmenter.segment(c.text(), lang), c.origin());
    }

    /**
     * Refuses a pair that cannot be a source and its translation: the same text twice, both sides
     * in one language, or a side whose text is not in the language it is declared to be in (see
     * {@link PairValidation}). A gate must never pass such a pair.
     *
     * @throws InputException naming the file to blame
     */
    public void validate(Document source, Document translation) throws InputException {
        PairValidation.validate(source, translation);
    }

    public Alignment align(Document source, Document translation) {
        return aligner.align(source, translation);
    }

    /** Aligns and checks a source document against its translation. */
    public Report check(Document source, Document translation) {
        Alignment alignment = aligner.align(source, translation);
        return check(source, translation, alignment);
    }

    /** Checks an already aligned pair (for CAT files whose segments are aligned by the tool). */
    public Report check(Document source, Document translation, Alignment alignment) {
        return check(source, translation, alignment, List.of());
    }

    /**
     * Checks a bilingual file (XLIFF, TMX, PO): its segment pairs replace sentence alignment (a
     * unit holding several sentences on both sides is aligned inside the unit), and every finding
     * names its unit. See {@link BilingualLayout}.
     */
    public Report check(BilingualFile file) {
        BilingualLayout layout = BilingualLayout.of(file, this);
        return check(layout.source(), layout.translation(), layout.alignment(), layout.units());
    }

    private Report check(Document source, Document translation, Alignment alignment, List<Unit> units) {
        CheckContext ctx = new CheckContext(source, translation, alignment, glossary, resources, units);
        List<Check> active = registry.checks().stream()
                .filter(c -> !settings.disabledChecks().contains(c.id()))
                .toList();
        // Checks are independent and stateless: run them side by side. Their shared per-run
        // extractions go through CheckContext.memo, which computes each one once.
        List<List<Finding>> perCheck = active.parallelStream().map(c -> c.run(ctx)).toList();
        List<Finding> raw = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            Severity override = settings.severityOverrides().get(active.get(i).id());
            for (Finding f : perCheck.get(i)) {
                raw.add(override == null ? f : f.withSeverity(override));
            }
        }
        if (!units.isEmpty()) {
            // before merging: a unit that target.missing reports whole needs no omission findings
            raw = BilingualLayout.placeInUnits(raw, units);
        }
        // one problem, one finding: checks that flag the same span become one finding with evidence
        List<Finding> findings = new ArrayList<>();
        for (Finding f : FindingMerger.merge(raw, source, translation)) {
            findings.add(identify(f, source, translation));
        }
        findings.sort(Comparator
                .comparingInt((Finding f) -> position(f, alignment))
                .thenComparing(f -> f.severity().ordinal())
                .thenComparing(Finding::check));
        Summary summary = summarize(source, findings);
        if (source.origin() != null || translation.origin() != null) {
            // the checks read composed text; the report indexes the text as read
            findings = findings.stream()
                    .map(f -> f.withSpans(source.asRead(f.source()), translation.asRead(f.translation())))
                    .toList();
            return new Report(source.asRead(), translation.asRead(), alignment, findings, summary, audit(source, translation));
        }
        return new Report(source, translation, alignment, findings, summary, audit(source, translation));
    }

    /**
     * What this instance can tell of a run: version, gate and check settings, languages. The
     * command line completes it (glossary files, config, how languages were decided, time).
     */
    private Audit audit(Document source, Document translation) {
        return new Audit(Version.VERSION, null, List.of(),
                new Audit.Gate(settings.failOn(), settings.maxScore(), null, settings.acceptedIds().size()), null,
                List.copyOf(settings.disabledChecks()), settings.severityOverrides(),
                new Audit.Language(source.lang(), Audit.Language.GIVEN),
                new Audit.Language(translation.lang(), Audit.Language.GIVEN));
    }

    /** Gives {@code f} its stable id (see {@link FindingIds}) and applies the desk's acceptances. */
    private Finding identify(Finding f, Document source, Document translation) {
        String id = FindingIds.of(f, source, translation);
        Finding out = f.withId(id);
        return settings.acceptedIds().contains(id) ? out.asAccepted() : out;
    }

    private static int position(Finding f, Alignment a) {
        if (f.source() != null) {
            return a.indexOfSourceBead(f.source().sentence());
        }
        if (f.translation() != null) {
            return a.indexOfTranslationBead(f.translation().sentence());
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Counts, score and verdict. The score is {@link Scoring#STANDARD}'s penalty points per 1,000
     * source words. The gate fails on a finding at or above {@code failOn} (accepted findings are
     * info and never reach it) or on a score above {@code maxScore}.
     */
    private Summary summarize(Document source, List<Finding> findings) {
        return settings.summarize(findings, Scoring.words(source));
    }

    /** Configures a {@link Transcheck}. */
    public static final class Builder {
        private Glossary glossary = Glossary.empty();
        private CheckRegistry registry = CheckRegistry.standard();
        private Settings settings = Settings.defaults();
        private Aligner aligner = new dev.transcheck.align.AnchorAligner();
        private Resources resources = new Resources();

        public Builder glossary(Glossary g) {
            this.glossary = g;
            return this;
        }

        public Builder registry(CheckRegistry r) {
            this.registry = r;
            return this;
        }

        public Builder settings(Settings s) {
            this.settings = s;
            return this;
        }

        public Builder aligner(Aligner a) {
            this.aligner = a;
            return this;
        }

        /** Shares loaded dictionaries between several instances (e.g. one per desk in a service). */
        public Builder resources(Resources r) {
            this.resources = r;
            return this;
        }

        public Transcheck build() {
            return new Transcheck(this);
        }
    }
}
