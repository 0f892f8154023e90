package dev.transcheck;

import dev.transcheck.check.Check;
import dev.transcheck.check.CheckContext;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A test check: flags every aligned pair where the source holds {@code sourceWord} and the
 * translation holds {@code translationWord} (either may be null: that side has no span). Lets the
 * report, gate and acceptance tests run real findings through the engine whatever checks ship.
 */
public final class WordCheck implements Check {
    private final String id;
    private final Severity severity;
    private final Category category;
    private final String sourceWord;
    private final String translationWord;
    private final String suggestion;

    public WordCheck(String id, Severity severity, Category category, String sourceWord, String translationWord,
                     String suggestion) {
        this.id = id;
        this.severity = severity;
        this.category = category;
        this.sourceWord = sourceWord;
        this.translationWord = translationWord;
        this.suggestion = suggestion;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public Category category() {
        return category;
    }

    @Override
    public String summary() {
        return "test check";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Bead b : ctx.alignment().beads()) {
            List<Span> src = new ArrayList<>();
            List<Span> tgt = new ArrayList<>();
            for (Sentence s : ctx.sourceSentences(b)) {
                find(ctx.source(), s, sourceWord, src);
            }
            for (Sentence s : ctx.translationSentences(b)) {
                find(ctx.translation(), s, translationWord, tgt);
            }
            if (sourceWord == null) {
                tgt.forEach(t -> out.add(make(null, t)));
            } else if (translationWord == null) {
                src.forEach(s -> out.add(make(s, null)));
            } else {
                for (Span s : src) {
                    for (Span t : tgt) {
                        out.add(make(s, t));
                    }
                }
            }
        }
        return out;
    }

    private Finding make(Span s, Span t) {
        String msg = "Test finding: " + (s == null ? "-" : s.text()) + " / " + (t == null ? "-" : t.text()) + ".";
        return Finding.of(id, severity, category, msg, s, t, suggestion == null ? List.of() : List.of(suggestion), suggestion);
    }

    private static void find(dev.transcheck.model.Document d, Sentence s, String word, List<Span> out) {
        if (word == null) {
            return;
        }
        int from = 0;
        int at;
        while ((at = s.text().indexOf(word, from)) >= 0) {
            out.add(Span.of(d, s.id(), s.start() + at, s.start() + at + word.length()));
            from = at + word.length();
        }
    }
}
