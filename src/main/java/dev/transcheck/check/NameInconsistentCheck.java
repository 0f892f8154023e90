package dev.transcheck.check;

import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Severity;
import dev.transcheck.names.Expectation;
import dev.transcheck.names.NameAnalysis;
import dev.transcheck.text.translit.LatinKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One source person's name is spelt two ways within one translation (Sybiha ... Sibiga). */
public final class NameInconsistentCheck implements Check {
    @Override
    public String id() {
        return "name.inconsistent";
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
        return "One person's name is spelt in two ways within the translation.";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        Map<String, List<NameAnalysis.Result>> byPerson = new LinkedHashMap<>();
        for (NameAnalysis.Result r : NameAnalysis.of(ctx).results()) {
            if (r.target() != null && r.personKey() != null && r.part().kind().isPerson() && r.verdict() != Expectation.Verdict.NONE) {
                byPerson.computeIfAbsent(r.personKey(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<NameAnalysis.Result> rs : byPerson.values()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, String> shown = new LinkedHashMap<>();
            for (NameAnalysis.Result r : rs) {
                String n = LatinKeys.normal(r.target().text());
                counts.merge(n, 1, Integer::sum);
                shown.putIfAbsent(n, r.target().text().replaceAll("['’]s$", ""));
            }
            if (counts.size() < 2) {
                continue;
            }
            String main = null;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (main == null || e.getValue() > counts.get(main)) {
                    main = e.getKey();
                }
            }
            for (NameAnalysis.Result r : rs) {
                String n = LatinKeys.normal(r.target().text());
                if (n.equals(main)) {
                    continue;
                }
                out.add(Finding.of(id(), severity(), category(),
                        String.format("%s is written \"%s\" here but \"%s\" elsewhere in the translation.",
                                r.part().span().text(), shown.get(n), shown.get(main)),
                        r.part().span(), r.target(), List.of(shown.get(main)), shown.get(main)));
            }
        }
        return out;
    }
}
