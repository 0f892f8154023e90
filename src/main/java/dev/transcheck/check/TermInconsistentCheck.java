package dev.transcheck.check;

import dev.transcheck.glossary.TermHit;
import dev.transcheck.glossary.TermIndex;
import dev.transcheck.glossary.TermStatus;
import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Severity;
import dev.transcheck.text.analysis.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One concept written with two different accepted glossary forms in one translation (Verkhovna
 * Rada and Supreme Council). The form used most often (on a tie, the first one used) is the
 * reference; every use of another form is flagged. Abbreviations and shortenings (UN next to
 * United Nations, Rada next to Verkhovna Rada) do not count: news style introduces the full name
 * and shortens it after. Persons are left to the name checks. See docs/checks/term.inconsistent.md.
 */
public final class TermInconsistentCheck implements Check {
    @Override
    public String id() {
        return "term.inconsistent";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Category category() {
        return Category.INCONSISTENT_TERM;
    }

    @Override
    public String summary() {
        return "One concept is written with two different glossary forms in the same translation.";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        Map<String, Map<String, List<TermHit>>> byConcept = new LinkedHashMap<>();
        for (List<TermHit> hits : TermAnalysis.of(ctx).translationHits) {
            for (TermHit h : hits) {
                if (h.partial() || h.term().status() == TermStatus.FORBIDDEN || !TermAnalysis.checked(h.concept())
                        || TermIndex.isAbbreviation(h.term().form())) {
                    continue;
                }
                byConcept.computeIfAbsent(h.concept().id(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(TextNormalizer.fold(h.term().form()), k -> new ArrayList<>()).add(h);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map<String, List<TermHit>> forms : byConcept.values()) {
            if (forms.size() < 2) {
                continue;
            }
            List<TermHit> reference = null;
            for (List<TermHit> uses : forms.values()) {
                if (reference == null || uses.size() > reference.size()) {
                    reference = uses;
                }
            }
            TermHit ref = reference.get(0);
            for (List<TermHit> uses : forms.values()) {
                if (uses == reference || TermAnalysis.shorterReference(uses.get(0).term().form(), ref.term().form())
                        || TermAnalysis.shorterReference(ref.term().form(), uses.get(0).term().form())) {
                    continue;
                }
                for (TermHit h : uses) {
                    String want = ref.writtenForm();
                    out.add(Finding.of(id(), severity(), category(),
                            "The translation writes this concept as " + ref.span().text() + " elsewhere (sentence "
                                    + ref.span().sentence() + ") and as " + h.span().text() + " here.",
                            null, h.span(), List.of(want), want));
                }
            }
        }
        return out;
    }
}
