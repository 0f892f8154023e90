package dev.transcheck.report;

import dev.transcheck.Settings;
import dev.transcheck.Transcheck;
import dev.transcheck.WordCheck;
import dev.transcheck.check.CheckRegistry;
import dev.transcheck.check.OmissionCheck;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Category;
import dev.transcheck.model.Document;
import dev.transcheck.model.Report;
import dev.transcheck.model.Severity;
import java.util.List;

/** A small written-for-the-test article pair with overlapping findings, markup in the text and gaps. */
final class Fixtures {
    static final String UK = "Голова <script>alert(1)</script> Бондаренко & Ко заявив про \"нові\" плани.\n"
            + "Засідання відбулося в Одесі.\n"
            + "Журналістів на нього не запросили.\n"
            + "Рішення оприлюднять у п'ятницю.\n";
    static final String EN = "Chairman <script>alert(1)</script> Bondarchuk & Co announced \"new\" plans.\n"
            + "The meeting took place in Odessa.\n"
            + "The decision will be published on Friday.\n"
            + "Readers can send questions to the newsroom.\n";

    static final CheckRegistry REGISTRY = CheckRegistry.of(List.of(
            new WordCheck("test.name", Severity.ERROR, Category.MISTRANSLATION, "Бондаренко", "Bondarchuk & Co", "Bondarenko"),
            new WordCheck("test.part", Severity.WARNING, Category.SPELLING, null, "Co announced", null),
            new WordCheck("test.script", Severity.INFO, Category.UNTRANSLATED, "<script>", "<script>alert(1)</script>", null),
            new WordCheck("test.city", Severity.WARNING, Category.WRONG_TERM, "Одесі", "Odessa", "Odesa"),
            new WordCheck("test.added", Severity.INFO, Category.ADDITION, null, "Readers can send questions", null),
            new OmissionCheck()));

    private Fixtures() {
    }

    /** Source sentence 2 is dropped, translation sentence 3 is added. */
    static Report report() {
        return report(Settings.defaults());
    }

    static Report report(Settings settings) {
        Transcheck tc = Transcheck.builder().registry(REGISTRY).settings(settings).build();
        Document s = tc.document("article.uk.txt", "uk", UK);
        Document t = tc.document("article.en.txt", "en", EN);
        Alignment a = new Alignment(List.of(
                new Bead(List.of(0), List.of(0), 0.9),
                new Bead(List.of(1), List.of(1), 0.9),
                new Bead(List.of(2), List.of(), 0.9),
                new Bead(List.of(3), List.of(2), 0.9),
                new Bead(List.of(), List.of(3), 0.7)), s.size(), t.size());
        return tc.check(s, t, a);
    }
}
