package dev.transcheck.text.translit;

import com.ibm.icu.text.Transliterator;
import dev.transcheck.lang.LanguageProfile;
import dev.transcheck.lang.LanguageProfile.DataFile;
import dev.transcheck.lang.LanguageProfiles;
import dev.transcheck.text.Resources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Romanisation of Cyrillic names under several schemes at once: Ukraine's national system (2010,
 * ICU rules in {@code translit/uk-Latin-national.txt}), BGN/PCGN (ICU), and the letter-variant
 * tables of common English usage. The national system and BGN/PCGN come from {@link RomanRules}'
 * tables, which give ICU's results without building ICU's transliterators; a string with a
 * character the tables do not answer for goes to ICU. Built once per {@link Resources}; thread-safe
 * (ICU transliterators are not, so each thread gets its own).
 */
public final class Romanizer {
    private final ThreadLocal<Transliterator> national;
    private final ThreadLocal<Transliterator> bgnUk;
    private final ThreadLocal<Transliterator> bgnRu;
    private final VariantTable uk;
    private final VariantTable ru;
    private final VariantTable be;
    private final List<String> slavicEndings;
    private final Map<String, Optional<VariantTable>> pressTables = new ConcurrentHashMap<>();

    private Romanizer() {
        String rules = readAll("/translit/uk-Latin-national.txt");
        national = ThreadLocal.withInitial(() -> Transliterator.createFromRules("uk-Latin-national", rules, Transliterator.FORWARD));
        bgnUk = ThreadLocal.withInitial(() -> Transliterator.getInstance("Ukrainian-Latin/BGN"));
        bgnRu = ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN"));
        uk = profileTable("uk", DataFile.ROMANISATION);
        ru = profileTable("ru", DataFile.ROMANISATION);
        be = profileTable("be", DataFile.ROMANISATION);
        List<String> endings = new ArrayList<>();
        for (String line : readAll("/translit/slavic-endings.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                endings.add(line.trim());
            }
        }
        slavicEndings = List.copyOf(endings);
    }

    private static VariantTable profileTable(String lang, DataFile file) {
        LanguageProfile p = LanguageProfiles.of(lang);
        String text = p.data(file).orElseThrow(() -> new IllegalStateException("missing resource " + p.resourceName(file)));
        return VariantTable.parse(p.resourceName(file), text);
    }

    /**
     * How the press of {@code lang} (a Latin-script language: de, pl) writes Cyrillic names
     * (Selenskyj, Zełenski), from its profile's {@code cyrillic-names.tsv}; empty when it has none.
     */
    public Optional<VariantTable> writtenIn(String lang) {
        return pressTables.computeIfAbsent(LanguageProfiles.of(lang).code(), l -> {
            LanguageProfile p = LanguageProfiles.of(l);
            return p.data(DataFile.CYRILLIC_NAMES).map(t -> VariantTable.parse(p.resourceName(DataFile.CYRILLIC_NAMES), t));
        });
    }

    /** The shared instance of {@code resources}. */
    public static Romanizer of(Resources resources) {
        return resources.shared(Romanizer.class, Romanizer::new);
    }

    /** A fresh instance (for tests and tools without {@link Resources}). */
    public static Romanizer create() {
        return new Romanizer();
    }

    /** Ukrainian national system (2010) of one word or phrase, capitalised like a name. */
    public String national(String cyrillic) {
        String direct = RomanRules.national(cyrillic);
        return capitaliseWords(direct != null ? direct : national.get().transliterate(cyrillic));
    }

    /** BGN/PCGN of {@code cyrillic} read as {@code lang} ({@code uk} or {@code ru}), marks ʹ ʺ · removed. */
    public String bgn(String cyrillic, String lang) {
        String direct = "uk".equals(lang) ? RomanRules.bgnUk(cyrillic) : RomanRules.bgnRu(cyrillic);
        if (direct == null) { // a character the tables do not answer for: ICU's own transliterator
            direct = ("uk".equals(lang) ? bgnUk.get() : bgnRu.get()).transliterate(cyrillic);
        }
        StringBuilder sb = new StringBuilder(direct.length());
        for (int i = 0; i < direct.length(); i++) {
            char c = direct.charAt(i);
            if (c != 'ʹ' && c != 'ʺ' && c != '·' && c != '\'' && c != '’') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The standard romanisations of a name spelt in {@code lang}: national 2010 and BGN for uk, BGN for ru. */
    public List<String> standard(String cyrillic, String lang) {
        Set<String> out = new LinkedHashSet<>();
        if ("uk".equals(lang)) {
            out.add(national(cyrillic));
            out.add(bgn(cyrillic, "uk"));
        } else {
            out.add(bgn(cyrillic, "ru"));
        }
        return List.copyOf(out);
    }

    /**
     * The variant table of a spelling basis: {@code uk}, {@code ru}, or {@code be} (the
     * Belarusian-based romanisation of a name spelt in Russian or Ukrainian).
     */
    public VariantTable table(String basis) {
        return switch (basis) {
            case "uk" -> uk;
            case "be" -> be;
            default -> ru;
        };
    }

    /** Every admitted romanisation of {@code cyrillic} read on {@code basis}, as a pattern over {@link LatinKeys#normal}. */
    public Pattern variants(String cyrillic, String basis) {
        return table(basis).pattern(cyrillic);
    }

    /** Russian letters whose Ukrainian counterpart in the same name may differ (и as і, е as є). */
    private static final Map<String, String> RUSSIAN_ON_UKRAINIAN = Map.of("и", "i", "е", "ie|ye");

    /**
     * Every admitted romanisation of {@code cyrillic}, spelt in {@code spelling} ({@code uk} or
     * {@code ru}), read on {@code basis}: a Russian spelling read the Ukrainian way admits и as i
     * and е as ie (Сибига - Sybiha, Белоусов - Bielousov).
     */
    public Pattern variants(String cyrillic, String basis, String spelling) {
        if ("uk".equals(basis) && "ru".equals(spelling)) {
            return uk.pattern(cyrillic, RUSSIAN_ON_UKRAINIAN);
        }
        return variants(cyrillic, basis);
    }

    /** The common-English romanisation of {@code cyrillic} read on {@code basis} (Zelensky, Sergei). */
    public String commonEnglish(String cyrillic, String basis) {
        return capitaliseWords(table(basis).typical(cyrillic));
    }

    /** True when the word ends like a Slavic first name or surname (-енко, -ський, -ов...). */
    public boolean looksSlavic(String cyrillic) {
        String w = cyrillic.toLowerCase(Locale.ROOT);
        for (String e : slavicEndings) {
            if (w.endsWith(e) && w.length() > e.length() + 1) {
                return true;
            }
        }
        return false;
    }

    private static String capitaliseWords(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }

    private static String readAll(String resource) {
        try (InputStream in = Romanizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            StringBuilder sb = new StringBuilder();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                sb.append(line).append('\n');
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
