package dev.transcheck.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlossaryLoaderTest {
    static final String HEADER = "concept,type,lang,form,status,romanised_from,note,source\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsCsvRows() throws Exception {
        Path p = write("a.csv", HEADER
                + "# a comment line\n"
                + "place.kyiv,place,uk,Київ,preferred,,,\n"
                + "place.kyiv,place,en,Kyiv,preferred,uk,,\"KMU, 2010\"\n"
                + "\n"
                + "place.kyiv,place,en,Kiev,forbidden,ru,\"Russian-era spelling, avoid\",\n");
        Glossary g = GlossaryLoader.loadAll(List.of(p));
        Concept c = g.concept("place.kyiv");
        assertEquals(ConceptType.PLACE, c.type());
        assertEquals("Kyiv", c.preferred("en").form());
        Term kiev = c.terms("en").get(1);
        assertEquals(TermStatus.FORBIDDEN, kiev.status());
        assertEquals("Russian-era spelling, avoid", kiev.note());
        assertEquals("ru", kiev.romanisedFrom());
        assertEquals(p + ":6", kiev.origin());
    }

    @Test
    void onlyRequiredColumnsInAnyOrder() throws Exception {
        Path p = write("a.csv", "form,lang,status,type,concept\nKyiv,en,preferred,place,place.kyiv\n");
        assertEquals("Kyiv", GlossaryLoader.loadAll(List.of(p)).concept("place.kyiv").preferred("en").form());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown language|place.kyiv,place,xx,Kyiv,preferred,,,|:2: unknown language code 'xx'",
        "empty form|place.kyiv,place,en,,preferred,,,|:2: empty form",
        "unknown type|place.kyiv,city,en,Kyiv,preferred,,,|:2: unknown type 'city'",
        "unknown status|place.kyiv,place,en,Kyiv,deprecated,,,|:2: unknown status 'deprecated'",
        "bad romanised_from|place.kyiv,place,en,Kyiv,preferred,zz,,|:2: unknown language code 'zz' in romanised_from",
        "empty concept|,place,en,Kyiv,preferred,,,|:2: empty concept id",
        "too few columns|place.kyiv,place,en,Kyiv|:2: expected 8 columns, found 4",
        "unknown placeholder|event.zapad,event,en,Zapad-{month},preferred,,,|:2: unknown placeholder",
    })
    void rowErrorsNameFileAndLine(String name, String row, String message) throws Exception {
        Path p = write("bad.csv", HEADER + row + "\n");
        InputException e = assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(p)));
        assertTrue(e.getMessage().startsWith(p.toString() + message), e.getMessage());
    }

    @Test
    void relationsFileDeclaresRelatedConcepts() throws Exception {
        write("10.csv", HEADER + "title.a,title,en,president,preferred,,,\ntitle.b,title,en,head of state,preferred,,,\n"
                + "title.c,title,en,prime minister,preferred,,,\n");
        write("21-rel.csv", "# near-synonyms\nconcept,related,note,source\ntitle.b,title.a,a periphrasis,dictionary\n");
        Glossary g = GlossaryLoader.loadAll(List.of(dir));
        assertTrue(g.related("title.a", "title.b"));
        assertTrue(g.related("title.b", "title.a"));
        assertTrue(!g.related("title.a", "title.c"));
        assertEquals(3, g.size());
    }

    @Test
    void relationColumnDeclaresRivals() throws Exception {
        write("10.csv", HEADER + "title.a,title,en,president,preferred,,,\ntitle.b,title,en,head of state,preferred,,,\n"
                + "title.c,title,en,prime minister,preferred,,,\n");
        write("21-rel.csv", "concept,related,relation,note,source\ntitle.b,title.a,,a periphrasis,dictionary\n"
                + "title.a,title.c,rival,separate posts,constitution\n");
        Glossary g = GlossaryLoader.loadAll(List.of(dir));
        assertTrue(g.related("title.a", "title.b"));
        assertTrue(!g.rivals("title.a", "title.b"));
        assertTrue(g.rivals("title.c", "title.a"));
        assertTrue(!g.related("title.a", "title.c"));
        Path rel = write("21-rel.csv", "concept,related,relation,note,source\ntitle.a,title.c,enemy,x,y\n");
        InputException e = assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(dir)));
        assertTrue(e.getMessage().startsWith(rel + ":2: unknown relation 'enemy'"), e.getMessage());
    }

    @Test
    void relationToAnUnknownConceptNamesFileAndLine() throws Exception {
        write("10.csv", HEADER + "title.a,title,en,president,preferred,,,\n");
        Path rel = write("21-rel.csv", "concept,related,note,source\ntitle.a,title.a,self,x\n");
        InputException self = assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(dir)));
        assertTrue(self.getMessage().startsWith(rel + ":2: concept 'title.a' related to itself"), self.getMessage());
        write("21-rel.csv", "concept,related,note,source\n\ntitle.a,title.nope,typo,x\n");
        InputException e = assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(dir)));
        assertTrue(e.getMessage().startsWith(rel + ":3: unknown concept 'title.nope'"), e.getMessage());
    }

    @Test
    void shippedRelationsNameShippedTitles() throws Exception {
        Glossary g = GlossaryLoader.loadAll(List.of(Path.of("glossaries")));
        assertTrue(g.related("title.president", "title.head_of_state"));
        assertTrue(!g.related("title.president", "title.prime_minister"));
        assertTrue(g.rivals("title.prime_minister", "title.president"));
    }

    @Test
    void conflictingPreferredFormsAreAnError() throws Exception {
        Path p = write("a.csv", HEADER + "place.kyiv,place,en,Kyiv,preferred,,,\nplace.kyiv,place,en,Kiev,preferred,,,\n");
        InputException e = assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(p)));
        assertTrue(e.getMessage().startsWith(p + ":3: concept 'place.kyiv' has two preferred en forms"), e.getMessage());
    }

    @Test
    void sameFormWithTwoStatusesIsAnError() throws Exception {
        Path p = write("a.csv", HEADER + "place.kyiv,place,en,Kiev,admitted,,,\nplace.kyiv,place,en,Kiev,forbidden,,,\n");
        InputException e = assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(p)));
        assertTrue(e.getMessage().startsWith(p + ":3: form 'Kiev'"), e.getMessage());
    }

    @Test
    void conflictingTypesAreAnError() throws Exception {
        Path p = write("a.csv", HEADER + "x.kyiv,place,en,Kyiv,preferred,,,\nx.kyiv,person,uk,Київ,preferred,,,\n");
        InputException e = assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(p)));
        assertTrue(e.getMessage().startsWith(p + ":3: concept 'x.kyiv' has type place"), e.getMessage());
    }

    @Test
    void identicalPreferredRowTwiceIsHarmless() throws Exception {
        Path p = write("a.csv", HEADER + "place.kyiv,place,en,Kyiv,preferred,,,\nplace.kyiv,place,en,Kyiv,preferred,,,\n");
        assertEquals(1, GlossaryLoader.loadAll(List.of(p)).concept("place.kyiv").terms().size());
    }

    @Test
    void headerProblems() throws Exception {
        Path missing = write("m.csv", "concept,type,lang,form\nplace.kyiv,place,en,Kyiv\n");
        assertEquals(missing + ":1: missing required column 'status'",
                assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(missing))).getMessage());
        Path unknown = write("u.csv", "concept,type,lang,form,status,comment\nplace.kyiv,place,en,Kyiv,preferred,x\n");
        assertTrue(assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(unknown))).getMessage()
                .startsWith(unknown + ":1: unknown column 'comment'"));
    }

    @Test
    void unclosedQuoteIsAnErrorWithALine() throws Exception {
        Path p = write("q.csv", HEADER + "place.kyiv,place,en,\"Kyiv,preferred,,,\n");
        InputException e = assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(p)));
        assertTrue(e.getMessage().startsWith(p + ":"), e.getMessage());
    }

    @Test
    void folderInNameOrderLaterFileOverridesConceptByConcept() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("g"));
        Files.writeString(folder.resolve("10-shipped.csv"), HEADER
                + "place.kyiv,place,en,Kiev,preferred,,,\n"
                + "place.minsk,place,en,Minsk,preferred,,,\n");
        Files.writeString(folder.resolve("20-desk.csv"), HEADER
                + "place.kyiv,place,en,Kyiv,preferred,,,\n"
                + "place.kyiv,place,en,Kiev,forbidden,,,\n");
        Files.writeString(folder.resolve("README.md"), "not a glossary");
        Glossary g = GlossaryLoader.loadAll(List.of(folder));
        assertEquals("Kyiv", g.concept("place.kyiv").preferred("en").form());
        assertEquals(TermStatus.FORBIDDEN, g.concept("place.kyiv").terms("en").get(1).status());
        assertEquals("Minsk", g.concept("place.minsk").preferred("en").form());
        assertEquals(2, g.size());
    }

    @Test
    void missingPathIsAnError() {
        Path p = dir.resolve("nope.csv");
        assertEquals(p + ": no such glossary file or folder",
                assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(p))).getMessage());
    }

    @Test
    void readsTbxBasic() throws Exception {
        Path p = write("a.tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <martif type="TBX-Basic" xml:lang="en">
                  <text><body>
                    <termEntry id="place.kyiv">
                      <descrip type="subjectField">place</descrip>
                      <langSet xml:lang="uk"><tig><term>Київ</term></tig></langSet>
                      <langSet xml:lang="en-GB">
                        <tig><term>Kyiv</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                        <tig><term>Kiev</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
                          <note>Russian-era spelling</note></tig>
                        <tig><term>Kyyiv</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
                      </langSet>
                    </termEntry>
                  </body></text>
                </martif>
                """);
        Concept c = GlossaryLoader.loadAll(List.of(p)).concept("place.kyiv");
        assertEquals(ConceptType.PLACE, c.type());
        assertEquals("Київ", c.preferred("uk").form());
        assertEquals(List.of(TermStatus.PREFERRED, TermStatus.FORBIDDEN, TermStatus.ADMITTED),
                c.terms("en").stream().map(Term::status).toList());
        assertEquals("Russian-era spelling", c.terms("en").get(1).note());
    }

    @Test
    void readsTbxV3Core() throws Exception {
        Path p = write("b.tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <text><body>
                    <conceptEntry id="event.zapad">
                      <descrip type="conceptType">event</descrip>
                      <langSec xml:lang="ru"><termSec><term>Запад-{year}</term></termSec></langSec>
                      <langSec xml:lang="en">
                        <termSec><term>Zapad-{year}</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                        <termSec><term>West-{year}</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec>
                      </langSec>
                    </conceptEntry>
                    <conceptEntry id="term.drill">
                      <descrip type="subjectField">military</descrip>
                      <langSec xml:lang="en"><termSec><term>drill</term></termSec><termSec><term>exercise</term></termSec></langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """);
        Glossary g = GlossaryLoader.loadAll(List.of(p));
        Concept z = g.concept("event.zapad");
        assertEquals(ConceptType.EVENT, z.type());
        assertEquals(TermStatus.FORBIDDEN, z.terms("en").get(1).status());
        Concept d = g.concept("term.drill");
        assertEquals(ConceptType.TERM, d.type());
        assertEquals(List.of(TermStatus.PREFERRED, TermStatus.ADMITTED), d.terms("en").stream().map(Term::status).toList());
    }

    @Test
    void tbxErrors() throws Exception {
        Path status = write("s.tbx", """
                <martif type="TBX-Basic"><text><body>
                <termEntry id="c1"><langSet xml:lang="en">
                <tig><term>x</term><termNote type="administrativeStatus">bogus</termNote></tig>
                </langSet></termEntry></body></text></martif>
                """);
        assertTrue(assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(status))).getMessage()
                .startsWith(status + ":3: unknown administrative status 'bogus'"));
        Path lang = write("l.tbx", """
                <martif type="TBX-Basic"><text><body>
                <termEntry id="c1"><langSet xml:lang="qq">
                <tig><term>x</term></tig>
                </langSet></termEntry></body></text></martif>
                """);
        assertTrue(assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(lang))).getMessage()
                .startsWith(lang + ":3: unknown language code 'qq'"));
        Path type = write("t.tbx", """
                <martif type="TBX-Basic"><text><body>
                <termEntry id="c1"><descrip type="conceptType">city</descrip><langSet xml:lang="en">
                <tig><term>x</term></tig>
                </langSet></termEntry></body></text></martif>
                """);
        assertTrue(assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(type))).getMessage()
                .startsWith(type + ":3: unknown type 'city'"));
        Path broken = write("b.tbx", "<martif><text><body><termEntry id='c1'>\n</body></martif>");
        assertTrue(assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(broken))).getMessage()
                .startsWith(broken + ":2: malformed TBX"));
    }

    @Test
    void tbxExternalEntitiesAreNotRead() throws Exception {
        Path secret = write("secret.txt", "TOPSECRET");
        Path p = write("x.tbx", "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<martif type=\"TBX-Basic\"><text><body><termEntry id=\"c1\"><langSet xml:lang=\"en\">"
                + "<tig><term>a&xxe;</term></tig></langSet></termEntry></body></text></martif>");
        Glossary g;
        try {
            g = GlossaryLoader.loadAll(List.of(p));
        } catch (InputException e) {
            return; // refusing the entity is fine too
        }
        String form = g.concept("c1").terms().get(0).form();
        assertTrue(!form.contains("TOPSECRET"), form);
        assertNull(g.concept("c2"));
    }

    /** Found by the fuzzer: xml:lang="-" threw ArrayIndexOutOfBoundsException; now the unknown code is named. */
    @Test
    void tbxLanguageOfOnlyASeparatorIsAnError() throws Exception {
        Path p = write("dash.tbx", "<martif type=\"TBX-Basic\"><text><body><termEntry id=\"c1\"><langSet xml:lang=\"-\">"
                + "<tig><term>Kyiv</term></tig></langSet></termEntry></body></text></martif>");
        InputException e = assertThrows(InputException.class, () -> GlossaryLoader.loadAll(List.of(p)));
        assertTrue(e.getMessage().startsWith(p + ":1: unknown language code"), e.getMessage());
        // near miss: a tag with a region is read as its language
        Path ok = write("region.tbx", "<martif type=\"TBX-Basic\"><text><body><termEntry id=\"c1\"><langSet xml:lang=\"en-GB\">"
                + "<tig><term>Kyiv</term></tig></langSet></termEntry></body></text></martif>");
        assertEquals("en", GlossaryLoader.loadAll(List.of(ok)).concept("c1").terms().get(0).lang());
    }
}
