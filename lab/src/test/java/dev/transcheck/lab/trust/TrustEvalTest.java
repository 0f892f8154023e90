package dev.transcheck.lab.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.glossary.Concept;
import dev.transcheck.glossary.ConceptType;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.glossary.Term;
import dev.transcheck.glossary.TermStatus;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Category;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import dev.transcheck.model.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeding and the counting of the trust evaluation, on tiny inputs made here. */
class TrustEvalTest {
    static final Transcheck TC = Transcheck.builder().build();

    static String apply(String text, Seeder.Edit e) {
        return text.substring(0, e.start()) + e.replacement() + text.substring(e.end());
    }

    @Test
    void numberSeedsChangeOneDigitOfAStandaloneNumberOnly() {
        String t = "The bridge is 120 m long and opened on 12 May 2020. See https://x.com/a1 and @user22 or model X5.";
        for (int seed = 0; seed < 20; seed++) {
            List<Seeder.Edit> edits = Seeder.numbers(t, "en", new Random(seed));
            assertEquals(1, edits.size(), "only 120 qualifies: " + edits);
            Seeder.Edit e = edits.get(0);
            assertEquals("120", t.substring(e.start(), e.end()));
            assertEquals(3, e.replacement().length());
            int diff = 0;
            for (int i = 0; i < 3; i++) {
                diff += "120".charAt(i) != e.replacement().charAt(i) ? 1 : 0;
            }
            assertEquals(1, diff, e.replacement());
            assertFalse(e.replacement().startsWith("0"));
        }
    }

    @Test
    void dateSeedsChangeTheDayOrTheMonthInTheSameForm() {
        String en = "It opened on 12 May 2020.";
        String uk = "Його відкрили 12 травня, а закрили в березні.";
        Set<String> seen = new java.util.HashSet<>();
        for (int seed = 0; seed < 30; seed++) {
            List<Seeder.Edit> e = Seeder.dates(en, "en", new Random(seed));
            assertEquals(1, e.size());
            String changed = apply(en, e.get(0));
            assertTrue(changed.matches("It opened on ([1-9]|1[0-9]|2[0-8]) May 2020\\.")
                    || changed.matches("It opened on 12 (January|February|March|April|June|July|August|September|October"
                    + "|November|December) 2020\\."), changed);
            assertFalse(changed.equals(en));
            seen.add(changed.contains(" May ") ? "day" : "month");
            for (Seeder.Edit u : Seeder.dates(uk, "uk", new Random(seed))) {
                String word = uk.substring(u.start(), u.end());
                if (word.equals("березні")) {
                    assertTrue(Seeder.MONTHS.get("uk").get(2).contains(u.replacement()), u.replacement());
                } else if (word.equals("травня")) {
                    assertTrue(Seeder.MONTHS.get("uk").get(0).contains(u.replacement()), u.replacement());
                } else {
                    assertEquals("12", word);
                }
            }
        }
        assertEquals(Set.of("day", "month"), seen, "both kinds of date change occur");
        assertTrue(Seeder.dates("You may go. May I?", "en", new Random(1)).isEmpty(), "the modal verb is no month");
    }

    @Test
    void titleSeedsSwapSiblingOffices() {
        String en = "President Biden met the prime minister and the Deputy Minister of Defence, then a minister.";
        Set<String> got = Seeder.titles(en, "en").stream().map(e -> en.substring(e.start(), e.end()) + ">" + e.replacement())
                .collect(Collectors.toSet());
        assertEquals(Set.of("President>Prime Minister", "prime minister>president", "Deputy Minister>Minister",
                "minister>deputy minister"), got);
        String uk = "Президента підтримав міністр оборони, а прем'єр-міністр і заступник міністра промовчали.";
        Set<String> gotUk = Seeder.titles(uk, "uk").stream().map(e -> uk.substring(e.start(), e.end()) + ">" + e.replacement())
                .collect(Collectors.toSet());
        assertEquals(Set.of("Президента>Прем'єр-міністра", "міністр>заступник міністра", "прем'єр-міністр>президент",
                "заступник міністра>міністр"), gotUk);
        String ru = "Заместителя министра принял президент.";
        Set<String> gotRu = Seeder.titles(ru, "ru").stream().map(e -> ru.substring(e.start(), e.end()) + ">" + e.replacement())
                .collect(Collectors.toSet());
        assertEquals(Set.of("Заместителя министра>Министра", "президент>премьер-министр"), gotRu);
    }

