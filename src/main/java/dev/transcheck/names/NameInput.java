package dev.transcheck.names;

import dev.transcheck.text.Resources;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Document;
import java.util.Objects;

/**
 * What the name analysis reads: both documents, their alignment, the glossary and the shared
 * language resources. Built by the checks' context; the names stage knows nothing of checks.
 *
 * @param source      the source document
 * @param translation the translation
 * @param alignment   the sentence alignment of the two
 * @param glossary    the glossary (persons and places are used)
 * @param resources   dictionaries and tables, shared between runs
 */
public record NameInput(Document source, Document translation, Alignment alignment, Glossary glossary, Resources resources) {
    public NameInput {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(translation, "translation");
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(glossary, "glossary");
        Objects.requireNonNull(resources, "resources");
    }

    /** True when the source is English and the translation Ukrainian or Russian: the names are found on the translation side. */
    public boolean reversed() {
        return !cyrillic(source.lang()) && cyrillic(translation.lang());
    }

    /** The Cyrillic side, whose names are found. */
    public Document cyrillicSide() {
        return reversed() ? translation : source;
    }

    /** The Latin side, whose words render the names. */
    public Document latinSide() {
        return reversed() ? source : translation;
    }

    /** True when the pair is one the analysis covers: uk/ru on one side, a Latin-script language other than be on the other. */
    public boolean covered() {
        return cyrillic(cyrillicSide().lang()) && !cyrillic(latinSide().lang()) && !"be".equals(latinSide().lang());
    }

    static boolean cyrillic(String lang) {
        return "uk".equals(lang) || "ru".equals(lang);
    }
}
