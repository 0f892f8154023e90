package dev.transcheck.report;

import dev.transcheck.model.Report;

/** Turns a report into text for one output format. Renderers only render. */
public interface Renderer {
    /** The formats {@link #forFormat} knows. */
    java.util.List<String> FORMATS = java.util.List.of("text", "json", "html", "csv", "sarif", "junit", "github");

    String render(Report report);

    static Renderer forFormat(String format) {
        return forFormat(format, false, false);
    }

    /**
     * The renderer of {@code format}; {@code colour} (ANSI) and {@code quiet} (the summary line
     * alone) apply to the text format only.
     */
    static Renderer forFormat(String format, boolean colour, boolean quiet) {
        return switch (format) {
            case "json" -> new JsonRenderer();
            case "html" -> new HtmlRenderer();
            case "text" -> new TextRenderer(colour, quiet);
            case "csv" -> new CsvRenderer();
            case "sarif" -> new SarifRenderer();
            case "junit" -> new JunitRenderer();
            case "github" -> new GithubRenderer();
            default -> throw new IllegalArgumentException("unknown format '" + format + "' (expected " + String.join(", ", FORMATS) + ")");
        };
    }
}
