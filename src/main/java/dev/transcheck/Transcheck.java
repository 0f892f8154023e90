package dev.transcheck;

import dev.transcheck.align.Aligner;
import dev.transcheck.check.Check;
import dev.transcheck.check.CheckContext;
import dev.transcheck.check.CheckRegistry;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Summary;
import dev.transcheck.segment.Segmenter;
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

    /** Segments {@code text} (UTF-16 offsets of its sentences point into it). */
    public Document document(String path, String lang, String text) {
        return new Document(path, lang, text, segmenter.segment(text, lang));
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
        CheckContext ctx = new CheckContext(source, translation, alignment, glossary, resources);
        List<Finding> findings = new ArrayList<>();
        for (Check check : registry.checks()) {
            if (settings.disabledChecks().contains(check.id())) {
                continue;
            }
            Severity override = settings.severityOverrides().get(check.id());
            for (Finding f : check.run(ctx)) {
                findings.add(override == null ? f : f.withSeverity(override));
            }
        }
        findings.sort(Comparator
                .comparingInt((Finding f) -> position(f, alignment))
                .thenComparing(f -> f.severity().ordinal())
                .thenComparing(Finding::check));
        return new Report(source, translation, alignment, findings, summarize(source, findings));
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

    private Summary summarize(Document source, List<Finding> findings) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (Finding f : findings) {
            switch (f.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                default -> infos++;
            }
        }
        int words = countWords(source);
        double penalty = errors * 10.0 + warnings * 5.0 + infos * 0.0;
        double score = words == 0 ? 0 : Math.round(penalty * 1000.0 / words * 100) / 100.0;
        boolean passed = findings.stream().noneMatch(f -> f.severity().atLeast(settings.failOn()))
                && (settings.maxScore() == null || score <= settings.maxScore());
        if (settings.failOn() == null) {
            passed = settings.maxScore() == null || score <= settings.maxScore();
        }
        return new Summary(errors, warnings, infos, words, score, passed);
    }

    static int countWords(Document d) {
        int words = 0;
        for (Sentence s : d.sentences()) {
            boolean in = false;
            for (int i = 0; i < s.text().length(); i++) {
                boolean letter = Character.isLetterOrDigit(s.text().charAt(i));
                if (letter && !in) {
                    words++;
                }
                in = letter;
            }
        }
        return words;
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