    static Concept person(String id, String uk, String en, String origin) {
        String ukSurname = uk.substring(uk.indexOf(' ') + 1);
        String enSurname = en.substring(en.indexOf(' ') + 1);
        return new Concept(id, ConceptType.PERSON, List.of(
                new Term("uk", uk, TermStatus.PREFERRED, null, null, "test"),
                new Term("uk", ukSurname, TermStatus.ADMITTED, null, null, "test"),
                new Term("en", en, TermStatus.PREFERRED, null, origin, "test"),
                new Term("en", enSurname, TermStatus.ADMITTED, null, origin, "test")));
    }

    @Test
    void theSurnameIsAOneWordFormOfThePerson() {
        assertEquals("Zelensky", Seeder.surname(person("p", "Володимир Зеленський", "Volodymyr Zelensky", "uk"), "en"));
        assertEquals("Зеленський", Seeder.surname(person("p", "Володимир Зеленський", "Volodymyr Zelensky", "uk"), "uk"));
        Concept xi = new Concept("person.x", ConceptType.PERSON, List.of(new Term("en", "Xi Jinping", TermStatus.PREFERRED, null, null, "t")));
        assertEquals(null, Seeder.surname(xi, "en"), "no one-word form: the surname cannot be told");
    }

    @Test
    void nameSeedsSwapSurnamesOfTheSameOriginKeepingTheEnding() {
        Glossary g = new Glossary(List.of(
                person("person.a", "Володимир Зеленський", "Volodymyr Zelensky", "uk"),
                person("person.b", "Олександр Сирський", "Oleksandr Syrskyi", "uk"),
                person("person.c", "Джо Байден", "Joe Biden", null)));
        Seeder s = new Seeder(g);
        String uk = "Указ Зеленського підписано.";
        Document enSource = TC.document("s.en", "en", "Zelensky's decree is signed.");
        List<Seeder.Edit> e = s.names(TC.document("t.uk", "uk", uk), enSource, "uk", new Random(1));
        assertEquals(1, e.size());
        assertEquals("Указ Сирського підписано.", apply(uk, e.get(0)));
        assertEquals(List.of(), s.names(TC.document("t.uk", "uk", uk), TC.document("s.en", "en", "The decree is signed."),
                "uk", new Random(1)), "a person the source does not name is not seeded");
        String en = "Zelensky spoke with Biden.";
        Document ukSource = TC.document("s.uk", "uk", "Зеленський поговорив з Байденом.");
        for (int seed = 0; seed < 10; seed++) {
            List<Seeder.Edit> x = s.names(TC.document("t.en", "en", en), ukSource, "en", new Random(seed));
            // Zelensky's only fellow of origin uk is Syrskyi; Biden has none of his origin, so any
            // person not already in the text (Syrskyi again) stands in for him
            assertEquals(List.of("Zelensky>Syrskyi", "Biden>Syrskyi"),
                    x.stream().map(y -> en.substring(y.start(), y.end()) + ">" + y.replacement()).toList());
        }
    }

