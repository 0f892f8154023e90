package dev.transcheck.text.translit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A table of Latin alternatives for Cyrillic letters and letter groups (see
 * {@code lang/<code>/romanisation.tsv} and {@code cyrillic-names.tsv}). Turns a Cyrillic word into a regular expression that
 * matches every romanisation the table admits, and into the most typical romanisation.
 * Immutable and thread-safe.
 */
public final class VariantTable {
    private record Rule(String letters, boolean initial, boolean last, List<String> alternatives) {
    }

    private final Map<Character, List<Rule>> rules;

    private VariantTable(Map<Character, List<Rule>> rules) {
        this.rules = rules;
    }

    /** Reads a table from the classpath. */
    public static VariantTable load(String resource) {
        try (InputStream in = VariantTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a table from its text; {@code resource} names it in error messages. */
    public static VariantTable parse(String resource, String text) {
        Map<Character, List<Rule>> map = new HashMap<>();
        try {
            BufferedReader r = new BufferedReader(new StringReader(text));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IllegalStateException(resource + ":" + n + ": expected letters<TAB>alternatives");
                }
                String key = line.substring(0, tab);
                boolean initial = key.startsWith("^");
                boolean last = key.endsWith("$");
                key = key.substring(initial ? 1 : 0, key.length() - (last ? 1 : 0));
                List<String> alts = List.of(line.substring(tab + 1).split("\\|", -1));
                Rule rule = new Rule(key, initial, last, alts);
                map.computeIfAbsent(key.charAt(0), k -> new ArrayList<>()).add(rule);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (List<Rule> l : map.values()) {
            // longest first; anchored before unanchored of the same length
            l.sort((a, b) -> a.letters.length() != b.letters.length() ? b.letters.length() - a.letters.length()
                    : Boolean.compare(b.initial || b.last, a.initial || a.last));
        }
        Map<Character, List<Rule>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new VariantTable(Map.copyOf(frozen));
    }

    /** A case-insensitive pattern over {@link LatinKeys#normal} forms matching every admitted romanisation of {@code word}. */
    public Pattern pattern(String word) {
        return Pattern.compile(build(word, false, Map.of()));
    }

    /**
     * Like {@link #pattern(String)}, with more alternatives for some rules ({@code extra}: the
     * rule's letters, e.g. {@code "и"}, to alternatives joined by |), for reading a spelling of
     * another language on this table's basis.
     */
    public Pattern pattern(String word, Map<String, String> extra) {
        return Pattern.compile(build(word, false, extra));
    }

    /** The romanisation made of each rule's first alternative. */
    public String typical(String word) {
        return build(word, true, Map.of());
    }

    private String build(String word, boolean typical, Map<String, String> extra) {
        String w = word.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < w.length()) {
            Rule rule = match(w, i);
            if (rule == null) {
                char c = w.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    sb.append(typical ? String.valueOf(c) : Pattern.quote(String.valueOf(c)));
                } else if (c == '-' && !typical) {
                    sb.append("-?");
                } else if (c == '-') {
                    sb.append('-');
                }
                i++;
                continue;
            }
            if (typical) {
                sb.append(rule.alternatives.get(0));
            } else {
                sb.append("(?:").append(String.join("|", rule.alternatives));
                String more = extra.get(rule.letters);
                if (more != null) {
                    sb.append('|').append(more);
                }
                sb.append(')');
            }
            i += rule.letters.length();
        }
        return sb.toString();
    }

    private Rule match(String w, int i) {
        List<Rule> list = rules.get(w.charAt(i));
        if (list == null) {
            return null;
        }
        for (Rule r : list) {
            if (!w.startsWith(r.letters, i)) {
                continue;
            }
            if (r.initial && i > 0 && Character.isLetter(w.charAt(i - 1))) {
                continue;
            }
            int end = i + r.letters.length();
            if (r.last && end < w.length() && Character.isLetter(w.charAt(end))) {
                continue;
            }
            return r;
        }
        return null;
    }
}
