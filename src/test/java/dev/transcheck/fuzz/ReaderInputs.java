package dev.transcheck.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for the file readers of {@link ReaderFuzzTest}: well-formed files of each format
 * built from random parts (so the fuzzer gets past the first element), then mutated at the
 * character level (truncated, a range cut out or doubled, hostile fragments inserted), so that
 * both the format's structure and the parser's error paths are reached. Sizes stay in the tens of
 * kilobytes: a long run tries many inputs instead of a few large ones.
 */
final class ReaderInputs {
    private ReaderInputs() {
    }

    /** Where an external entity would read from; its content must never appear in a result or an error. */
    static final String CANARY = "CANARY-7f3a-must-never-be-read";
    /** A file holding {@link #CANARY}, made once; external entities in the inputs point at it. */
    static final String CANARY_URI;

    static {
        try {
            java.nio.file.Path f = java.nio.file.Files.createTempFile("transcheck-fuzz-canary", ".txt");
            java.nio.file.Files.writeString(f, CANARY);
            f.toFile().deleteOnExit();
            CANARY_URI = f.toUri().toString();
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Language tags, well-formed and not. */
    static final List<String> LANGS = List.of("uk", "ru", "en", "en-US", "uk-UA", "ru_RU", "EN-gb", "de", "pl", "zz",
            "x-klingon", "", " ", "*all*", "en-", "-", "uk-UA-x-private-much-longer-than-usual", "<", "&amp;", "\u0000",
            "i-default", "zh-Hant-TW", "sr-Latn");

    /** Text inside elements: words of the three languages, escaped markup characters, controls. */
    static final List<String> WORDS = List.of("Президент", "заявив", "Зеленський", "Київ", "сказал", "Москве", "The",
            "president", "said", "Kyiv", "Zelensky", "2025", "15", "3,5", "1 000", "5%", "$3.5bn", "12.03.2025", "НАТО",
            "NATO", ".", ",", "!", "?", "…", "«", "»", "'", "’", "—", " ", "  ", "\n", "\t", "&amp;", "&lt;", "&gt;",
            "&quot;", "&apos;", "&#169;", "&#x1F600;", "\u00A0", "\u200B", "\uFEFF", "\u0306", "\uD83D\uDE00", "%s", "{0}",
            "{{x}}", "\\n", "\\");

    /** Language tags, mostly the ones a real file has. */
    static Arbitrary<String> lang() {
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of("uk", "en", "ru", "en-US", "uk-UA", "EN-gb")),
                Tuple.of(1, Arbitraries.of(LANGS)));
    }

    /** Hostile fragments inserted anywhere in an XML file. */
    static final List<String> XML_FRAGMENTS = List.of("<", ">", "</", "/>", "&", ";", "\"", "'", "=", "<a>", "</a>",
            "<!--", "-->", "<![CDATA[", "]]>", "<?pi x?>", "<?xml version=\"1.0\"?>", "<!DOCTYPE x>",
            "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>", "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">", "&a;", "&b;",
            "<!DOCTYPE x SYSTEM \"" + CANARY_URI + "\">", "<!DOCTYPE x [<!ENTITY e SYSTEM \"" + CANARY_URI + "\">]>", "&e;", "<!DOCTYPE x PUBLIC \"-//X//EN\" \"http://127.0.0.1:1/x.dtd\">",
            "&#0;", "&#xD800;", "&#65535;", "&#x10FFFF;", "&#99999999999;", "&lt;", "&amp;", "\u0000", "\uFFFE", "\uD800",
            "\uDC00", "\r", "\r\n", "xml:lang=\"\"", " xml:lang=\"uk\"", " id=\"1\"", " id=\"\"", " translate=\"no\"",
            "<g id=\"1\">", "</g>", "<x id=\"2\"/>", "<bpt id=\"1\">&lt;b&gt;</bpt>", "<ept id=\"1\">&lt;/b&gt;</ept>",
            "<ph id=\"3\">{0}</ph>", "<it pos=\"open\">x</it>", "<mrk mtype=\"seg\" mid=\"1\">", "</mrk>", "<pc id=\"1\">",
            "</pc>", "<sc id=\"1\"/>", "<ec startRef=\"1\"/>", "<ec startRef=\"99\"/>", "<sm id=\"m\"/>", "<em startRef=\"m\"/>",
            "<cp hex=\"0001\"/>", "<cp hex=\"zz\"/>", "<ph id=\"1\"/>", "<hi>", "</hi>", "<ut>", "</ut>", "<sub>", "</sub>",
            "<source>", "</source>", "<target>", "</target>", "<seg>", "</seg>", "<tuv xml:lang=\"en\">", "</tuv>",
            "<segment>", "</segment>", "<unit id=\"u\">", "</unit>", "<trans-unit id=\"t\">", "</trans-unit>", "<tu>",
            "</tu>", "xmlns=\"\"", "xmlns:x=\"urn:x\"", "<x:y/>", "encoding=\"UTF-16\"", "encoding=\"bogus\"",
            "<seg-source>", "</seg-source>", "<alt-trans>", "<note>n</note>", "<ignorable>", "</ignorable>",
            "<group>", "</group>", "<body>", "</body>", "<file>", "</file>");