    static Alignment oneToOne(int n) {
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            beads.add(new Bead(List.of(i), List.of(i), 1.0));
        }
        return new Alignment(beads, n, n);
    }

    @Test
    void dropRemovesASentenceFromInsideAParagraphDeterministically() {
        String src = "Перше речення тут має п'ять слів. Друге речення тут має п'ять слів. Третє речення тут має п'ять слів.\n\n"
                + "Четверте речення тут має п'ять слів.\n";
        String tgt = "The first sentence has five words. The second sentence has five words. The third sentence has five words.\n\n"
                + "The fourth sentence has five words.\n";
        Document s = TC.document("s.uk", "uk", src);
        Document t = TC.document("t.en", "en", tgt);
        assertEquals(4, s.size());
        assertEquals(4, t.size());
        Seeder.Seed d = Seeder.drop(s, t, oneToOne(4), i -> true, new Random(7));
        assertNotNull(d);
        assertEquals(1, d.sourceSentence(), "the only sentence with neighbours on both sides in its paragraph");
        assertEquals("The first sentence has five words. The third sentence has five words.\n\n"
                + "The fourth sentence has five words.\n", d.text());
        Seeder.Seed none = Seeder.drop(s, t, oneToOne(4), i -> i != 1 && i != 2 && i != 3, new Random(7));
        assertEquals(null, none, "the first sentence is never dropped");
        Seeder seeder = new Seeder(Glossary.empty());
        assertEquals(seeder.seeds(s, t, oneToOne(4), i -> true, 5), seeder.seeds(s, t, oneToOne(4), i -> true, 5));
    }

    @Test
    void clauseSeedsDropAnAnchoredClauseFromAOneToOneSentence() {
        assertEquals(List.of("[14, 39]", "[39, 55]"), Seeder.clauses("Prices rose 5%, said the bank on Monday, and wages fell.", "en")
                .stream().map(java.util.Arrays::toString).toList());
        assertEquals(List.of("[16, 33]"), Seeder.clauses("Ціни 1,5 ростуть, але зарплати ні.", "uk")
                .stream().map(java.util.Arrays::toString).toList(), "the comma of 1,5 is no boundary; але opens a clause");
        Document s = lines("s", "uk", "Перше речення тут має п'ять слів.",
                "Ціни зросли на 20 відсотків, а у Львові зарплати впали на 7 відсотків.", "Останнє речення має п'ять слів.");
        Document t = lines("t", "en", "The first sentence has five words.",
                "Prices rose by 20 per cent, while in Lviv wages fell by 7 per cent.", "The last sentence has five words.");
        Seeder seeder = new Seeder(Glossary.empty());
        Seeder.Seed c = seeder.clause(s, t, oneToOne(3), i -> true, new Random(3));
        assertNotNull(c);
        assertEquals(Seeder.Kind.CLAUSE, c.kind());
        assertEquals(", while in Lviv wages fell by 7 per cent", c.before());
        assertTrue(c.text().contains("Prices rose by 20 per cent.\n"), c.text());
        assertEquals(c.start(), c.end());
        assertEquals(null, seeder.clause(s, t, oneToOne(3), i -> i != 1, new Random(3)), "an ineligible sentence is left alone");
        Document bare = lines("t", "en", "The first sentence has five words.",
                "Prices rose by 20 per cent, while elsewhere wages fell by a lot.", "The last sentence has five words.");
        assertEquals(null, seeder.clause(s, bare, oneToOne(3), i -> true, new Random(3)), "a clause with no anchor of the source");
        assertTrue(Seeder.Kind.CLAUSE.relevant("omission.partial") && Seeder.Kind.CLAUSE.relevant("number.mismatch")
                && !Seeder.Kind.CLAUSE.relevant("omission"));
    }

    static Document lines(String path, String lang, String... sentences) {
        StringBuilder sb = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (String x : sentences) {
            int a = sb.length();
            sb.append(x);
            out.add(new Sentence(out.size(), out.size(), a, sb.length(), x));
            sb.append('\n');
        }
        return new Document(path, lang, sb.toString(), out);
    }

    static Finding finding(String check, Severity sev, Document src, int ss, Document tgt, int ts) {
        Span a = ss < 0 ? null : Span.ofSentence(src.sentence(ss));
        Span b = ts < 0 ? null : Span.ofSentence(tgt.sentence(ts));
        return Finding.of(check, sev, Category.MISTRANSLATION, "m", a, b, List.of(), null);
    }

    static Report report(Document s, Document t, Finding... f) {
        return new Report(s, t, oneToOne(s.size()), List.of(f), new Summary(0, 0, 0, 500, 0, true));
    }

    @Test
    void aSeedIsCaughtOnlyByARelevantErrorInItsSentence() {
        Document s = lines("s", "uk", "Один.", "Було 15 людей.", "Три.");
        Document t = lines("t", "en", "One.", "There were 16 people.", "Three.");
        int at = t.sentence(1).start() + "There were ".length();
        Seeder.Seed num = new Seeder.Seed(Seeder.Kind.NUMBER, t.text(), at, at + 2, -1, "15", "16");
        assertTrue(TrustEval.caught(num, report(s, t, finding("number.mismatch", Severity.ERROR, s, -1, t, 1))));
        assertTrue(TrustEval.caught(num, report(s, t, finding("number.mismatch", Severity.ERROR, s, 1, t, -1))), "source side");
        assertFalse(TrustEval.caught(num, report(s, t, finding("number.mismatch", Severity.WARNING, s, 1, t, 1))), "a warning");
        assertFalse(TrustEval.caught(num, report(s, t, finding("name.mismatch", Severity.ERROR, s, 1, t, 1))), "another check");
        assertFalse(TrustEval.caught(num, report(s, t, finding("number.mismatch", Severity.ERROR, s, 2, t, 2))), "another sentence");
        Seeder.Seed drop = new Seeder.Seed(Seeder.Kind.DROP, t.text(), 0, 0, 1, "x", "");
        assertTrue(TrustEval.caught(drop, report(s, t, finding("omission", Severity.ERROR, s, 1, t, -1))));
        assertFalse(TrustEval.caught(drop, report(s, t, finding("omission", Severity.ERROR, s, 0, t, -1))));
        assertFalse(TrustEval.caught(drop, report(s, t, finding("omission.partial", Severity.WARNING, s, 1, t, -1))));
    }

    @Test
    void talliesCountDocumentsWordsAndRatesAndBlockFlaggedBeads() {
        Document s = lines("s", "uk", "Один.", "Два.", "Три.");
        Document t = lines("t", "en", "One.", "Two.", "Three.");
        Report flagged = report(s, t, finding("number.mismatch", Severity.ERROR, s, 1, t, 1),
                finding("term.mismatch", Severity.ERROR, s, -1, t, 2), finding("name.spelling", Severity.WARNING, s, 0, t, 0));
        TrustEval.Tally tally = new TrustEval.Tally();
        tally.add(flagged);
        tally.add(report(s, t));
        assertEquals(2, tally.documents);
        assertEquals(1000, tally.words);
        assertEquals(1, tally.documentsWithError);
        assertEquals(0.5, tally.errorDocShare());
        assertEquals(2.0, tally.errorsPer1k());
        assertEquals(1.0, tally.warningsPer1k());
        assertEquals(Set.of(1, 2), TrustEval.blockedTranslationSentences(flagged));
    }

    @Test
    void lineAlignedTextBecomesParagraphs() {
        assertEquals("Headline\n\nFirst sentence. Second «one». A list:\n", Sources.paragraphs(
                List.of("Headline", "First sentence.", "Second «one».", "", "A list:")));
        assertEquals("Headline\n\nBody one. Body two\n\nNext.\n", Sources.paragraphs(List.of("Headline", "Body one.", "Body two", "Next.")));
    }

    @Test
    void commandRunsOnATinyCorpusAndStopsCleanlyWithoutData(@TempDir Path dir) throws Exception {
        Path reg = Files.createDirectories(dir.resolve("news"));
        Files.writeString(reg.resolve("t1.en.txt"), "The bridge opened on 12 May. It is 120 metres long. Lviv paid for it.\n");
        Files.writeString(reg.resolve("t1.uk.txt"), "Міст відкрили 12 травня. Його довжина — 120 метрів. За нього заплатив Львів.\n");
        assertEquals(0, dev.transcheck.lab.LabMain.run("eval-trust", "--corpus", dir.toString(), "--only", "corpus", "--seed", "3"));
        assertEquals(2, dev.transcheck.lab.LabMain.run("eval-trust", "--only", "ntrex", "--ntrex", dir.resolve("none").toString()));
        assertEquals(2, dev.transcheck.lab.LabMain.run("eval-trust", "--direction", "xx-yy"));
        assertEquals(2, dev.transcheck.lab.LabMain.run("eval-trust", "--corpus", dir.resolve("none").toString(), "--only", "corpus"));
    }
}
