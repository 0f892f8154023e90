package dev.transcheck.model;

/**
 * An inline code of a CAT-tool segment (XLIFF {@code g}, {@code x}, {@code ph}, {@code bpt}/{@code ept},
 * {@code pc}, {@code sc}/{@code ec}; a DOCX run's formatting): kept out of the text the checks read,
 * remembered with the offset in that text where it stood.
 *
 * @param id     the code's id as the file gives it (pairs a source code with its target copy)
 * @param kind   {@code open}, {@code close} or {@code placeholder}
 * @param type   the code's type (for example {@code bold}, {@code link}, {@code x-ph}), may be empty
 * @param data   the markup it stands for, as written in the file (for messages), may be empty
 * @param offset where it stood in the segment's text (UTF-16 code units from the segment start)
 */
public record InlineCode(String id, String kind, String type, String data, int offset) {
    /** How the code is shown in a message: its markup when the file gives it, else kind and id. */
    public String label() {
        if (data != null && !data.isBlank()) {
            return data.length() > 60 ? data.substring(0, 57) + "..." : data;
        }
        return switch (kind) {
            case "open" -> "<" + id + ">";
            case "close" -> "</" + id + ">";
            default -> "<" + id + "/>";
        };
    }
}
