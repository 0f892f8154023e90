package dev.transcheck.fuzz;

import dev.transcheck.check.CheckRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Inputs made by damaging real ones, and configuration and accept files that are mostly valid.
 *
 * <p>The byte mutator starts from the committed corpus (the texts of the text, Markdown, HTML,
 * segmenter and check cases, {@code src/test/resources/fuzz/}) and the sample article, and applies
 * one to eight byte-level edits: bit flips, inserted bytes (random or chosen: NUL, a BOM, a stray
 * UTF-8 lead or continuation byte, markup), deleted ranges, a truncation, a range repeated up to 64
 * times, a range overwritten with another seed's bytes. So the readers see files that are nearly
 * well-formed (an HTML tag cut in two, a Markdown link with a flipped bracket, UTF-8 broken in the
 * middle of a Cyrillic word) instead of only generated soups.
 *
 * <p>The config and accept generators build files that the readers accept (every key of the
 * config with values of its kind in YAML's several styles; ids of real checks with comments), and
 * damage a quarter of them with one small edit, so that the refusal path is tried near valid input
 * and the accepting path gets most of the inputs (before, over 90 % were refused).
 */
final class Mutations {
    private Mutations() {
    }

    /** Inputs are kept under this size after the edits. */
    static final int MAX_BYTES = 64 * 1024;

    private static final byte[][] CHOSEN = {
        {0}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE},
        {(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xD0}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90},
        "<".getBytes(StandardCharsets.UTF_8), ">".getBytes(StandardCharsets.UTF_8), "</".getBytes(StandardCharsets.UTF_8),
        "<a href=\"".getBytes(StandardCharsets.UTF_8), "[".getBytes(StandardCharsets.UTF_8), "](".getBytes(StandardCharsets.UTF_8),
        "&#".getBytes(StandardCharsets.UTF_8), "&#55296;".getBytes(StandardCharsets.UTF_8), "&amp".getBytes(StandardCharsets.UTF_8),
        "\r\n".getBytes(StandardCharsets.UTF_8), "\r".getBytes(StandardCharsets.UTF_8), "\n\n".getBytes(StandardCharsets.UTF_8),
        "```".getBytes(StandardCharsets.UTF_8), "<!--".getBytes(StandardCharsets.UTF_8), "|-".getBytes(StandardCharsets.UTF_8),
        "# ".getBytes(StandardCharsets.UTF_8), "* ".getBytes(StandardCharsets.UTF_8), ". ".getBytes(StandardCharsets.UTF_8),
        "<script>".getBytes(StandardCharsets.UTF_8), "<![CDATA[".getBytes(StandardCharsets.UTF_8), "\u00A0".getBytes(StandardCharsets.UTF_8),
    };

    private static volatile List<byte[]> seeds;

    /** The seeds: the texts of the committed cases of the text targets and the sample article's files. */
    static List<byte[]> seeds() {
        if (seeds == null) {
            List<byte[]> out = new ArrayList<>();
            Path root = Path.of("src/test/resources/fuzz");
            for (String target : List.of("text", "markdown", "html", "segmenter", "check", "aligner")) {
                Path dir = root.resolve(target);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".case")).sorted().toList()) {
                        PropertyTargets.Case c = PropertyTargets.Case.parse(Files.readAllBytes(f));
                        for (String key : List.of("text", "source", "translation")) {
                            String v = c.values().get(key);
                            if (v != null && !v.isEmpty()) {
                                out.add(v.getBytes(StandardCharsets.UTF_8));
                            }
                        }
                        String hex = c.values().get("bytes");
                        if (hex != null && !hex.isEmpty()) {
                            out.add(HexFormat.of().parseHex(hex));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            for (String f : List.of("samples/zapad-2025/source.uk.txt", "samples/zapad-2025/source.ru.txt",
                    "samples/zapad-2025/translation.en.txt", "samples/zapad-2025/README.md")) {
                try {
                    out.add(Files.readAllBytes(Path.of(f)));
                } catch (IOException e) {
                    // the sample is optional here: the corpus alone is enough to mutate
                }
            }
            if (out.isEmpty()) {
                out.add("Текст. <b>Text</b> [a](b)".getBytes(StandardCharsets.UTF_8));
            }
            seeds = List.copyOf(out);
        }
        return seeds;
    }

    /** One edit: its kind, where (a fraction of the length, in millionths), how long, and a byte or seed number. */
    record Edit(int kind, int at, int length, int value) {
    }

    static Arbitrary<Edit> edit() {
        return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.integers().between(1, 64), Arbitraries.integers().between(0, 1 << 20)).as(Edit::new);
    }

    /** A seed of the corpus with one to eight byte-level edits. */
    static Arbitrary<byte[]> mutated() {
        List<byte[]> all = seeds();
        return Combinators.combine(Arbitraries.integers().between(0, all.size() - 1), edit().list().ofMinSize(1).ofMaxSize(8))
                .as((s, edits) -> apply(all.get(s), edits, all));
    }

    /** {@code seed} after {@code edits}, in order, kept under {@link #MAX_BYTES}. */
    static byte[] apply(byte[] seed, List<Edit> edits, List<byte[]> others) {
        byte[] b = seed.clone();
        for (Edit e : edits) {
            int at = (int) ((long) e.at() * b.length / 1_000_000);
            int len = Math.min(e.length(), Math.max(0, b.length - at));
            switch (e.kind()) {
                case 0 -> { // a bit flipped
                    if (b.length > 0) {
                        int i = Math.min(at, b.length - 1);
                        b[i] ^= (byte) (1 << (e.value() & 7));
                    }
                }
                case 1 -> b = insert(b, at, new byte[] {(byte) e.value()});
                case 2 -> b = insert(b, at, CHOSEN[e.value() % CHOSEN.length]);
                case 3 -> b = concat(slice(b, 0, at), slice(b, at + len, b.length)); // a range deleted
                case 4 -> b = slice(b, 0, at); // truncated
                case 5 -> { // a range repeated
                    byte[] r = slice(b, at, at + len);
                    int times = 2 + e.value() % 63;
                    byte[] rep = new byte[Math.min(MAX_BYTES, r.length * times)];
                    for (int i = 0; i < rep.length; i++) {
                        rep[i] = r[i % r.length];
                    }
                    b = r.length == 0 ? b : insert(b, at, rep);
                }
                case 6 -> { // a range of another seed spliced in
                    byte[] o = others.get(e.value() % others.size());
                    int from = o.length == 0 ? 0 : (e.at() * 7 + e.value()) % o.length;
                    b = insert(b, at, slice(o, from, from + e.length() * 4));
                }
                default -> { // a byte overwritten
                    if (b.length > 0) {
                        b[Math.min(at, b.length - 1)] = (byte) e.value();
                    }
                }
            }
            if (b.length > MAX_BYTES) {
                b = slice(b, 0, MAX_BYTES);
            }
        }
        return b;
    }

    private static byte[] slice(byte[] b, int from, int to) {
        int a = Math.max(0, Math.min(from, b.length));
        int z = Math.max(a, Math.min(to, b.length));
        return java.util.Arrays.copyOfRange(b, a, z);
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        return concat(concat(slice(b, 0, at), what), slice(b, at, b.length));
    }

    private static byte[] concat(byte[] a, byte[] c) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + c.length);
        System.arraycopy(c, 0, out, a.length, c.length);
        return out;
    }

    // ---- configuration and accept files, mostly valid -------------------------------------------

    private static List<String> checkIds() {
        return CheckRegistry.standard().checks().stream().map(c -> c.id()).sorted().toList();
    }

    /** A YAML scalar in one of its styles: plain, single- or double-quoted. */
    private static Arbitrary<String> scalar(Arbitrary<String> value) {
        return Combinators.combine(value, Arbitraries.integers().between(0, 2))
                .as((v, style) -> style == 0 ? v : style == 1 ? "'" + v + "'" : "\"" + v + "\"");
    }

    /** A list of values in block style (one "- x" a line) or flow style ([x, y]). */
    private static Arbitrary<String> list(String key, Arbitrary<String> item) {
        return Combinators.combine(scalar(item).list().ofMaxSize(5), Arbitraries.of(true, false)).as((items, flow) -> {
            if (flow || items.isEmpty()) {
                return key + ": [" + String.join(", ", items) + "]\n";
            }
            StringBuilder sb = new StringBuilder(key + ":\n");
            for (String i : items) {
                sb.append("  - ").append(i).append('\n');
            }
            return sb.toString();
        });
    }

    /** The sections of a valid desk configuration, one chosen value each. */
    private static List<Arbitrary<String>> configSections() {
        List<String> ids = checkIds();
        Arbitrary<String> id = Arbitraries.of(ids);
        Arbitrary<String> level = Arbitraries.of("error", "warning", "info", "Error", "WARNING");
        Arbitrary<String> severity = Combinators.combine(id.list().ofMaxSize(4), level.list().ofMinSize(4).ofMaxSize(4),
                Arbitraries.of(true, false)).as((ks, ls, flow) -> {
                    List<String> distinct = ks.stream().distinct().toList();
                    if (flow) {
                        List<String> pairs = new ArrayList<>();
                        for (int i = 0; i < distinct.size(); i++) {
                            pairs.add(distinct.get(i) + ": " + ls.get(i));
                        }
                        return "severity: {" + String.join(", ", pairs) + "}\n";
                    }
                    StringBuilder sb = new StringBuilder("severity:\n");
                    for (int i = 0; i < distinct.size(); i++) {
                        sb.append("  ").append(distinct.get(i)).append(": ").append(ls.get(i)).append('\n');
                    }
                    return distinct.isEmpty() ? "severity: {}\n" : sb.toString();
                });
        Arbitrary<String> serve = Combinators.combine(Arbitraries.integers().between(1, 1 << 20), Arbitraries.integers().between(1, 3600),
                Arbitraries.integers().between(1, 256), Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 86_400))
                .as((kb, t, w, q, r) -> "serve:\n  max-request-kb: " + kb + "\n  timeout-seconds: " + t + "\n  workers: " + w
                        + "\n  queue: " + q + "\n  reload-seconds: " + r + "\n");
        return List.of(
                scalar(Arbitraries.of("uk", "ru", "en", "de", "pl")).map(v -> "from: " + v + "\n"),
                scalar(Arbitraries.of("uk", "ru", "en", "de", "pl")).map(v -> "to: " + v + "\n"),
                list("glossaries", Arbitraries.of(".", "./", Path.of("glossaries").toAbsolutePath().toString())),
                list("disable", id),
                severity,
                scalar(Arbitraries.of("error", "warning", "never", "Never", " error ")).map(v -> "fail-on: " + v + "\n"),
                Arbitraries.of("0", "1", "2.5", "10", "1e3", "100.0", "0.0", "3E2").map(v -> "max-score: " + v + "\n"),
                scalar(Arbitraries.of("accepted.txt", "desk/accepted ids.txt", "../a.txt", "приняті.txt")).map(v -> "accept: " + v + "\n"),
                serve);
    }

    /** A valid configuration (some sections, any order, comments, blank lines, CRLF or a BOM), a quarter of them damaged once. */
    static Arbitrary<String> config() {
        List<Arbitrary<String>> sections = configSections();
        Arbitrary<String> chosen = Arbitraries.integers().between(0, sections.size() - 1).list().ofMaxSize(9).flatMap(which -> {
                    List<Integer> distinct = which.stream().distinct().toList();
                    if (distinct.isEmpty()) {
                        return Arbitraries.just("");
                    }
                    List<Arbitrary<String>> parts = distinct.stream().map(sections::get).toList();
                    return Combinators.combine(parts).as(l -> String.join("", l));
                });
        return dress(chosen, "# desk settings\n");
    }

    /** Accept-file lines: an id (a real check's or any well-formed one), a comment, or nothing. */
    static Arbitrary<String> accept() {
        Arbitrary<String> check = Arbitraries.oneOf(Arbitraries.of(checkIds()),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789._-").ofMinLength(1).ofMaxLength(20)
                        .map(s -> "a" + s));
        Arbitrary<String> hex = Arbitraries.strings().withChars("0123456789abcdef").ofLength(12);
        Arbitrary<String> comment = Arbitraries.oneOf(Arbitraries.just(""), Inputs.anyChars(40).map(c -> "  # " + printable(c)),
                Arbitraries.just("\t# reviewed by the night desk"));
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Combinators.combine(check, hex, comment).as((c, h, m) -> c + ":" + h + m)),
                net.jqwik.api.Tuple.of(1, comment.map(String::strip)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", "   ", "\t")));
        return dress(line.list().ofMaxSize(40).map(l -> String.join("\n", l) + (l.isEmpty() ? "" : "\n")), "# accepted findings\n");
    }

    /** A comment's text: any characters but line breaks and controls (which make a settings file look binary). */
    private static String printable(String c) {
        StringBuilder b = new StringBuilder();
        c.codePoints().filter(cp -> !Character.isISOControl(cp) && cp != 0x2028 && cp != 0x2029
                && !(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** {@code body} with a leading comment or BOM or CRLF line ends at times; a quarter damaged by one edit. */
    private static Arbitrary<String> dress(Arbitrary<String> body, String comment) {
        boolean yaml = !comment.contains("accepted");
        Arbitrary<String> dressed = Combinators.combine(body, Arbitraries.integers().between(0, 7)).as((b, style) -> switch (style) {
            case 0 -> comment + b;
            case 1 -> "\uFEFF" + b;
            case 2 -> b.replace("\n", "\r\n");
            case 3 -> yaml ? "---\n" + b : b; // a YAML document marker; an accept file has none
            default -> b;
        });
        Arbitrary<String> damaged = Combinators.combine(dressed, edit()).as((d, e) -> {
            byte[] b = apply(d.getBytes(StandardCharsets.UTF_8), List.of(e), List.of(Inputs.FRAGMENTS.get(e.value() % Inputs.FRAGMENTS.size())
                    .getBytes(StandardCharsets.UTF_8)));
            return new String(b, StandardCharsets.UTF_8);
        });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, dressed), net.jqwik.api.Tuple.of(1, damaged));
    }
}
