package dev.transcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.check.Check;
import dev.transcheck.check.CheckRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** `transcheck checks` and docs/checks/*.md stay in step (README.md is the index and is exempt). */
class ChecksDocsTest {
    static final Path DOCS = Path.of("docs/checks");

    @Test
    void everyRegisteredCheckHasAPageAndEveryPageACheck() throws Exception {
        Set<String> registered = CheckRegistry.standard().checks().stream().map(Check::id)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> pages;
        try (Stream<Path> s = Files.list(DOCS)) {
            pages = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") && !n.equals("README.md"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> missingPages = new TreeSet<>(registered);
        missingPages.removeAll(pages);
        Set<String> orphanPages = new TreeSet<>(pages);
        orphanPages.removeAll(registered);
        assertEquals(Set.of(), missingPages, "registered checks without docs/checks/<id>.md");
        assertEquals(Set.of(), orphanPages, "docs/checks pages without a registered check");
        assertTrue(Files.isRegularFile(DOCS.resolve("README.md")));
    }

    @Test
    void theIndexListsEveryCheckWithItsSeverityAndCategory() throws Exception {
        String index = Files.readString(DOCS.resolve("README.md"));
        for (Check c : CheckRegistry.standard().checks()) {
            String row = "| [`" + c.id() + "`](" + c.id() + ".md) | " + c.severity().word() + " | `" + c.category().path() + "` |";
            assertTrue(index.contains(row), "docs/checks/README.md lacks the row " + row);
        }
    }

    @Test
    void everyPageNamesItsCheckSeverityAndCategory() throws Exception {
        for (Check c : CheckRegistry.standard().checks()) {
            String page = Files.readString(DOCS.resolve(c.id() + ".md"));
            assertTrue(page.contains(c.id()), c.id() + ": the page names its id");
            assertTrue(page.contains(c.category().path()), c.id() + ": the page names its category " + c.category().path());
            assertTrue(page.toLowerCase().contains(c.severity().word()), c.id() + ": the page names its severity");
        }
    }

    @Test
    void checksCommandListsEveryRegisteredCheck() {
        var out = new java.io.ByteArrayOutputStream();
        var old = System.out;
        try {
            System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(0, dev.transcheck.cli.Main.run("checks"));
        } finally {
            System.setOut(old);
        }
        List<String> ids = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
                .map(l -> l.split("\\s+")[0]).toList();
        assertEquals(CheckRegistry.standard().checks().stream().map(Check::id).toList(), ids);
    }
}
