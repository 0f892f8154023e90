package dev.transcheck.report;

import dev.transcheck.model.Report;

/** Turns a report into text for one output format. Renderers only render. */
public interface Renderer {
    String render(Report report);

    static Renderer forFormat(String format) {
        return switch (format) {
            case "json" -> new JsonRenderer();
            case "html" -> new HtmlRenderer();
            case "text" -> new TextRenderer(false);
            default -> throw new IllegalArgumentException("unknown format '" + format + "' (expected text, json or html)");
        };
    }
}
