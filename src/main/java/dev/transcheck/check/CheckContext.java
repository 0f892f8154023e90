package dev.transcheck.check;

import dev.transcheck.text.Memo;
import dev.transcheck.text.Resources;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.glossary.TermAnalysis;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Unit;
import dev.transcheck.names.NameAnalysis;
import dev.transcheck.names.NameInput;
import dev.transcheck.text.numbers.NumberFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a check sees: both documents, their alignment, the glossary and the shared language
 * resources. One context per run; {@link #memo} shares work between checks of the same run
 * (names or numbers extracted once, used by several checks).
 */
public final class CheckContext {
    private final Document source;
    private final Document translation;
    private final Alignment alignment;
    private final Glossary glossary;
    private final Resources resources;
    private final List<Unit> units;
    private final Memo memo = new Memo();

    public CheckContext(Document source, Document translation, Alignment alignment, Glossary glossary, Resources resources) {
        this(source, translation, alignment, glossary, resources, List.of());
    }

    /** A context for a bilingual file: {@code units} are its segment pairs (see {@link #units()}). */
    public CheckContext(Document source, Document translation, Alignment alignment, Glossary glossary, Resources resources,
                        List<Unit> units) {
        this.units = List.copyOf(units);
        this.source = source;
        this.translation = translation;
        this.alignment = alignment;
        this.glossary = glossary;
        this.resources = resources;
    }

    /** The units of a bilingual file (XLIFF, TMX, PO) in file order; empty for an article pair. */
    public List<Unit> units() {
        return units;
    }

    public Document source() {
        return source;
    }

    public Document translation() {
        return translation;
    }

    public Alignment alignment() {
        return alignment;
    }

    public Glossary glossary() {
        return glossary;
    }

    public Resources resources() {
        return resources;
    }

    /** The translation sentences linked to the source sentences of {@code bead}. */
    public List<Sentence> translationSentences(Bead bead) {
        List<Sentence> out = new ArrayList<>();
        for (int t : bead.translation()) {
            out.add(translation.sentence(t));
        }
        return out;
    }

    /** The source sentences of {@code bead}. */
    public List<Sentence> sourceSentences(Bead bead) {
        List<Sentence> out = new ArrayList<>();
        for (int s : bead.source()) {
            out.add(source.sentence(s));
        }
        return out;
    }

    /** The input of the name analysis. */
    public NameInput nameInput() {
        return new NameInput(source, translation, alignment, glossary, resources);
    }

    /** The names of this run (found, rendered, replaced), computed once and shared by the name checks. */
    public NameAnalysis names() {
        return memo(NameAnalysis.class, c -> NameAnalysis.of(c.nameInput()));
    }

    /** The glossary terms of both documents and what is missing, computed once per run. */
    public TermAnalysis terms() {
        return memo(TermAnalysis.class, c -> TermAnalysis.of(new TermAnalysis.Input(glossary, resources, source, translation, alignment)));
    }

    /** The numbers of every bead, computed once per run. */
    public NumberFacts numbers() {
        return memo(NumberFacts.class, c -> NumberFacts.of(new NumberFacts.Input(source, translation, alignment)));
    }

    /**
     * A value computed once per run and shared between checks, keyed by {@code key} (use a
     * class literal or a record as key, never a plain string that may clash).
     */
    public <T> T memo(Object key, Function<CheckContext, T> compute) {
        // checks run in parallel: the first caller computes, the others wait for its result
        return memo.get(key, () -> compute.apply(this));
    }
}
