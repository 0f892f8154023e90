package dev.transcheck.check;

import dev.transcheck.model.Category;
import dev.transcheck.model.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one declaration of a check: its stable id, default severity, MQM category and one-line
 * summary. {@link Check}'s {@code id()}, {@code severity()}, {@code category()} and
 * {@code summary()} read it (once per class), {@code finding(...)} stamps it on every finding, and
 * the docs index {@code docs/checks/README.md} is generated from it (ChecksDocsTest).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CheckInfo {
    /** Stable id such as {@code name.mismatch}; never renamed (desks accept findings by it). */
    String id();

    /** Default severity of the findings (a finding may carry another one, e.g. an unsure bead's info). */
    Severity severity();

    Category category();

    /** One sentence for {@code transcheck checks} and the docs index. */
    String summary();
}
