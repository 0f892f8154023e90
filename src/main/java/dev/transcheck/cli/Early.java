package dev.transcheck.cli;

import dev.transcheck.Transcheck;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.text.Resources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The shipped glossaries read from the process's first moments on, on a second thread (issue 15,
 * docs/performance.md "Sixth round"): picocli's parse of the command line and the settings take
 * about a tenth of a second of the main thread, which the second core spends reading the
 * glossary cache and making the tables every pair's checks need whatever its languages (the
 * checks' classes, the name tables). Started only for a {@code check} that names no glossary
 * and no config, in a folder without {@code transcheck.yaml}; its result is used only when the
 * settled glossary paths are exactly the ones it read, otherwise it is dropped unseen (a usage
 * error or a config that names other glossaries never sees its errors).
 */
record Early(List<Path> paths, Resources resources, CompletableFuture<Glossary> glossary, List<String> languages,
        List<Path> files, CompletableFuture<Boolean> warmed) {
    private static volatile Early started;

    /** Starts the early load for these command-line arguments, when they are a plain check. */
    static void start(String[] args) {
        if (args.length == 0 || !"check".equals(args[0]) || "off".equals(System.getenv("TRANSCHECK_EARLY"))) {
            return;
        }
        boolean languageOption = false;
        for (String a : args) {
            if (a.startsWith("--glossary") || a.startsWith("--config") || a.startsWith("-h") || a.startsWith("--help")
                    || a.startsWith("-V") || a.startsWith("--version")) {
                return;
            }
            languageOption |= a.startsWith("--from") || a.startsWith("--to");
        }
        List<Path> paths = CheckCommand.defaultGlossaries();
        if (paths.isEmpty() || Files.exists(Path.of(dev.transcheck.config.ConfigLoader.DEFAULT_NAME))) {
            return;
        }
        // the languages the files' names give (article.uk.txt), as the run will decide them when no option says
        java.util.Set<String> languages = new java.util.LinkedHashSet<>();
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 1; i < args.length && !languageOption; i++) {
            String lang = args[i].startsWith("-") ? null : dev.transcheck.text.Languages.fromFileName(args[i]);
            if (lang != null && Files.isRegularFile(Path.of(args[i]))) {
                languages.add(lang);
                files.add(Path.of(args[i]));
            }
        }
        boolean pair = languages.size() == 2 && files.size() == 2;
        Early e = new Early(paths, new Resources(), new CompletableFuture<>(),
                languages.size() <= 2 ? List.copyOf(languages) : List.of(), pair ? List.copyOf(files) : List.of(),
                new CompletableFuture<>());
        Thread t = new Thread(e::load, "transcheck-early");
        t.setDaemon(true);
        started = e;
        t.start();
        if (!e.languages().isEmpty()) {
            // the languages' tables on a thread of their own: the glossary's thread and picocli's
            // parse leave a core idle at times, and the warm-up needs both lanes' results
            Thread l = new Thread(e::loadLanguages, "transcheck-early-lang");
            l.setDaemon(true);
            l.start();
        }
        if (!e.files().isEmpty()) {
            Thread w = new Thread(e::warm, "transcheck-early-warm");
            w.setDaemon(true);
            w.start();
        } else {
            e.warmed().complete(false);
        }
    }

    private void load() {
        Glossary g;
        try {
            g = GlossaryLoader.loadAll(paths, CheckCommand.glossaryCache());
        } catch (Throwable ex) {
            glossary.completeExceptionally(ex); // seen only if the run settles on these paths
            return;
        }
        glossary.complete(g);
        try {
            dev.transcheck.check.CheckRegistry.standard();
            dev.transcheck.names.NameGlossary.of(g, resources);
            dev.transcheck.names.NameTables.of(resources);
            Trace.mark("early: glossary and tables loaded");
        } catch (RuntimeException | Error ex) {
            // only a head start: the run builds these again where it needs them and meets the error
            // there (a daemon thread's uncaught error would print a stack trace)
        }
    }

    /** The warm-up ({@link #warmUp}) as soon as the glossary is read; completes {@link #warmed}. */
    private void warm() {
        try {
            warmed.complete(warmUp());
        } catch (RuntimeException | Error ex) {
            // as in load(): the command warms the checks itself, and meets any error in its own run
        } finally {
            warmed.complete(false); // no-op once completed
        }
    }

    /**
     * The checks run once on the two files' first lines, as the command does before its check
     * (it waits for this one instead when it ran): their classes, tables and first compiled code
     * are then ready when picocli has read the command line. Only its side effects count: the
     * report is thrown away, so a wrong guess (other languages, options that disable checks)
     * costs time, never a result. False when the files' heads cannot be read as plain UTF-8 text.
     */
    private boolean warmUp() {
        if (files.size() != 2) {
            return false;
        }
        String srcHead = head(files.get(0));
        String tgtHead = head(files.get(1));
        if (srcHead == null || tgtHead == null) {
            return false;
        }
        // segmented and aligned while the glossary is still being read: neither needs it
        Transcheck plain = Transcheck.builder().resources(resources).build();
        dev.transcheck.model.Document src = plain.document("", languages.get(0), srcHead);
        dev.transcheck.model.Document tgt = plain.document("", languages.get(1), tgtHead);
        dev.transcheck.model.Alignment alignment = plain.align(src, tgt);
        Transcheck tc = Transcheck.builder().glossary(glossary.join()).resources(resources).build();
        tc.check(src, tgt, alignment);
        Trace.mark("early: checks warmed on the headlines");
        return true;
    }

    /** The first line of a file's first 8 KB as UTF-8 ({@link CheckCommand#firstLine}), or null (unreadable, not plain UTF-8 text). */
    private static String head(Path file) {
        byte[] b = new byte[8192];
        int n = 0;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            for (int r; n < b.length && (r = in.read(b, n, b.length - n)) > 0; ) {
                n += r;
            }
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        String text = new String(b, 0, n, java.nio.charset.StandardCharsets.UTF_8);
        if (n == b.length) {
            text = text.substring(0, Math.max(0, text.lastIndexOf('\n'))); // a character may be cut at the end
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\uFFFD') >= 0 || text.indexOf('\0') >= 0 || text.isBlank()) {
            return null;
        }
        return CheckCommand.firstLine(text);
    }

    /**
     * Each language's dictionary, word list index, number words and analyzer, which the checks'
     * first run would otherwise load on the critical path. Every one is made once per JVM under
     * its own lock (a thread that asks meanwhile waits for it), so this only moves the work.
     */
    private void loadLanguages() {
        try {
            for (String lang : languages) {
                dev.transcheck.lang.LanguageProfiles.of(lang);
                dev.transcheck.text.Morphology morphology = resources.morphology(lang);
                if (dev.transcheck.text.Lexicon.covers(lang, "en") || dev.transcheck.text.Lexicon.covers(lang, "uk")) {
                    dev.transcheck.text.Lexicon.get().words(lang, morphology);
                }
                dev.transcheck.text.numbers.NumberLexicon.of(lang);
                dev.transcheck.text.analysis.Analyzers.of(lang, resources);
            }
            Trace.mark("early: languages' tables loaded");
        } catch (RuntimeException | Error ex) {
            // as in load(): a head start only
        }
    }

    /** The early load when it read exactly {@code glossaryPaths}, else null (and it is dropped). */
    static Early take(List<Path> glossaryPaths) {
        Early e = started;
        started = null;
        return e != null && e.paths().equals(glossaryPaths) ? e : null;
    }
}
