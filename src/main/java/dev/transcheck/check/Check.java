package dev.transcheck.check;

import dev.transcheck.model.Category;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Severity;
import dev.transcheck.model.Span;
import java.util.List;

/**
 * One check: a run over an aligned document pair, declared once by a {@link CheckInfo} annotation
 * on its class (id, default severity, MQM category, summary). Implementations are final, stateless
 * and thread-safe, listed in {@link CheckRegistry}; each has a page {@code docs/checks/<id>.md} and
 * flagged and near-miss pairs in {@code src/test/resources/checks/<id>.tsv}.
 */
public interface Check {
    List<Finding> run(CheckContext context);

    /** Stable id such as {@code name.mismatch}; never renamed. */
    default String id() {
        return Declarations.of(this).id();
    }

    /** Default severity of its findings (a finding may carry a different one, e.g. from a glossary). */
    default Severity severity() {
        return Declarations.of(this).severity();
    }

    default Category category() {
        return Declarations.of(this).category();
    }

    /** One line for {@code transcheck checks}. */
    default String summary() {
        return Declarations.of(this).summary();
    }

    /** A finding of this check with its default severity and category. */
    default Finding finding(String message, Span source, Span translation, List<String> expected, String suggestion) {
        return Finding.of(id(), severity(), category(), message, source, translation, expected, suggestion);
    }

    /** A finding of this check with another severity than its default (an unsure bead, a glossary fact). */
    default Finding finding(Severity severity, String message, Span source, Span translation, List<String> expected,
                            String suggestion) {
        return Finding.of(id(), severity, category(), message, source, translation, expected, suggestion);
    }

    /** Reads each check class's {@link CheckInfo} once. */
    final class Declarations {
        private static final ClassValue<CheckInfo> INFO = new ClassValue<>() {
            @Override
            protected CheckInfo computeValue(Class<?> type) {
                CheckInfo info = type.getAnnotation(CheckInfo.class);
                if (info == null) {
                    throw new IllegalStateException(type.getName() + " is a Check without @CheckInfo");
                }
                return info;
            }
        };

        private Declarations() {
        }

        static CheckInfo of(Check check) {
            return INFO.get(check.getClass());
        }
    }
}