    /** The generated inputs of each fuzz target ({@link FuzzTargets#ALL}), as file bytes. */
    static Arbitrary<byte[]> forTarget(String target) {
        return switch (target) {
            case "glossary-csv" -> utf8(variants(glossaryCsvValid(), CSV_FRAGMENTS));
            case "glossary-desk" -> utf8(variants(deskCsvValid(), CSV_FRAGMENTS));
            case "tbx" -> utf8(variants(tbxValid(), XML_FRAGMENTS));
            case "xliff12" -> utf8(variants(xliff12Valid(), XML_FRAGMENTS));
            case "xliff2" -> utf8(variants(xliff2Valid(), XML_FRAGMENTS));
            case "tmx" -> utf8(variants(tmxValid(), XML_FRAGMENTS));
            case "po" -> utf8(variants(poValid(), PO_FRAGMENTS));
            case "docx" -> docx();
            case "manifest" -> utf8(variants(manifestValid(), CSV_FRAGMENTS));
            default -> throw new IllegalArgumentException("no fuzz target " + target);
        };
    }

    private static Arbitrary<byte[]> utf8(Arbitrary<String> s) {
        return s.map(x -> x.getBytes(StandardCharsets.UTF_8));
    }

    // ---- generic mutation ------------------------------------------------------------------------

    /** One character-level change to a text: cut, double, truncate or insert a fragment. */
    private record Mutation(int kind, double at, double len, String fragment) {
        String apply(String s) {
            int n = s.length();
            int p = (int) (at * n);
            int q = Math.min(n, p + (int) (len * Math.min(n, 400)));
            return switch (kind) {
                case 0 -> s.substring(0, p); // truncated
                case 1 -> s.substring(0, p) + s.substring(q); // a range cut out
                case 2 -> s.substring(0, q) + s.substring(p, q) + s.substring(q); // a range doubled
                default -> s.substring(0, p) + fragment + s.substring(p); // a fragment inserted
            };
        }
    }

