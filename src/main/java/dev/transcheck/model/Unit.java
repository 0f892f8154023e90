package dev.transcheck.model;

import java.util.List;

/**
 * One segment pair of a bilingual file (an XLIFF trans-unit or segment, a TMX translation unit, a
 * PO entry) as laid out in the two documents built from the file. Offsets are UTF-16 code units
 * into {@link Document#text()} of each side; a unit whose target is missing or empty has
 * {@code targetStart == targetEnd}.
 *
 * @param id            the unit's id as the file gives it (with the segment id after a colon when a
 *                      unit holds several segments)
 * @param targetState   {@code present}, {@code missing} (no target element) or {@code empty}
 * @param sourceCodes   inline codes of the source, offsets relative to {@code sourceStart}
 * @param targetCodes   inline codes of the target, offsets relative to {@code targetStart}
 */
public record Unit(String id, int sourceStart, int sourceEnd, int targetStart, int targetEnd, String targetState,
                   List<InlineCode> sourceCodes, List<InlineCode> targetCodes) {
    public Unit {
        sourceCodes = List.copyOf(sourceCodes);
        targetCodes = List.copyOf(targetCodes);
    }

    public boolean hasTarget() {
        return "present".equals(targetState);
    }

    /** Whether the source offset {@code offset} lies in this unit. */
    public boolean holdsSource(int offset) {
        return offset >= sourceStart && offset < Math.max(sourceEnd, sourceStart + 1);
    }

    /** Whether the translation offset {@code offset} lies in this unit (a unit without target holds none). */
    public boolean holdsTarget(int offset) {
        return targetEnd > targetStart && offset >= targetStart && offset < targetEnd;
    }
}
