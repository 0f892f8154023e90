package dev.transcheck.lang;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything transcheck knows about one language, read from one folder {@code lang/<code>/} on the
 * class path: the settings of {@code profile.properties} (name, script, word analyzer, morphology
 * dictionary, letters and function words for telling the language) and the text of its data files
 * ({@link DataFile}). Stages parse the data they need from here; nothing else holds per-language
 * knowledge. A language without a folder gets {@link #generic(String)}: no data, generic handling.
 * Immutable and thread-safe.
 */
public final class LanguageProfile {
    /** The writing system of a language. */
    public enum Script {
        LATIN, CYRILLIC, OTHER
    }

    /** The optional data files of a profile folder, each read by one stage. */
    public enum DataFile {
        /** Abbreviations and sentence starters for the segmenter (format: docs/SEGMENTATION.md). */
        SEGMENT("segment.txt"),
        /** Scale words, months, currencies, units, approximate markers for the number reader. */
        NUMBERS("numbers.tsv"),
        /** Case endings stripped from words the morphology dictionary lacks. */
        ENDINGS("endings.txt"),
        /** Letter variants of romanising this (Cyrillic) language in English usage. */
        ROMANISATION("romanisation.tsv"),
        /** Letter variants with which this (Latin) language's press writes Cyrillic names. */
        CYRILLIC_NAMES("cyrillic-names.tsv"),
        /** Rank modifiers of an office (deputy, first deputy, acting, former): title.mismatch. */
        TITLE_MODIFIERS("title-modifiers.txt");

        private final String fileName;

        DataFile(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }
    }

    private final String code;
    private final boolean defined;
    private final String name;
    private final Script script;
    private final String analyzer;
    private final List<String> dropSuffixes;
    private final String morphology;
    private final boolean morphologyLowerCase;
    private final List<String> functionTags;
    private final Set<Integer> letters;
    private final Set<String> functionWords;
    private final Map<DataFile, String> data;
    private final boolean capitalisesNouns;
    private final List<String> placeAdjectiveSuffixes;
    private final boolean placeAdjectiveCapitalised;
    private final List<String> languageNouns;

    LanguageProfile(String code, boolean defined, String name, Script script, String analyzer, List<String> dropSuffixes,
            String morphology, boolean morphologyLowerCase, List<String> functionTags, Set<Integer> letters,
            Set<String> functionWords, Map<DataFile, String> data) {
        this(code, defined, name, script, analyzer, dropSuffixes, morphology, morphologyLowerCase, functionTags, letters,
                functionWords, data, false);
    }

    LanguageProfile(String code, boolean defined, String name, Script script, String analyzer, List<String> dropSuffixes,
            String morphology, boolean morphologyLowerCase, List<String> functionTags, Set<Integer> letters,
            Set<String> functionWords, Map<DataFile, String> data, boolean capitalisesNouns) {
        this(code, defined, name, script, analyzer, dropSuffixes, morphology, morphologyLowerCase, functionTags, letters,
                functionWords, data, capitalisesNouns, List.of(), false, List.of());
    }

    LanguageProfile(String code, boolean defined, String name, Script script, String analyzer, List<String> dropSuffixes,
            String morphology, boolean morphologyLowerCase, List<String> functionTags, Set<Integer> letters,
            Set<String> functionWords, Map<DataFile, String> data, boolean capitalisesNouns,
            List<String> placeAdjectiveSuffixes, boolean placeAdjectiveCapitalised, List<String> languageNouns) {
        this.placeAdjectiveSuffixes = List.copyOf(placeAdjectiveSuffixes);
        this.languageNouns = List.copyOf(languageNouns);
        this.placeAdjectiveCapitalised = placeAdjectiveCapitalised;
        this.capitalisesNouns = capitalisesNouns;
        this.code = code;
        this.defined = defined;
        this.name = name;
        this.script = script;
        this.analyzer = analyzer;
        this.dropSuffixes = List.copyOf(dropSuffixes);
        this.morphology = morphology;
        this.morphologyLowerCase = morphologyLowerCase;
        this.functionTags = List.copyOf(functionTags);
        this.letters = Set.copyOf(letters);
        this.functionWords = Set.copyOf(functionWords);
        this.data = data.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(data));
    }

    /** The profile of a language that has no folder: no data, no analyzer, script unknown. */
    public static LanguageProfile generic(String code) {
        return new LanguageProfile(code, false, code, Script.OTHER, "", List.of(), null, false, List.of(), Set.of(), Set.of(),
                Map.of());
    }

    /** The ISO 639-1 code (the folder name). */
    public String code() {
        return code;
    }

    /** The English name of the language ("German"), or the code for a generic profile. */
    public String name() {
        return name;
    }

    public Script script() {
        return script;
    }

    /** True when the language has a folder (not {@link #generic}). */
    public boolean isDefined() {
        return defined;
    }

    /**
     * The word analyzer: {@code morphology} (dictionary and case endings),
     * {@code stemmer:<class>} (a Lucene-style minimal stemmer with {@code int stem(char[], int)}),
     * {@code lucene:<class>} (a Lucene {@code Analyzer} with a no-argument constructor), or empty
     * (words compared as folded).
     */
    public String analyzer() {
        return analyzer;
    }

    /** Word endings dropped before stemming, first match only (English possessive {@code 's}). */
    public List<String> dropSuffixes() {
        return dropSuffixes;
    }

    /** The class-path resource of the morphology dictionary (morfologik), if any. */
    public Optional<String> morphology() {
        return Optional.ofNullable(morphology);
    }

    /** Whether the dictionary is looked up in lower case. */
    public boolean morphologyLowerCase() {
        return morphologyLowerCase;
    }

    /**
     * True when the language writes common nouns with a capital letter (German): a capitalised
     * word inside a sentence is then no sign of a name ({@code capitalises-nouns}).
     */
    public boolean capitalisesNouns() {
        return capitalisesNouns;
    }

    /**
     * The endings of the dictionary form of an adjective made from a place name, each a suffix and
     * the adjective's own ending joined by {@code +} (Ukrainian {@code ськ+ий}: Харків → харківський,
     * Донецьк → донецький; English {@code ian}: Russia → Russian), lower-case; empty when the
     * language has none listed.
     */
    public List<String> placeAdjectiveSuffixes() {
        return placeAdjectiveSuffixes;
    }

    /** True when the language writes adjectives made from place names capitalised (English). */
    public boolean placeAdjectiveCapitalised() {
        return placeAdjectiveCapitalised;
    }

    /**
     * The dictionary form of the noun for a language (мова, язык, language): a place adjective
     * before it names a language, not a place (французька мова).
     */
    public List<String> languageNouns() {
        return languageNouns;
    }

    /** This profile with its place-adjective data. */
    LanguageProfile withPlaceAdjectives(List<String> suffixes, boolean capitalised, List<String> languageNouns) {
        return new LanguageProfile(code, defined, name, script, analyzer, dropSuffixes, morphology, morphologyLowerCase,
                functionTags, letters, functionWords, data, capitalisesNouns, suffixes, capitalised, languageNouns);
    }

    /** Tag prefixes of the dictionary that mark function words (prepositions, conjunctions, particles). */
    public List<String> functionTags() {
        return functionTags;
    }

    /** Letters (code points, lower case) typical of this language among those of its script. */
    public Set<Integer> letters() {
        return letters;
    }

    /** Frequent short words (lower case) by which a text of this language is told from others of its script. */
    public Set<String> functionWords() {
        return functionWords;
    }

    /** The text of a data file, if the profile has one. */
    public Optional<String> data(DataFile file) {
        return Optional.ofNullable(data.get(file));
    }

    /** The class-path name of a data file, for messages ({@code /lang/de/segment.txt}). */
    public String resourceName(DataFile file) {
        return LanguageProfiles.ROOT + code + "/" + file.fileName();
    }

    /** The locale of the language. */
    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    @Override
    public String toString() {
        return "LanguageProfile[" + code + "]";
    }
}