    /** {@code base} with up to {@code max} character-level mutations drawn from {@code fragments}. */
    static Arbitrary<String> mutated(Arbitrary<String> base, List<String> fragments, int max) {
        Arbitrary<Mutation> m = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1), Arbitraries.of(fragments))
                .as(Mutation::new);
        return Combinators.combine(base, m.list().ofMaxSize(max)).as((s, ms) -> {
            String out = s;
            for (Mutation x : ms) {
                out = x.apply(out);
            }
            return out;
        });
    }

    /** Mostly well-formed files, some lightly and some heavily mutated. */
    static Arbitrary<String> variants(Arbitrary<String> valid, List<String> fragments) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, valid),
                Tuple.of(4, mutated(valid, fragments, 2)),
                Tuple.of(2, mutated(valid, fragments, 8)),
                Tuple.of(1, Inputs.anyChars(300)));
    }

    // ---- inline text -----------------------------------------------------------------------------

    static Arbitrary<String> words(int max) {
        return Arbitraries.of(WORDS).list().ofMaxSize(max).map(l -> String.join(" ", l));
    }

    /** Text with inline elements of the given names (each open/close or empty), nested up to depth 3. */
    static Arbitrary<String> inline(List<String> tags, int depth) {
        if (depth == 0) {
            return words(8);
        }
        Arbitrary<String> tag = Arbitraries.of(tags);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(5, words(6)),
                Tuple.of(2, Combinators.combine(tag, Arbitraries.integers().between(0, 4), Arbitraries.lazy(() -> inline(tags, depth - 1)))
                        .as((t, id, in) -> "<" + t + " id=\"" + id + "\">" + in + "</" + t + ">")),
                Tuple.of(1, Combinators.combine(tag, Arbitraries.integers().between(0, 4)).as((t, id) -> "<" + t + " id=\"" + id + "\"/>")));
        return piece.list().ofMaxSize(4).map(l -> String.join("", l));
    }

    // ---- XLIFF 1.2 -------------------------------------------------------------------------------

    static Arbitrary<String> xliff12Valid() {
        List<String> tags = List.of("g", "x", "bx", "ex", "ph", "bpt", "ept", "it", "mrk", "sub");
        Arbitrary<String> unit = Combinators.combine(Arbitraries.integers().between(0, 6), inline(tags, 2), inline(tags, 2),
                Arbitraries.integers().between(0, 7), words(3)).as((id, s, t, shape, note) -> {
                    String idAttr = id == 0 ? "" : " id=\"tu" + id + "\"";
                    return switch (shape) {
                        case 0 -> "<trans-unit" + idAttr + "><source>" + s + "</source></trans-unit>";
                        case 1 -> "<trans-unit" + idAttr + " translate=\"no\"><source>" + s + "</source><target>" + t + "</target></trans-unit>";
                        case 2 -> "<trans-unit" + idAttr + "><source>" + s + "</source><seg-source><mrk mtype=\"seg\" mid=\"1\">" + s
                                + "</mrk><mrk mtype=\"seg\" mid=\"2\">" + t + "</mrk></seg-source><target><mrk mtype=\"seg\" mid=\"1\">" + t
                                + "</mrk></target></trans-unit>";
                        case 3 -> "<group id=\"g\"><trans-unit" + idAttr + "><source>" + s + "</source><target state=\"new\">" + t
                                + "</target><note>" + note + "</note></trans-unit></group>";
                        case 4 -> "<trans-unit" + idAttr + "><source>" + s + "</source><target>" + t + "</target><alt-trans><source>"
                                + note + "</source><target>" + note + "</target></alt-trans></trans-unit>";
                        default -> "<trans-unit" + idAttr + "><source>" + s + "</source><target>" + t + "</target></trans-unit>";
                    };
                });
        return Combinators.combine(lang(), lang(), unit.list().ofMaxSize(12),
                Arbitraries.of("", " xmlns:mq=\"MQXliff\"", " xmlns:sdl=\"http://sdl.com/FileTypes/SdlXliff/1.0\""),
                Arbitraries.of("1.2", "1.1", "1.0", "2.0", ""))
                .as((sl, tl, units, ns, v) -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"" + v
                        + "\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"" + ns + ">\n<file original=\"a.txt\" source-language=\""
                        + attr(sl) + "\" target-language=\"" + attr(tl) + "\" datatype=\"plaintext\"><body>\n"
                        + String.join("\n", units) + "\n</body></file></xliff>\n");
    }

    // ---- XLIFF 2 ---------------------------------------------------------------------------------

    static Arbitrary<String> xliff2Valid() {
        List<String> tags = List.of("pc", "ph", "mrk", "sc", "ec", "sm", "em", "cp");
        Arbitrary<String> segment = Combinators.combine(inline(tags, 2), inline(tags, 2), Arbitraries.integers().between(0, 4))
                .as((s, t, shape) -> switch (shape) {
                    case 0 -> "<segment><source>" + s + "</source></segment>";
                    case 1 -> "<ignorable><source>" + s + "</source></ignorable>";
                    case 2 -> "<segment state=\"final\"><source>" + s + "</source><target>" + t + "</target></segment>"
                            + "<segment><source>" + t + "</source><target>" + s + "</target></segment>";
                    default -> "<segment><source>" + s + "</source><target>" + t + "</target></segment>";
                });
        Arbitrary<String> unit = Combinators.combine(Arbitraries.integers().between(0, 6), segment.list().ofMinSize(0).ofMaxSize(3),
                Arbitraries.of("", " translate=\"no\"", " canResegment=\"no\""))
                .as((id, segs, a) -> "<unit" + (id == 0 ? "" : " id=\"u" + id + "\"") + a + ">"
                        + "<originalData><data id=\"d1\">&lt;b&gt;</data></originalData>".repeat(id % 2) + String.join("", segs) + "</unit>");
        return Combinators.combine(lang(), lang(), unit.list().ofMaxSize(10),
                Arbitraries.of("2.0", "2.1", "2.2", "3", ""), Arbitraries.of("2.0", "2.1", "1.2"))
                .as((sl, tl, units, v, nsv) -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:"
                        + nsv + "\" version=\"" + v + "\" srcLang=\"" + attr(sl) + "\" trgLang=\"" + attr(tl) + "\">\n<file id=\"f1\">"
                        + String.join("\n", units) + "</file></xliff>\n");
    }

    // ---- TMX -------------------------------------------------------------------------------------

    static Arbitrary<String> tmxValid() {
        return Combinators.combine(lang(), lang()).flatAs((sl, tl) ->
                tmxValid(sl, tl.regionMatches(true, 0, sl, 0, 2) ? (sl.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? "uk" : "en") : tl));
    }

    /** A TMX whose units mostly hold the header's source language and one target language. */
    private static Arbitrary<String> tmxValid(String sl, String tl) {
        List<String> tags = List.of("bpt", "ept", "ph", "it", "hi", "ut", "sub");
        Arbitrary<String> l = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(sl)), Tuple.of(5, Arbitraries.just(tl)),
                Tuple.of(1, lang()));
        Arbitrary<String> tuv = Combinators.combine(l, inline(tags, 2), Arbitraries.integers().between(0, 3))
                .as((lg, s, shape) -> switch (shape) {
                    case 0 -> "<tuv lang=\"" + attr(lg) + "\"><seg>" + s + "</seg></tuv>";
                    case 1 -> "<tuv xml:lang=\"" + attr(lg) + "\"><prop type=\"x\">p</prop><seg>" + s + "</seg></tuv>";
                    default -> "<tuv xml:lang=\"" + attr(lg) + "\"><seg>" + s + "</seg></tuv>";
                });
        Arbitrary<String> pair = Combinators.combine(inline(tags, 2), inline(tags, 2))
                .as((a, b) -> "<tuv xml:lang=\"" + attr(sl) + "\"><seg>" + a + "</seg></tuv><tuv xml:lang=\"" + attr(tl)
                        + "\"><seg>" + b + "</seg></tuv>");
        Arbitrary<String> tu = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.frequencyOf(Tuple.of(4, pair), Tuple.of(1, tuv.list().ofMaxSize(4).map(x -> String.join("", x)))))
                .as((id, tuvs) -> "<tu" + (id == 0 ? "" : " tuid=\"" + id + "\"") + ">" + tuvs + "</tu>");
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(sl)), Tuple.of(1, Arbitraries.just("*all*"))),
                tu.list().ofMaxSize(12), Arbitraries.of("1.4", "1.1", "2.0"))
                .as((src, tus, v) -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"" + v + "\"><header creationtool=\"x\" "
                        + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" srclang=\"" + attr(src)
                        + "\" datatype=\"plaintext\"/>\n<body>" + String.join("\n", tus) + "</body></tmx>\n");
    }

    // ---- PO --------------------------------------------------------------------------------------

    /** PO string content: words with escapes, good and bad. */
    private static Arbitrary<String> poString() {
        return Arbitraries.oneOf(words(6).map(s -> s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")),
                Arbitraries.of("\\n", "\\t", "\\\"", "\\\\", "\\x", "\\", "\\u0041", "\\101", "\"", "%d", "%1$s", "")
                        .list().ofMaxSize(5).map(l -> String.join("", l)));
    }

    static Arbitrary<String> poValid() {
        Arbitrary<String> entry = Combinators.combine(poString(), poString(), poString(), Arbitraries.integers().between(0, 8))
                .as((id, str, ctx, shape) -> switch (shape) {
                    case 0 -> "msgid \"" + id + "\"\nmsgstr \"" + str + "\"\n";
                    case 1 -> "msgctxt \"" + ctx + "\"\nmsgid \"" + id + "\"\nmsgstr \"" + str + "\"\n";
                    case 2 -> "#, fuzzy\nmsgid \"" + id + "\"\nmsgstr \"" + str + "\"\n";
                    case 3 -> "msgid \"" + id + "\"\nmsgid_plural \"" + ctx + "\"\nmsgstr[0] \"" + str + "\"\nmsgstr[1] \"" + str + "\"\n";
                    case 4 -> "#~ msgid \"" + id + "\"\n#~ msgstr \"" + str + "\"\n";
                    case 5 -> "# comment\n#. extracted\n#: file.c:12\n#| msgid \"" + ctx + "\"\nmsgid \"\"\n\"" + id + "\"\n\"" + ctx
                            + "\"\nmsgstr \"\"\n\"" + str + "\"\n";
                    case 6 -> "msgid \"" + id + "\"\nmsgstr \"\"\n";
                    default -> "msgid \"" + id + "\"\nmsgstr \"" + str + "\"\n";
                });
        return Combinators.combine(lang(), entry.list().ofMaxSize(14), Arbitraries.of("UTF-8", "utf-8", "CHARSET",
                "KOI8-R", "bogus"), Arbitraries.of("\n", "\r\n")).as((lang, entries, cs, nl) -> ("msgid \"\"\nmsgstr \"\"\n"
                + "\"Content-Type: text/plain; charset=" + cs + "\\n\"\n\"Language: " + lang.replace("\"", "") + "\\n\"\n"
                + "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n" + String.join("\n", entries)).replace("\n", nl));
    }

    static final List<String> PO_FRAGMENTS = List.of("msgid ", "msgstr ", "msgctxt ", "msgid_plural ", "msgstr[", "msgstr[9] ",
            "msgstr[-1] ", "msgstr[99999999999] ", "]", "\"", "\\", "\\\"", "\n", "\r", "\n\n", "#", "#~ ", "#, fuzzy\n",
            "#| ", "\"Language: uk\\n\"\n", "\"Language: \\n\"\n", "\u0000", "\uFEFF", "\uD800", "msgid \"\"\nmsgstr \"\"\n");

    // ---- TBX -------------------------------------------------------------------------------------

    static Arbitrary<String> tbxValid() {
        Arbitrary<String> status = Arbitraries.of("preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts",
                "supersededTerm-admn-sts", "standardizedTerm", "bogus", "");
        Arbitrary<String> term = Combinators.combine(words(3), status, Arbitraries.integers().between(0, 4), words(2))
                .as((form, st, shape, note) -> switch (shape) {
                    case 0 -> "<tig><term>" + form + "</term></tig>";
                    case 1 -> "<tig><term>" + form + "</term><termNote type=\"administrativeStatus\">" + st + "</termNote><note>"
                            + note + "</note></tig>";
                    case 2 -> "<ntig><termGrp><term>" + form + "</term></termGrp></ntig>";
                    case 3 -> "<termSec><term>" + form + "</term><termNote type=\"romanisedFrom\">" + note + "</termNote>"
                            + "<administrativeStatus>" + st + "</administrativeStatus></termSec>";
                    default -> "<tig><term>" + form + "</term><termNote type=\"administrativeStatus\">" + st + "</termNote></tig>";
                });
        Arbitrary<String> langSet = Combinators.combine(lang(), term.list().ofMaxSize(3), Arbitraries.of("langSet", "langSec"))
                .as((l, ts, el) -> "<" + el + " xml:lang=\"" + attr(l) + "\">" + String.join("", ts) + "</" + el + ">");
        Arbitrary<String> entry = Combinators.combine(Arbitraries.integers().between(0, 5), langSet.list().ofMaxSize(3),
                Arbitraries.of("", "<descrip type=\"conceptType\">person</descrip>", "<descrip type=\"subjectField\">place</descrip>",
                        "<descrip type=\"conceptType\">bogus</descrip>", "<subjectField>title</subjectField>"),
                Arbitraries.of("termEntry", "conceptEntry"))
                .as((id, sets, d, el) -> "<" + el + (id == 0 ? "" : " id=\"c" + id + "\"") + ">" + d + String.join("", sets) + "</" + el + ">");
        return Combinators.combine(entry.list().ofMaxSize(10), Arbitraries.integers().between(0, 2))
                .as((entries, root) -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + switch (root) {
                    case 0 -> "<martif type=\"TBX-Basic\" xml:lang=\"en\"><martifHeader/><text><body>" + String.join("\n", entries)
                            + "</body></text></martif>\n";
                    case 1 -> "<tbx type=\"TBX-Core\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>"
                            + String.join("\n", entries) + "</body></text></tbx>\n";
                    default -> "<glossary><body>" + String.join("\n", entries) + "</body></glossary>\n";
                });
    }

    // ---- glossary CSV ----------------------------------------------------------------------------

    /** CSV cells: plain, quoted, with separators, quotes and line breaks inside. */
    static Arbitrary<String> cell(List<String> values) {
        return Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.of(values)),
                Tuple.of(2, words(3).map(w -> w.replace("\n", " "))),
                Tuple.of(1, words(3).map(w -> "\"" + w.replace("\"", "\"\"") + "\"")),
                Tuple.of(1, Arbitraries.of("\"a,b\"", "\"a\nb\"", "\"unclosed", "a\"b", "\"\"", "  x  ", "#x", "a;b|c", "|", ";",
                        "{year}", "{x}", "Захід-{year}", "\u0000", "\uD800", "=cmd|' /C calc'!A0")));
    }

    static final List<String> CSV_FRAGMENTS = List.of(",", ",,", "\"", "\"\"", "\n", "\r\n", "\r", "#", "# c\n", "\n\n",
            "\uFEFF", "\u0000", "\uD800", ";", "|", "\t", " ", "concept", "related", "note", "source", "uk", "en");

    static Arbitrary<String> glossaryCsvValid() {
        List<String> columns = List.of("concept", "type", "lang", "form", "status", "romanised_from", "note", "source");
        Arbitrary<List<String>> header = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(List.of("concept", "type", "lang", "form", "status"))),
                Tuple.of(2, Arbitraries.just(columns)),
                Tuple.of(2, Arbitraries.of(columns).list().ofMinSize(1).ofMaxSize(9)),
                Tuple.of(1, Arbitraries.just(List.of("concept", "related", "note", "source"))));
        return header.flatMap(h -> {
            List<Arbitrary<String>> cells = new ArrayList<>();
            for (String c : h) {
                cells.add(cell(switch (c) {
                    case "concept", "related" -> List.of("c1", "c2", "c3", "zelensky");
                    case "type" -> List.of("person", "place", "organisation", "organization", "event", "title", "term", "Person");
                    case "lang", "romanised_from" -> List.of("uk", "ru", "en", "de", "UK");
                    case "form" -> List.of("Зеленський", "Zelensky", "Zelenskyy", "Київ", "Kyiv", "Захід-{year}", "NATO", "a", "5%", "ЗСУ");
                    case "status" -> List.of("preferred", "admitted", "forbidden", "Preferred");
                    default -> List.of("", "note", "https://example.org/x");
                }));
            }
            Arbitrary<String> row = Combinators.combine(cells).as(l -> String.join(",", l));
            return Combinators.combine(row.list().ofMaxSize(20), Arbitraries.of("\n", "\r\n"),
                    Arbitraries.of("", "# a comment\n", "\uFEFF"))
                    .as((rows, nl, pre) -> pre + String.join(",", h) + nl + String.join(nl, rows) + nl);
        });
    }

    static Arbitrary<String> deskCsvValid() {
        List<String> columns = List.of("uk", "en", "ru", "uk-UA", "en-GB", "Ukrainian", "English", "Russian", "українська",
                "note", "comment", "type", "source", "Klingon", "");
        Arbitrary<List<String>> header = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(List.of("uk", "en"), List.of("uk", "en", "note"), List.of("Ukrainian", "English", "type"),
                        List.of("uk-UA", "en-GB", "ru"), List.of("en", "uk", "comment", "source"))),
                Tuple.of(2, Arbitraries.of(columns).list().ofMinSize(2).ofMaxSize(6)));
        return header.flatMap(h -> {
            List<Arbitrary<String>> cells = new ArrayList<>();
            for (String c : h) {
                cells.add(cell(switch (c) {
                    case "type" -> List.of("person", "place", "term", "thing", "");
                    case "note", "comment", "source" -> List.of("", "a note", "https://example.org");
                    default -> List.of("Київ", "Kyiv; Kiev", "Зеленський|Зеленский", "NATO", "", ";", "a;;b", "Захід-{year}");
                }));
            }
            Arbitrary<String> row = Combinators.combine(cells).as(l -> String.join(",", l));
            return Combinators.combine(row.list().ofMaxSize(20), Arbitraries.of("\n", "\r\n"))
                    .as((rows, nl) -> String.join(",", h) + nl + String.join(nl, rows) + nl);
        });
    }

    // ---- batch manifest --------------------------------------------------------------------------

    /** File names a manifest row may give: existing files (made by the test), missing ones, odd paths. */
    static final List<String> MANIFEST_PATHS = List.of("a.uk.txt", "a.en.txt", "b.ru.md", "b.en.html", "sub/c.uk.txt",
            "missing.txt", "", " ", "../a.uk.txt", "./a.en.txt", "/etc/hostname", "/", ".", "..", "sub", "a.uk.txt\u0000x",
            "C:\\x\\y.txt", "~/a.txt", "a b.txt", "\"a,b.txt\"", "ф.uk.txt", "a.uk.txt/", "//", "\uD800.txt", "a".repeat(300));

    static Arbitrary<String> manifestValid() {
        List<String> columns = List.of("source", "translation", "from", "to", "name", "Source", " translation ", "extra", "");
        Arbitrary<List<String>> header = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(List.of("source", "translation"), List.of("source", "translation", "from", "to"),
                        List.of("name", "source", "translation", "from", "to"))),
                Tuple.of(2, Arbitraries.of(columns).list().ofMinSize(1).ofMaxSize(6)));
        return header.flatMap(h -> {
            List<Arbitrary<String>> cells = new ArrayList<>();
            for (String c : h) {
                String k = c.strip().toLowerCase(java.util.Locale.ROOT);
                cells.add(cell(switch (k) {
                    case "source", "translation" -> MANIFEST_PATHS;
                    case "from", "to" -> List.of("uk", "ru", "en", "", "UK", "zz", "english", "\u0000");
                    default -> List.of("story", "", "a/b", "..", ".hidden", "CON", "x".repeat(200), "ф", "\u0007", "story");
                }));
            }
            Arbitrary<String> row = Combinators.combine(cells).as(l -> String.join(",", l));
            return Combinators.combine(row.list().ofMaxSize(15), Arbitraries.of("\n", "\r\n"), Arbitraries.of("", "\uFEFF"))
                    .as((rows, nl, bom) -> bom + String.join(",", h) + nl + String.join(nl, rows) + nl);
        });
    }

    // ---- DOCX ------------------------------------------------------------------------------------

    /** One entry of a zip to build: name, content, stored or deflated. */
    record Entry(String name, byte[] data, boolean stored) {
    }

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** A paragraph of WordprocessingML with runs, tracked changes, comments, hidden text, fields. */
    static Arbitrary<String> docxParagraph() {
        Arbitrary<String> text = words(6).map(dev.transcheck.io.Fixtures::esc);
        Arbitrary<String> run = Combinators.combine(text, Arbitraries.integers().between(0, 8)).as((t, shape) -> switch (shape) {
            case 0 -> "<w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>" + t + "</w:t></w:r></w:ins>";
            case 1 -> "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>" + t + "</w:delText></w:r></w:del>";
            case 2 -> "<w:r><w:rPr><w:vanish/></w:rPr><w:t>" + t + "</w:t></w:r>";
            case 3 -> "<w:commentRangeStart w:id=\"0\"/><w:r><w:t>" + t + "</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>";
            case 4 -> "<w:r><w:tab/><w:t xml:space=\"preserve\"> " + t + " </w:t><w:br/></w:r>";
            case 5 -> "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>HYPERLINK \"x\"</w:instrText></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
            case 6 -> "<w:hyperlink r:id=\"rId9\"><w:r><w:t>" + t + "</w:t></w:r></w:hyperlink>";
            default -> "<w:r><w:rPr><w:b/></w:rPr><w:t>" + t + "</w:t></w:r>";
        });
        return Combinators.combine(run.list().ofMaxSize(5), Arbitraries.of("", "<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>",
                "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/></w:numPr></w:pPr>"), Arbitraries.integers().between(0, 5))
                .as((runs, ppr, shape) -> shape == 0
                        ? "<w:tbl><w:tr><w:tc><w:p>" + ppr + String.join("", runs) + "</w:p></w:tc></w:tr></w:tbl>"
                        : "<w:p>" + ppr + String.join("", runs) + "</w:p>");
    }

    static String documentXml(List<String> paragraphs) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W
                + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
                + String.join("", paragraphs) + "</w:body></w:document>";
    }

    /** The parts of a minimal valid DOCX around {@code document} (a document.xml text). */
    static List<Entry> docxParts(String document) {
        try {
            byte[] base = dev.transcheck.io.Fixtures.docx("");
            List<Entry> out = new ArrayList<>();
            try (var zin = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(base))) {
                for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                    byte[] data = e.getName().equals("word/document.xml") ? document.getBytes(StandardCharsets.UTF_8) : zin.readAllBytes();
                    out.add(new Entry(e.getName(), data, false));
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes to a DOCX at the zip level. */
    static final List<String> ZIP_ENTRY_NAMES = List.of("word/document.xml", "word/comments.xml", "word/header1.xml",
            "word/_rels/document.xml.rels", "[Content_Types].xml", "_rels/.rels", "../../evil.xml", "/abs.xml", "word/",
            "word/media/image1.png", "customXml/item1.xml", "docProps/core.xml", "a".repeat(300) + ".xml", "word\\document.xml",
            "word/document.xml\u0000.txt", "ф.xml");

    static Arbitrary<byte[]> docx() {
        Arbitrary<String> doc = Arbitraries.oneOf(
                docxParagraph().list().ofMaxSize(8).map(ReaderInputs::documentXml),
                mutated(docxParagraph().list().ofMaxSize(8).map(ReaderInputs::documentXml), XML_FRAGMENTS, 3));
        Arbitrary<Entry> extra = Combinators.combine(Arbitraries.of(ZIP_ENTRY_NAMES),
                Arbitraries.oneOf(Inputs.anyChars(200), mutated(docxParagraph().list().ofMaxSize(3).map(ReaderInputs::documentXml),
                        XML_FRAGMENTS, 3)), Arbitraries.of(true, false))
                .as((n, c, st) -> new Entry(n, c.getBytes(StandardCharsets.UTF_8), st));
        Arbitrary<List<Entry>> parts = Combinators.combine(doc, extra.list().ofMaxSize(4), Arbitraries.integers().between(0, 3))
                .as((d, extras, order) -> {
                    List<Entry> es = new ArrayList<>(docxParts(d));
                    es.addAll(extras);
                    if (order == 1) {
                        java.util.Collections.reverse(es);
                    }
                    return es;
                });
        Arbitrary<byte[]> zip = parts.map(ReaderInputs::zip);
        // byte-level damage: truncation, flipped bytes, a cut range
        Arbitrary<byte[]> damaged = Combinators.combine(zip, Arbitraries.integers().between(0, 3), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 255), Arbitraries.integers().between(1, 64)).as((z, kind, at, b, n) -> {
                    int p = (int) (at * z.length);
                    byte[] out = z.clone();
                    switch (kind) {
                        case 0 -> out = java.util.Arrays.copyOf(z, p);
                        case 1 -> {
                            for (int i = p; i < Math.min(out.length, p + n); i++) {
                                out[i] = (byte) (out[i] ^ b);
                            }
                        }
                        case 2 -> {
                            int q = Math.min(z.length, p + n);
                            out = new byte[z.length - (q - p)];
                            System.arraycopy(z, 0, out, 0, p);
                            System.arraycopy(z, q, out, p, z.length - q);
                        }
                        default -> {
                            if (p < out.length) {
                                out[p] = b.byteValue();
                            }
                        }
                    }
                    return out;
                });
        return Arbitraries.frequencyOf(
                Tuple.of(4, zip),
                Tuple.of(3, damaged),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(500)),
                Tuple.of(1, Arbitraries.of(bombs())));
    }

    /** A zip of {@code entries} (stored ones with their CRC set), entries with the same name allowed. */
    static byte[] zip(List<Entry> entries) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bos)) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Entry e : entries) {
                if (!seen.add(e.name())) {
                    continue; // ZipOutputStream refuses a name twice
                }
                ZipEntry ze = new ZipEntry(e.name());
                if (e.stored()) {
                    ze.setMethod(ZipEntry.STORED);
                    ze.setSize(e.data().length);
                    CRC32 crc = new CRC32();
                    crc.update(e.data());
                    ze.setCrc(crc.getValue());
                }
                z.putNextEntry(ze);
                z.write(e.data());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bos.toByteArray();
    }

    private static volatile List<byte[]> bombs;

    /**
     * Zip bombs made once per run: a document.xml of 12 MB of one repeated run (passes the XML
     * rules, fails the inflation ratio), 40 MB of zeros in an extra part, 2,000 tiny entries, and
     * a document.xml holding a DOCTYPE with an external and an exponential entity.
     */
    static List<byte[]> bombs() {
        if (bombs == null) {
            synchronized (ReaderInputs.class) {
                if (bombs == null) {
                    List<byte[]> out = new ArrayList<>();
                    String para = "<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>";
                    out.add(zip(docxParts(documentXml(java.util.Collections.nCopies(12 * 1024 * 1024 / para.length(), para)))));
                    List<Entry> zeros = new ArrayList<>(docxParts(documentXml(List.of(para))));
                    zeros.add(new Entry("word/media/zeros.bin", new byte[40 * 1024 * 1024], false));
                    out.add(zip(zeros));
                    List<Entry> many = new ArrayList<>(docxParts(documentXml(List.of(para))));
                    for (int i = 0; i < 2000; i++) {
                        many.add(new Entry("word/media/i" + i + ".bin", new byte[] {1}, true));
                    }
                    out.add(zip(many));
                    out.add(zip(docxParts("<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY x SYSTEM \"" + CANARY_URI + "\">"
                            + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                            + afterDeclaration(documentXml(List.of("<w:p><w:r><w:t>&x;&b;</w:t></w:r></w:p>"))))));
                    bombs = out;
                }
            }
        }
        return bombs;
    }

    static String afterDeclaration(String xml) {
        return xml.substring(xml.indexOf("<w:document"));
    }

    static String attr(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
