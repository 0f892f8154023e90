package dev.transcheck.lab.trust;

import dev.transcheck.io.InputException;
import dev.transcheck.io.TextReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads the document pairs of the evaluation: NTREX-128, the repository's corpus, Bio-MQM references. */
public final class Sources {
    /** The directions evaluated, in report order. */
    public static final List<String> DIRECTIONS = List.of("uk->en", "ru->en", "en->uk", "en->ru", "uk->ru", "ru->uk");

    private Sources() {
    }

    /**
     * Joins one-sentence-per-line text into article text as a writer would have it: a line that
     * ends like a sentence continues its paragraph, any other line (a headline) ends one.
     */
    public static String paragraphs(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        boolean open = false;
        for (String raw : lines) {
            String l = raw.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (open) {
                sb.append(' ');
            } else if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(l);
            open = endsSentence(l);
        }
        return sb.append('\n').toString();
    }

    static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && "\"'»”’)]".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…:;".indexOf(line.charAt(i)) >= 0;
    }

    /**
     * The pairs a lab probe looks at, in the order of {@code dirs} (comma-separated, such as
     * {@code uk-en,ru-en}): the
     * corpus under {@code home}'s lab/corpus (or {@code -Dprobe.corpus}), and unless
     * {@code -Dprobe.corpusOnly} NTREX and Bio-MQM under {@code $TRANSCHECK_BENCH}.
     */
    public static List<Pair> forProbe(Path home, String dirs) throws InputException {
        List<Pair> pairs = new ArrayList<>(corpus(Path.of(System.getProperty("probe.corpus", home.resolve("lab/corpus").toString()))));
        if (!Boolean.getBoolean("probe.corpusOnly")) {
            Path bench = Path.of(System.getenv("TRANSCHECK_BENCH"));
            pairs.addAll(ntrex(bench.resolve("ntrex128")));
            pairs.addAll(bioMqm(bench.resolve("bio-mqm")));
        }
        List<Pair> chosen = new ArrayList<>();
        for (String d : dirs.split(",")) {
            for (Pair p : pairs) {
                if (p.direction().equals(d.replace("-", "->"))) {
                    chosen.add(p);
                }
            }
        }
        return chosen;
    }

    /** NTREX-128: {@code en-uk/docs} and {@code en-ru/docs}, both directions each. */
    public static List<Pair> ntrex(Path root) throws InputException {
        List<Pair> out = new ArrayList<>();
        for (String other : List.of("uk", "ru")) {
            Path docs = root.resolve("en-" + other).resolve("docs");
            if (!Files.isDirectory(docs)) {
                continue;
            }
            for (Path en : list(docs, ".en.txt")) {
                String name = en.getFileName().toString();
                String id = name.substring(0, name.length() - ".en.txt".length());
                Path o = docs.resolve(id + "." + other + ".txt");
                if (!Files.isRegularFile(o)) {
                    continue;
                }
                String e = paragraphs(lines(en));
                String x = paragraphs(lines(o));
                out.add(new Pair("ntrex", id, "en", other, e, x));
                out.add(new Pair("ntrex", id, other, "en", x, e));
            }
        }
        return out;
    }

    /**
     * The corpus: {@code <register>/<id>.<lang>.txt} with the same document in several of
     * uk, ru and en; every ordered pair of its languages is a direction.
     */
    public static List<Pair> corpus(Path root) throws InputException {
        List<Pair> out = new ArrayList<>();
        List<Path> registers = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            s.filter(Files::isDirectory).sorted().forEach(registers::add);
        } catch (IOException e) {
            throw new InputException(root.toString(), "cannot list the folder");
        }
        for (Path reg : registers) {
            Map<String, Map<String, Path>> docs = new TreeMap<>();
            for (Path f : list(reg, ".txt")) {
                String name = f.getFileName().toString();
                String[] parts = name.split("\\.");
                if (parts.length < 3) {
                    continue;
                }
                String lang = parts[parts.length - 2];
                if (!List.of("uk", "ru", "en").contains(lang)) {
                    continue;
                }
                String id = name.substring(0, name.length() - lang.length() - 5);
                docs.computeIfAbsent(id, k -> new HashMap<>()).put(lang, f);
            }
            for (var d : docs.entrySet()) {
                Map<String, String> text = new HashMap<>();
                for (var l : d.getValue().entrySet()) {
                    text.put(l.getKey(), TextReader.readArticle(l.getValue(), null).text());
                }
                for (String dir : DIRECTIONS) {
                    String[] ft = dir.split("->");
                    if (text.containsKey(ft[0]) && text.containsKey(ft[1])) {
                        out.add(new Pair("corpus/" + reg.getFileName(), d.getKey(), ft[0], ft[1], text.get(ft[0]), text.get(ft[1])));
                    }
                }
            }
        }
        return out;
    }

    /** Bio-MQM: the human reference translation ({@code system = reference}) of each document, per TSV. */
    public static List<Pair> bioMqm(Path dir) throws InputException {
        List<Pair> out = new ArrayList<>();
        for (Path tsv : list(dir, ".tsv")) {
            String name = tsv.getFileName().toString();
            if (!name.startsWith("bio-mqm_round2.")) {
                continue;
            }
            String lp = name.substring("bio-mqm_round2.".length(), name.length() - 4);
            String[] langs = lp.split("-");
            List<String> rows = lines(tsv);
            if (rows.isEmpty() || langs.length != 2) {
                continue;
            }
            String[] head = rows.get(0).split("\t", -1);
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < head.length; i++) {
                col.put(head[i], i);
            }
            for (String need : List.of("system", "doc_id", "seg_id", "source", "target")) {
                if (!col.containsKey(need)) {
                    throw new InputException(tsv + ":1", "missing column " + need);
                }
            }
            Map<String, TreeMap<Integer, String[]>> docs = new LinkedHashMap<>();
            for (int n = 1; n < rows.size(); n++) {
                String[] r = rows.get(n).split("\t", -1);
                if (r.length < head.length || !r[col.get("system")].equals("reference")) {
                    continue;
                }
                int seg;
                try {
                    seg = Integer.parseInt(r[col.get("seg_id")]);
                } catch (NumberFormatException e) {
                    throw new InputException(tsv + ":" + (n + 1), "seg_id is not a number");
                }
                docs.computeIfAbsent(r[col.get("doc_id")], k -> new TreeMap<>())
                        .putIfAbsent(seg, new String[] {r[col.get("source")], r[col.get("target")]});
            }
            for (var d : docs.entrySet()) {
                List<String> s = new ArrayList<>();
                List<String> t = new ArrayList<>();
                for (String[] st : d.getValue().values()) {
                    s.add(st[0]);
                    t.add(st[1]);
                }
                out.add(new Pair("bio-mqm", d.getKey(), langs[0], langs[1], paragraphs(s), paragraphs(t)));
            }
        }
        return out;
    }

    private static List<Path> list(Path dir, String suffix) throws InputException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot list the folder");
        }
    }

    private static List<String> lines(Path p) throws InputException {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(p.toString(), "cannot read (" + e.getMessage() + ")");
        }
    }
}
