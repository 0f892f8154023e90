package dev.transcheck.check;

import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Severity;
import dev.transcheck.names.Expectation;
import dev.transcheck.names.NameAnalysis;
import dev.transcheck.names.NameKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One source person's name is spelt two ways within one translation (Sybiha ... Sibiga). */
@CheckInfo(id = "name.inconsistent", severity = Severity.WARNING, category = Category.INCONSISTENT_TERM,
        summary = "One person's name is spelt in two ways within the translation.")
public final class NameInconsistentCheck implements Check {
    @Override
    public List<Finding> run(CheckContext ctx) {
        Map<String, List<NameAnalysis.Result>> byPerson = new LinkedHashMap<>();
        for (NameAnalysis.Result r : ctx.names().results()) {
            if (r.target() != null && r.personKey() != null && r.verdict() != Expectation.Verdict.NONE
                    && (r.part().kind().isPerson() || r.part().kind() == NameKind.OTHER && r.part().guessed())) {
                byPerson.computeIfAbsent(r.personKey(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<NameAnalysis.Result> rs : byPerson.values()) {
            // group the renderings: each result joins the first earlier one written the same way
            List<NameAnalysis.Result> reps = new ArrayList<>();
            Map<NameAnalysis.Result, Integer> counts = new LinkedHashMap<>();
            List<NameAnalysis.Result> repOf = new ArrayList<>();
            for (NameAnalysis.Result r : rs) {
                NameAnalysis.Result rep = null;
                for (NameAnalysis.Result c : reps) {
                    if (c.sameRendering(r)) {
                        rep = c;
                        break;
                    }
                }
                if (rep == null) {
                    rep = r;
                    reps.add(r);
                }
                repOf.add(rep);
                counts.merge(rep, 1, Integer::sum);
            }
            if (reps.size() < 2) {
                continue;
            }
            NameAnalysis.Result main = null;
            for (NameAnalysis.Result c : reps) {
                if (main == null || counts.get(c) > counts.get(main)) {
                    main = c;
                }
            }
            for (int i = 0; i < rs.size(); i++) {
                NameAnalysis.Result r = rs.get(i);
                if (repOf.get(i) == main) {
                    continue;
                }
                String shown = repOf.get(i).renderingShown();
                String expected = main.renderingShown();
                out.add(finding(
                        String.format("%s is written \"%s\" here but \"%s\" elsewhere in the translation.",
                                r.sourceSpan().text(), shown, expected),
                        r.sourceSpan(), r.translationSpan(), List.of(expected), expected));
            }
        }
        return out;
    }
}
