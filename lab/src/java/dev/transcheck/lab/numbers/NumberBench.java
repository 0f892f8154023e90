package dev.transcheck.lab.numbers;

import com.ibm.icu.text.RuleBasedNumberFormat;
import dev.transcheck.Transcheck;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import dev.transcheck.model.Sentence;
import dev.transcheck.model.Severity;
import dev.transcheck.text.numbers.NumberExtractor;
import dev.transcheck.text.numbers.NumericEntity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Lab tool (test sources only, not in the product jar): error-level number and date findings on
 * NTREX-128 professional translations (nearly all false alarms), and the recall of seeded number,
 * date, month and ordinal changes in the same translations.
 *
 * <p>{@code java -cp target/classes:target/test-classes:target/lib/* dev.transcheck.lab.numbers.NumberBench
 * /work/shared/bench/ntrex128 [dumpfile]}
 */
public final class NumberBench {
    private static final String[][] DIRECTIONS = {{"uk", "en"}, {"ru", "en"}, {"en", "uk"}, {"en", "ru"}};

    /** Month forms by case, January first, for seeding a changed month. */
    private static final Map<String, List<List<String>>> MONTHS = Map.of(
            "en", List.of(List.of("January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December")),
            "uk", List.of(
                    List.of("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
                            "жовтня", "листопада", "грудня"),
                    List.of("січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні", "вересні",
                            "жовтні", "листопаді", "грудні"),
                    List.of("січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень",
                            "вересень", "жовтень", "листопад", "грудень")),
            "ru", List.of(
                    List.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                            "октября", "ноября", "декабря"),
                    List.of("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
                            "октябре", "ноябре", "декабре"),
                    List.of("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                            "октябрь", "ноябрь", "декабрь")));

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "/work/shared/bench/ntrex128");
        StringBuilder dump = new StringBuilder();
        // only the checks measured here: the name checks cost most of the time and do not change them
        Transcheck tc = Transcheck.builder().registry(dev.transcheck.check.CheckRegistry.of(List.of(
                new dev.transcheck.check.NumberMismatchCheck(), new dev.transcheck.check.DateMismatchCheck(),
                new dev.transcheck.check.NumberFormatCheck()))).build();
        System.out.println("direction  docs  docsWithErr  segsWithErr  errFindings | seeded: number date month ordinal (caught/seeded)");
        for (String[] d : DIRECTIONS) {
            String pair = "en-" + (d[0].equals("en") ? d[1] : d[0]);
            Path docs = root.resolve(pair).resolve("docs");
            List<Path> sources;
            try (Stream<Path> s = Files.list(docs)) {
                sources = s.filter(p -> p.getFileName().toString().endsWith("." + d[0] + ".txt")).sorted().toList();
            }
            int nDocs = 0;
            int docsErr = 0;
            int segsErr = 0;
            int findings = 0;
            Map<String, int[]> seeded = new TreeMap<>();
            for (String k : List.of("number", "date", "month", "ordinal")) {
                seeded.put(k, new int[2]);
            }
            for (Path sp : sources) {
                String name = sp.getFileName().toString();
                Path tp = sp.resolveSibling(name.substring(0, name.length() - 6) + d[1] + ".txt");
                List<String> s = Files.readAllLines(sp, StandardCharsets.UTF_8);
                List<String> t = Files.readAllLines(tp, StandardCharsets.UTF_8);
                nDocs++;
                Set<Integer> flagged = new TreeSet<>();
                for (Finding f : errors(tc, s, t, d)) {
                    int seg = f.source() != null ? f.source().sentence() : f.translation().sentence();
                    flagged.add(seg);
                    findings++;
                    dump.append(d[0]).append("->").append(d[1]).append(' ').append(name).append(':').append(seg)
                            .append(' ').append(f.check()).append(": ").append(f.message()).append("\n   S: ")
                            .append(s.get(seg)).append("\n   T: ").append(t.get(seg)).append('\n');
                }
                segsErr += flagged.size();
                docsErr += flagged.isEmpty() ? 0 : 1;
                // seeding: one change per clean segment and kind, in the translation
                for (int i = 0; i < t.size(); i++) {
                    if (flagged.contains(i)) {
                        continue;
                    }
                    for (String kind : seeded.keySet()) {
                        String changed = seed(kind, t.get(i), d[1]);
                        if (changed == null) {
                            continue;
                        }
                        List<String> t2 = new ArrayList<>(t);
                        t2.set(i, changed);
                        seeded.get(kind)[1]++;
                        boolean caught = false;
                        for (Finding f : errors(tc, s, t2, d)) {
                            int seg = f.source() != null ? f.source().sentence() : f.translation().sentence();
                            caught |= seg == i;
                        }
                        if (caught) {
                            seeded.get(kind)[0]++;
                        } else {
                            dump.append("MISSED ").append(kind).append(' ').append(d[0]).append("->").append(d[1])
                                    .append(' ').append(name).append(':').append(i).append("\n   S: ").append(s.get(i))
                                    .append("\n   T: ").append(changed).append('\n');
                        }
                    }
                }
            }
            StringBuilder sb = new StringBuilder();
            seeded.forEach((k, v) -> sb.append(' ').append(k).append(' ').append(v[0]).append('/').append(v[1]));
            System.out.printf(Locale.ROOT, "%s->%s     %d   %d (%.1f%%)   %d   %d |%s%n", d[0], d[1], nDocs, docsErr,
                    100.0 * docsErr / nDocs, segsErr, findings, sb);
        }
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), dump.toString());
        }
    }

    static List<Finding> errors(Transcheck tc, List<String> s, List<String> t, String[] d) {
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            beads.add(new Bead(List.of(i), List.of(i), 1.0));
        }
        Report r = tc.check(document("s." + d[0] + ".txt", d[0], s), document("t." + d[1] + ".txt", d[1], t),
                new Alignment(beads, s.size(), t.size()));
        List<Finding> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (f.severity() == Severity.ERROR && (f.check().startsWith("number.") || f.check().startsWith("date."))) {
                out.add(f);
            }
        }
        return out;
    }

    static Document document(String path, String lang, List<String> segments) {
        StringBuilder sb = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            int start = sb.length();
            sb.append(s);
            sentences.add(new Sentence(i, i, start, start + s.length(), s));
            sb.append('\n');
        }
        return new Document(path, lang, sb.toString(), sentences);
    }

    /** The sentence with one value of {@code kind} changed, or null when it has none. */
    static String seed(String kind, String text, String lang) {
        for (NumericEntity e : NumberExtractor.extract(text, lang)) {
            String span = e.text();
            String changed = switch (kind) {
                case "number" -> !e.isDate() && !e.spelled() && e.kind() != NumericEntity.Kind.TIME
                        && e.kind() != NumericEntity.Kind.YEAR ? bumpLastDigit(span) : null;
                case "date" -> e.isDate() && e.day() > 0 ? bumpDay(span, e.day()) : null;
                case "month" -> e.isDate() ? otherMonth(span, lang) : null;
                case "ordinal" -> e.kind() == NumericEntity.Kind.ORDINAL && e.spelled() && e.value() >= 2
                        ? respell(span, (long) e.value(), lang) : null;
                default -> null;
            };
            if (changed != null && !changed.equals(span)) {
                return text.substring(0, e.start()) + changed + text.substring(e.end());
            }
        }
        return null;
    }

    static String bumpLastDigit(String span) {
        for (int k = span.length() - 1; k >= 0; k--) {
            char c = span.charAt(k);
            if (c >= '0' && c <= '9') {
                char n = (char) ('0' + (c - '0' + 3) % 10);
                return span.substring(0, k) + n + span.substring(k + 1);
            }
        }
        return null;
    }

    static String bumpDay(String span, int day) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!\\d)" + day + "(?!\\d)").matcher(span);
        if (!m.find()) {
            m = java.util.regex.Pattern.compile("(?<!\\d)0" + day + "(?!\\d)").matcher(span);
            if (!m.find()) {
                return null;
            }
        }
        int nd = day % 27 + 2;
        return span.substring(0, m.start()) + (m.group().startsWith("0") && nd < 10 ? "0" : "") + nd + span.substring(m.end());
    }

    static String otherMonth(String span, String lang) {
        for (List<String> forms : MONTHS.getOrDefault(lang, List.of())) {
            for (int k = 0; k < 12; k++) {
                String f = forms.get(k);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})" + f + "(?!\\p{L})").matcher(span);
                if (m.find()) {
                    String n = forms.get((k + 1) % 12);
                    if (Character.isUpperCase(m.group().charAt(0))) {
                        n = Character.toUpperCase(n.charAt(0)) + n.substring(1);
                    }
                    return span.substring(0, m.start()) + n + span.substring(m.end());
                }
            }
        }
        return null;
    }

    /** The ordinal word {@code span} (value v) spelled as v+1 by the ICU rule set that spells it. */
    static String respell(String span, long v, String lang) {
        RuleBasedNumberFormat f = new RuleBasedNumberFormat(Locale.forLanguageTag(lang), RuleBasedNumberFormat.SPELLOUT);
        String word = span.toLowerCase(Locale.ROOT).replace('\'', 'ʼ').replace('’', 'ʼ');
        for (String rs : f.getRuleSetNames()) {
            if (!rs.contains("ordinal")) {
                continue;
            }
            if (f.format(v, rs).equals(word)) {
                String n = f.format(v + 1, rs);
                return Character.isUpperCase(span.charAt(0)) ? Character.toUpperCase(n.charAt(0)) + n.substring(1) : n;
            }
        }
        return null;
    }
}
