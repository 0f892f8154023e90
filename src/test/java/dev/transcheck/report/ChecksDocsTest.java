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

/**
 * `transcheck checks`, the checks' declarations and docs/checks/*.md stay in step: every check has a
 * page, and the index README.md is generated from the registry.
 */
class ChecksDocsTest {
    static final Path DOCS = Path.of("docs/checks");

    @Test
    void everyRegisteredCheckHasAPageAndEveryPageACheck() throws Exception {
        Set<String> registered = CheckRegistry.standard().checks().stream().map(Check::id)
                .collect(Collectors.toCollection(TreeSet::new));
        // the cross-edition checks of `transcheck editions` are declared apart from the registry
        registered.addAll(dev.transcheck.editions.EditionCheck.ids());
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

    /** docs/checks/README.md as generated from the registry's {@code @CheckInfo} declarations. */
    static String index() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Checks\n\n")
                .append("Every check has a stable id, a default severity, an MQM category, a one-line summary and a page\n")
                .append("here named `<id>.md` (what it flags, what it does not, an example, severity, category).\n")
                .append("`transcheck checks` lists the registered checks. This index is generated from the checks'\n")
                .append("`@CheckInfo` declarations in `CheckRegistry` order: do not edit it by hand; regenerate it with\n")
                .append("`" + REGENERATE + "`.\n")
                .append("A test (`ChecksDocsTest`) fails when the index is stale, when a registered check has no page or\n")
                .append("a page here has no registered check.\n\n")
                .append("| id | default severity | category | what it flags |\n")
                .append("|---|---|---|---|\n");
        for (Check c : CheckRegistry.standard().checks()) {
            sb.append("| [`").append(c.id()).append("`](").append(c.id()).append(".md) | ").append(c.severity().word())
                    .append(" | `").append(c.category().path()).append("` | ").append(c.summary().replace("|", "\\|"))
                    .append(" |\n");
        }
        sb.append("\nA desk can switch a check off or change its severity in `transcheck.yaml` (docs/CONFIG.md).\n");
        return sb.toString();
    }

    static final String REGENERATE = "mvn -q test -Dtest=ChecksDocsTest -Dtranscheck.regenerate=true";

    @Test
    void theIndexIsGeneratedFromTheRegistry() throws Exception {
        Path file = DOCS.resolve("README.md");
        String want = index();
        if (Boolean.getBoolean("transcheck.regenerate")) {
            Files.writeString(file, want);
        }
        assertEquals(want, Files.readString(file),
                "docs/checks/README.md is stale (a check's @CheckInfo or the registry changed); regenerate it with: " + REGENERATE);
    }

    @Test
    void everyRegisteredCheckDeclaresItselfOnce() {
        for (Check c : CheckRegistry.standard().checks()) {
            assertTrue(c.getClass().isAnnotationPresent(dev.transcheck.check.CheckInfo.class), c.getClass() + " lacks @CheckInfo");
            for (String m : List.of("id", "severity", "category", "summary")) {
                assertTrue(java.util.Arrays.stream(c.getClass().getDeclaredMethods()).noneMatch(x -> x.getName().equals(m)
                        && x.getParameterCount() == 0), c.getClass().getSimpleName() + " overrides " + m + "() beside its @CheckInfo");
            }
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
        List<String> expected = new java.util.ArrayList<>(CheckRegistry.standard().checks().stream().map(Check::id).toList());
        // then the cross-edition checks of `transcheck editions`
        expected.addAll(dev.transcheck.editions.EditionCheck.ids());
        assertEquals(expected, ids);
    }
}
