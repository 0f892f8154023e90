package dev.transcheck.check;

import dev.transcheck.glossary.ConceptType;
import dev.transcheck.glossary.TermAnalysis;
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
 * and shortens it after. Titles vary freely in news English (premier, prime minister) and are not
 * checked; two names of a place count only when they are spellings of one name (Zaporizhzhia,
 * Zaporizhzhya; not America, United States). Persons are left to the name checks. See
 * docs/checks/term.inconsistent.md.
 */
@CheckInfo(id = "term.inconsistent", severity = Severity.WARNING, category = Category.INCONSISTENT_TERM,
        summary = "One concept is written with two different glossary forms in the same translation.")
public final class TermInconsistentCheck implements Check {
    /** Two names of one place are spellings of one name (Zaporizhzhia, Zaporizhzhya) from this similarity. */
    static final double PLACE_SPELLING = 0.85;

    @Override
    public List<Finding> run(CheckContext ctx) {
        Map<String, Map<String, List<TermHit>>> byConcept = new LinkedHashMap<>();
        for (List<TermHit> hits : ctx.terms().translationHits) {
            for (TermHit h : hits) {
                if (h.partial() || h.term().status() == TermStatus.FORBIDDEN || !TermAnalysis.checked(h.concept())
                        || h.concept().type() == ConceptType.TITLE || TermIndex.isAbbreviation(h.term().form())) {
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
                String form = uses.get(0).term().form();
                if (uses == reference || TermAnalysis.shorterReference(form, ref.term().form())
                        || TermAnalysis.shorterReference(ref.term().form(), form)
                        || ref.concept().type() == ConceptType.PLACE
                        && TermAnalysis.similarity(form, List.of(ref.term().form())) < PLACE_SPELLING) {
                    continue;
                }
                for (TermHit h : uses) {
                    String want = ref.writtenForm();
                    out.add(finding(
                            "The translation writes this concept as " + ref.span().text() + " elsewhere (sentence "
                                    + ref.span().sentence() + ") and as " + h.span().text() + " here.",
                            null, h.span(), List.of(want), want));
                }
            }
        }
        return out;
    }
}
