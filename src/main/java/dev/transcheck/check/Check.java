package dev.transcheck.check;

import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Severity;
import java.util.List;

/**
 * One check: a stable id, a default severity, an MQM category, a one-line summary, and a run
 * over an aligned document pair. Implementations are final, stateless and thread-safe; each has a
 * page {@code docs/checks/<id>.md} and a test with a flagged case and a near miss.
 */
public interface Check {
    /** Stable id such as {@code name.mismatch}; never renamed. */
    String id();

    /** Default severity of its findings (a finding may carry a different one, e.g. from a glossary). */
    Severity severity();

    Category category();

    /** One line for {@code transcheck checks}. */
    String summary();

    List<Finding> run(CheckContext context);
}
