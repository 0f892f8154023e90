package dev.transcheck.names;

import dev.transcheck.glossary.Concept;
import dev.transcheck.glossary.ConceptType;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.glossary.Term;
import dev.transcheck.glossary.TermStatus;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a small glossary CSV from the test classpath (independent of the real GlossaryLoader). */
final class TestGlossary {
    private TestGlossary() {
    }

    static Glossary load(String resource) {
        Map<String, ConceptType> types = new LinkedHashMap<>();
        Map<String, List<Term>> terms = new LinkedHashMap<>();
        try (Reader r = new InputStreamReader(TestGlossary.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                String id = rec.get("concept");
                types.put(id, ConceptType.valueOf(rec.get("type").toUpperCase(Locale.ROOT)));
                String from = rec.get("romanised_from");
                terms.computeIfAbsent(id, k -> new ArrayList<>()).add(new Term(rec.get("lang"), rec.get("form"),
                        TermStatus.valueOf(rec.get("status").toUpperCase(Locale.ROOT)), rec.get("note"),
                        from.isBlank() ? null : from, resource + ":" + rec.getRecordNumber()));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<Concept> concepts = new ArrayList<>();
        types.forEach((id, t) -> concepts.add(new Concept(id, t, terms.get(id))));
        return new Glossary(concepts);
    }
}
