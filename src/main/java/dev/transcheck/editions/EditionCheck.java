package dev.transcheck.editions;

import dev.transcheck.model.Category;
import dev.transcheck.model.Severity;
import java.util.Arrays;
import java.util.List;

/**
 * The cross-edition checks. They do not fit the per-pair {@link dev.transcheck.check.Check}
 * interface (they read one source and several editions at once), so they are declared here, not in
 * the check registry; each has a page {@code docs/checks/<id>.md} like the per-pair checks, and
 * {@code --disable} and {@code --severity} accept their ids.
 */
public enum EditionCheck {
    OMISSION("edition.omission", Severity.ERROR, Category.OMISSION,
            "A source sentence that every other edition carries is missing from this edition (triangulated alignment)."),
    NAME("edition.name", Severity.ERROR, Category.MISTRANSLATION,
            "A name that the source and every other edition agree on is replaced by another name in this edition."),
    NUMBER("edition.number", Severity.ERROR, Category.MISTRANSLATION,
            "A number or date that the source and every other edition agree on has another value in this edition.");

    private final String id;
    private final Severity severity;
    private final Category category;
    private final String summary;

    EditionCheck(String id, Severity severity, Category category, String summary) {
        this.id = id;
        this.severity = severity;
        this.category = category;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public Category category() {
        return category;
    }

    public String summary() {
        return summary;
    }

    /** Every cross-edition check id. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(EditionCheck::id).toList();
    }
}
