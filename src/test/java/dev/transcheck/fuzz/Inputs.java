package dev.transcheck.fuzz;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generators of random and adversarial text for {@link FuzzTest}, and a time guard that turns a
 * hang into a failure naming the input.
 */
final class Inputs {
    /** Fragments that stress readers and stages: markup openers, entities, repeated tokens, controls. */
    static final List<String> FRAGMENTS = List.of(
            "[", "]", "](", "(", ")", "<", "<a", "<a href=\"x>y\">", "</a>", "<p>", "</p>", "<br>", "<script>", "</script>",
            "<!--", "-->", "&amp;", "&#55296;", "&#0;", "&#x1F600;", "&nbsp;", "&bogus;", "*", "**", "_", "__", "~~", "`",
            "```\n", "\\", "# ", "## ", "> ", "- ", "1. ", "2025. ", "|", "---\n", "===\n", "![i](u)", "[a][b]", "[b]: u\n",
            "\n", "\r\n", "\n\n", "\r", "\t", " ", "\u00A0", "\u200B", "\uFEFF", "\u0000", "\u0007", "\u001B[31m", "\uD800",
            "\uDC00", "\uD83D\uDE00", "\u0306", "\u0301", "7,", "a-", "U.S.", "1 000 ", "5%", "$3.5bn", "12.03.2025",
            "Зеленський", "Зеленский", "Zelensky", "Київ", "Kyiv", "Москва", "НАТО", "NATO", "ЗСУ", "ст.", "м.", "т. д.",
            "Mr.", "Dr.", "e.g.", "...", "…", "!", "?", ". ", "? ", "«", "»", "„", "“", "\"", "'", "’", "—", "–",
            "слово ", "word ", "Слово. ", "Word. ", "ІЇЄҐ", "ёъы", "0", "42", "1,5", "½", "€", "£");

    private Inputs() {
    }

    /** Any UTF-16 text, lone surrogates and controls included. */
    static Arbitrary<String> anyChars(int maxLength) {
        return Arbitraries.strings().all().ofMaxLength(maxLength);
    }

    /** A soup of fragments in random order. */
    static Arbitrary<String> soup(int maxFragments) {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(maxFragments).map(l -> String.join("", l));
    }

    /** One or two fragments repeated many times (a data list, a table, an attack on a regex). */
    static Arbitrary<String> repeated(int maxTimes) {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(2)
                .flatMap(l -> Arbitraries.integers().between(1, maxTimes).map(n -> String.join("", l).repeat(n)));
    }

    /** Words of the three first-class languages in sentences and paragraphs, with fragments mixed in. */
    static Arbitrary<String> prose(int maxWords) {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("Президент", "заявив", "що", "війська", "у", "Києві", "було", "понад", "тисяч", "людей",
                        "сказал", "в", "Москве", "были", "The", "president", "said", "that", "troops", "in", "Kyiv", "were",
                        "over", "thousand", "people", "Zelensky", "Зеленський", "2025", "15", "3,5", "мільйона", "million",
                        "березня", "March", "ЄС", "EU", "—", "(НАТО)", "«Азов»", "\"Azov\""),
                Arbitraries.of(FRAGMENTS));
        Arbitrary<String> sep = Arbitraries.of(" ", " ", " ", " ", ". ", ", ", "! ", "? ", ".\n", "\n\n", ": ");
        return Arbitraries.integers().between(1, maxWords).flatMap(n ->
                word.list().ofSize(n).flatMap(ws -> sep.list().ofSize(n).map(ss -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < ws.size(); i++) {
                        b.append(ws.get(i)).append(ss.get(i));
                    }
                    return b.toString();
                })));
    }

    /** Any of the above: the mix every reader and stage is tried on. */
    static Arbitrary<String> hostile() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, anyChars(400)),
                net.jqwik.api.Tuple.of(4, soup(300)),
                net.jqwik.api.Tuple.of(2, repeated(3000)),
                net.jqwik.api.Tuple.of(3, prose(120)));
    }

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-guard");
        t.setDaemon(true);
        return t;
    });

    /** A piece of work that may throw. */
    interface Work<T> {
        T run() throws Exception;
    }

    /**
     * Runs {@code work} and fails when it takes longer than {@code seconds} of its own thread's CPU
     * time (a hang or a super-linear case; the bound is generous for a 2-core machine). CPU time, not
     * wall time: at the lowest priority on a machine loaded by others the work is starved for
     * seconds at a time, and a wall-clock bound reported linear inputs as hangs (session 14). A
     * thread blocked without using the CPU is still bounded: past {@link #STARVED} times the bound in
     * wall time the work fails too. Exceptions pass through.
     */
    static <T> T within(double seconds, String what, Work<T> work) throws Exception {
        java.util.concurrent.atomic.AtomicLong worker = new java.util.concurrent.atomic.AtomicLong(-1);
        java.util.concurrent.atomic.AtomicLong cpuStart = new java.util.concurrent.atomic.AtomicLong();
        Future<T> f = POOL.submit(() -> {
            // a pool thread is reused: its CPU time before this work is not the work's
            cpuStart.set(THREADS.getCurrentThreadCpuTime());
            worker.set(Thread.currentThread().getId());
            return work.run();
        });
        long bound = (long) (seconds * 1e9);
        long wallEnd = System.nanoTime() + STARVED * bound;
        try {
            while (true) {
                try {
                    return f.get(Math.min(bound, 1_000_000_000L), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    long id = worker.get();
                    long used = id < 0 ? 0 : Math.max(0, THREADS.getThreadCpuTime(id) - cpuStart.get());
                    if (used > bound || System.nanoTime() > wallEnd) {
                        f.cancel(true);
                        throw new AssertionError(what + " took more than " + seconds + " s of CPU"
                                + (used > bound ? "" : " (or " + STARVED * seconds + " s of wall time)"));
                    }
                }
            }
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Exception ex) {
                throw ex;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** How many times the CPU bound a piece of work may take in wall time before it counts as a hang anyway. */
    static final int STARVED = 6;

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
}
