package dev.transcheck.names;

import dev.transcheck.Transcheck;
import dev.transcheck.check.CheckContext;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.model.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Prints the name analysis of -Dnames.debug=SRC,TGT,FROM,TO (a developer's aid, skipped otherwise). */
class NameDebug {
    @Test
    void print() throws Exception {
        String a = System.getProperty("names.debug");
        Assumptions.assumeTrue(a != null);
        String[] p = a.split(",");
        Glossary g = GlossaryLoader.loadAll(List.of(Path.of("glossaries")));
        Transcheck tc = Transcheck.builder().glossary(g).build();
        Document s = tc.document(p[0], p[2], Files.readString(Path.of(p[0])));
        Document t = tc.document(p[1], p[3], Files.readString(Path.of(p[1])));
        CheckContext ctx = new CheckContext(s, t, tc.align(s, t), g, tc.resources());
        NameAnalysis na = ctx.names();
        for (NameAnalysis.Result r : na.results()) {
            System.out.println("R " + r.part().span().text() + " " + r.part().kind() + " g" + r.part().group() + " " + r.part().lemmas()
                    + " [" + (r.expectation().glossary() == null ? "-" : r.expectation().glossary().concept().id()) + "] "
                    + r.verdict() + " " + (r.target() == null ? "" : r.target().text() + "@" + r.target().start()));
        }
        for (NameAnalysis.Replacement r : na.replacements()) {
            System.out.println("X " + r.sourceSpan().text() + " -> " + r.translationSpan().text() + " " + r.expected());
        }
    }
}
