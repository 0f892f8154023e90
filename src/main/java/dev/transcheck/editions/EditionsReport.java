package dev.transcheck.editions;

import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Report;
import java.util.List;

/**
 * One source checked with several editions: each edition's pair report as {@code transcheck check}
 * makes it, the cross-edition findings, and the matrix (rows = source sentences, columns =
 * editions). The gate fails when any edition fails. Immutable; renderers only render it.
 *
 * @param source the source as read
 * @param editions the editions in the order given
 * @param rows one row per source sentence, in order
 * @param passed true when every edition passed
 */
public record EditionsReport(Document source, List<Edition> editions, List<Row> rows, boolean passed) {
    public EditionsReport {
        editions = List.copyOf(editions);
        rows = List.copyOf(rows);
    }

    /**
     * One edition.
     *
     * @param label the column heading: the language code, or the file name when two editions share a language
     * @param report the pair report against the source (per-pair omissions confirmed by the other
     *     editions carry {@code edition.omission} evidence)
     * @param cross the cross-edition findings in this edition
     * @param passed true when the pair report passed and no cross-edition finding reaches the gate
     */
    public record Edition(int index, String label, Report report, List<CrossFinding> cross, boolean passed) {
        public Edition {
            cross = List.copyOf(cross);
        }

        public Document document() {
            return report.translation();
        }
    }

    /**
     * A cross-edition finding: the finding (source span in the source, translation span in this
     * edition, null for an omission) and what the source and the other editions read there.
     * {@code mergedInto} is the id of the pair finding that already reports the same problem (the
     * per-pair omission of that sentence, a number or name check on the same words): that finding
     * carries this one as evidence, and this one is not counted again; null when it stands alone.
     */
    public record CrossFinding(int edition, int row, Finding finding, List<Witness> witnesses, String mergedInto) {
        public CrossFinding {
            witnesses = List.copyOf(witnesses);
        }

        /** True when it counts on its own (not merged into a pair finding). */
        public boolean standalone() {
            return mergedInto == null;
        }
    }

    /**
     * What one text (the source or another edition) reads at a cross-edition finding.
     *
     * @param label {@code source} or the edition's label
     * @param reading the words found there (the name or number as that edition writes it), or the
     *     sentence text for an omission
     * @param sentences the sentence ids in that text
     * @param agrees true when this text supports the expected reading
     */
    public record Witness(String label, String lang, String reading, List<Integer> sentences, boolean agrees) {
        public Witness {
            sentences = List.copyOf(sentences);
        }
    }

    /** One source sentence and, per edition, the sentences aligned with it. */
    public record Row(int source, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One edition's part of a row: the aligned sentence ids (empty where the edition has nothing for
     * the sentence) and the findings located there (pair findings and cross-edition findings).
     * {@code shared} is true when the aligner joined this source sentence with a neighbour: the
     * sentences belong to several rows.
     */
    public record Cell(int edition, List<Integer> sentences, boolean shared, List<Finding> findings) {
        public Cell {
            sentences = List.copyOf(sentences);
            findings = List.copyOf(findings);
        }
    }
}
