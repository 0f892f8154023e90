package dev.transcheck.glossary;

import dev.transcheck.io.InputException;
import dev.transcheck.text.Languages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A glossary as desks keep it in a spreadsheet: one row per concept, one column per language,
 * the header naming the languages ({@code uk,en}; {@code uk-UA,en-GB}; {@code Ukrainian,English}),
 * optionally a {@code note} (or {@code comment}, {@code definition}) column and a {@code type}
 * column. A cell may list several forms separated by {@code ;} or {@code |}: the first is
 * preferred, the others admitted. Each row is a concept of type {@code term} unless its type
 * column says otherwise; its id is {@code FILE:LINE}.
 */
final class DeskCsv {
    private DeskCsv() {
    }

    /** The language code a header cell names, or null. */
    static String language(String cell) {
        String c = cell.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (c.isEmpty()) {
            return null;
        }
        String base = c.contains("-") ? c.substring(0, c.indexOf('-')) : c;
        if (base.length() <= 3 && Languages.isKnownCode(base)) {
            return base;
        }
        for (String code : Locale.getISOLanguages()) {
            Locale l = Locale.forLanguageTag(code);
            if (c.equals(l.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT))
                    || c.equals(l.getDisplayLanguage(l).toLowerCase(Locale.ROOT))) {
                return Languages.isKnownCode(code) ? code : null;
            }
        }
        return null;
    }

    private static String role(String cell) {
        String c = cell.strip().toLowerCase(Locale.ROOT);
        return switch (c) {
            case "note", "notes", "comment", "comments", "definition", "remark", "remarks" -> "note";
            case "type" -> "type";
            case "source", "reference", "ref" -> "cite";
            default -> language(c) != null ? "lang" : null;
        };
    }

    /** At least two columns name languages: a desk glossary rather than the one-form-per-row format. */
    static boolean looksLikeDeskHeader(List<String> header) {
        int langs = 0;
        for (String h : header) {
            if (language(h) != null) {
                langs++;
            }
        }
        return langs >= 2;
    }

    static Glossary read(String name, List<String> header, CSVParser parser, String text, int[] lineStarts,
                         GlossaryLoader.ConceptBuilder builder) throws InputException {
        List<String> roles = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String h : header) {
            String r = role(h);
            if (r == null) {
                throw new InputException(name, 1, "unknown column '" + h + "' (a desk glossary has one column per language,"
                        + " such as uk,en, and optionally note and type)");
            }
            if (r.equals("lang")) {
                String code = language(h);
                if (seen.contains(code)) {
                    throw new InputException(name, 1, "language '" + code + "' has two columns");
                }
                seen.add(code);
            }
            roles.add(r);
        }
        var it = parser.iterator();
        for (CSVRecord rec; (rec = GlossaryLoader.nextRecord(it, parser, name)) != null; ) {
            int line = GlossaryLoader.lineOf(lineStarts, GlossaryLoader.firstDataChar(text, (int) rec.getCharacterPosition()));
            if (rec.size() > header.size()) {
                throw new InputException(name, line, "expected " + header.size() + " columns, found " + rec.size());
            }
            String note = "";
            String type = "term";
            for (int i = 0; i < rec.size(); i++) {
                if (roles.get(i).equals("note")) {
                    note = rec.get(i).strip();
                } else if (roles.get(i).equals("type") && !rec.get(i).isBlank()) {
                    type = rec.get(i).strip();
                }
            }
            String concept = name + ":" + line;
            for (int i = 0; i < rec.size(); i++) {
                if (!roles.get(i).equals("lang")) {
                    continue;
                }
                String lang = language(header.get(i));
                boolean first = true;
                for (String form : rec.get(i).split("[;|]")) {
                    String f = form.strip();
                    if (f.isEmpty()) {
                        continue;
                    }
                    builder.add(line, concept, type, lang, f, first ? "preferred" : "admitted", "", note);
                    first = false;
                }
            }
        }
        return builder.build();
    }
}
