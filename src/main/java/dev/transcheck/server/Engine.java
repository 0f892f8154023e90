package dev.transcheck.server;

import dev.transcheck.text.Resources;
import dev.transcheck.Settings;
import dev.transcheck.Transcheck;
import dev.transcheck.align.AnchorAligner;
import dev.transcheck.glossary.Glossary;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.io.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The shared core of the server: one loaded glossary and one set of language resources for every
 * request, swapped as a whole when the glossary files change. A request takes one {@link Generation}
 * at its start and uses only that one, so it never sees half of a reloaded glossary.
 */
public final class Engine implements AutoCloseable {
    /** One loaded state: the glossary, the instance built on it, and the files it was read from. */
    public record Generation(Transcheck base, Glossary glossary, List<GlossaryFile> files, String fingerprint,
                             Instant loaded, long number) {
    }

    /** One glossary file and how many concepts it holds. */
    public record GlossaryFile(String name, int concepts) {
    }

    private final List<Path> glossaryPaths;
    private final Settings settings;
    private final Resources resources = new Resources();
    private final AnchorAligner aligner = new AnchorAligner();
    private final AtomicReference<Generation> current = new AtomicReference<>();
    private final AtomicReference<String> lastReloadError = new AtomicReference<>();
    private final Map<Settings, Transcheck> bySettings = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Settings, Transcheck> eldest) {
            return size() > 32;
        }
    };
    private ScheduledExecutorService watcher;

    /** Loads the glossaries once; an unreadable glossary is an {@link InputException} (the server does not start). */
    public Engine(List<Path> glossaryPaths, Settings settings) throws InputException {
        this.glossaryPaths = List.copyOf(glossaryPaths);
        this.settings = settings;
        current.set(load(fingerprint(), 1));
    }

    /** The desk's settings (from the config); a request may change disabled checks, severities and the threshold. */
    public Settings settings() {
        return settings;
    }

    public Generation current() {
        return current.get();
    }

    public String lastReloadError() {
        return lastReloadError.get();
    }

    /**
     * The instance of {@code generation} with {@code s}: the glossary, resources and aligner are
     * shared, only the settings differ (a handful of small objects).
     */
    public Transcheck with(Generation generation, Settings s) {
        if (s.equals(generation.base().settings())) {
            return generation.base();
        }
        synchronized (bySettings) {
            Transcheck tc = bySettings.get(s);
            if (tc == null || tc.glossary() != generation.glossary()) {
                tc = Transcheck.builder().glossary(generation.glossary()).resources(resources).aligner(aligner)
                        .settings(s).build();
                bySettings.put(s, tc);
            }
            return tc;
        }
    }

    /** Looks at the glossary files every {@code seconds} and reloads them when any changed. */
    public void watch(int seconds) {
        if (seconds <= 0) {
            return;
        }
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "transcheck-glossary-watch");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(this::tick, seconds, seconds, TimeUnit.SECONDS);
    }

    /** The fingerprint seen on the last look that differed from the loaded one (null: none). */
    private String pending;

    /**
     * One look of the watcher: a change is loaded once the files have stayed the same for one
     * interval, so a glossary caught while an editor is still writing it is not loaded.
     */
    private void tick() {
        String fp = fingerprint();
        if (fp.equals(current.get().fingerprint())) {
            pending = null;
        } else if (fp.equals(pending)) {
            pending = null;
            reloadIfChanged();
        } else {
            pending = fp;
        }
    }

    /** Reloads when the files changed; returns true when a new generation was swapped in. */
    public boolean reloadIfChanged() {
        try {
            String fp = fingerprint();
            Generation g = current.get();
            if (fp.equals(g.fingerprint())) {
                return false;
            }
            Generation next = load(fp, g.number() + 1);
            current.set(next);
            lastReloadError.set(null);
            return true;
        } catch (InputException | RuntimeException e) {
            // a half-edited glossary: keep serving the last good one and say so on /healthz
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (!msg.equals(lastReloadError.get())) {
                System.err.println("transcheck serve: glossary not reloaded, still serving the previous one: "
                        + dev.transcheck.io.Excerpt.of(msg, 300));
            }
            lastReloadError.set(msg);
            return false;
        }
    }

    private Generation load(String fingerprint, long number) throws InputException {
        Glossary g = GlossaryLoader.loadAll(glossaryPaths);
        Transcheck base = Transcheck.builder().glossary(g).resources(resources).aligner(aligner).settings(settings).build();
        Map<String, Integer> perFile = new LinkedHashMap<>();
        for (Path f : files()) {
            perFile.put(f.getFileName().toString(), 0);
        }
        for (var c : g.concepts()) {
            String origin = c.terms().isEmpty() ? null : c.terms().get(0).origin();
            if (origin == null) {
                continue;
            }
            int colon = origin.lastIndexOf(':');
            String file = Path.of(colon > 0 ? origin.substring(0, colon) : origin).getFileName().toString();
            perFile.merge(file, 1, Integer::sum);
        }
        List<GlossaryFile> files = new ArrayList<>();
        perFile.forEach((k, v) -> files.add(new GlossaryFile(k, v)));
        return new Generation(base, g, List.copyOf(files), fingerprint, Instant.now(), number);
    }

    /** The glossary files, as GlossaryLoader reads them: a file, or the .csv and .tbx files of a folder. */
    private List<Path> files() {
        List<Path> out = new ArrayList<>();
        for (Path p : glossaryPaths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).filter(f -> {
                        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".csv") || n.endsWith(".tbx");
                    }).sorted().forEach(out::add);
                } catch (IOException | UncheckedIOException e) {
                    // the loader names the folder when it cannot list it
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Names, sizes, modification times and checksums of the glossary files: a change in any changes this. */
    private String fingerprint() {
        StringBuilder sb = new StringBuilder();
        for (Path f : files()) {
            sb.append(f).append('|');
            try {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                sb.append(a.size()).append('|').append(a.lastModifiedTime().toMillis());
                // a file rewritten within the file system's time resolution at the same size
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(Files.readAllBytes(f));
                sb.append('|').append(Long.toHexString(crc.getValue()));
            } catch (IOException e) {
                sb.append("missing");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }
}
