package dev.transcheck.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one explicit list of checks. Add a check here, with its docs page and tests. */
public final class CheckRegistry {
    private static final List<Check> ALL = List.of(
            new OmissionCheck(),
            new OmissionPartialCheck(),
            new AdditionCheck(),
            new UntranslatedCheck(),
            new NumberMismatchCheck(),
            new DateMismatchCheck(),
            new NumberFormatCheck(),
            new TermMismatchCheck(),
            new TitleMismatchCheck(),
            new TermForbiddenCheck(),
            new TermStyleCheck(),
            new TermInconsistentCheck(),
            new NameMismatchCheck(),
            new NameSpellingCheck(),
            new NameInconsistentCheck(),
            new MixedScriptCheck(),
            new TargetMissingCheck(),
            new MarkupMismatchCheck()
    );

    private final Map<String, Check> byId;

    private CheckRegistry(List<Check> checks) {
        Map<String, Check> map = new LinkedHashMap<>();
        for (Check c : checks) {
            if (map.put(c.id(), c) != null) {
                throw new IllegalStateException("duplicate check id " + c.id());
            }
        }
        this.byId = map;
    }

    /** All shipped checks, in a stable order. */
    public static CheckRegistry standard() {
        return new CheckRegistry(ALL);
    }

    /** A registry of exactly {@code checks} (tests, or a desk running a subset). */
    public static CheckRegistry of(List<Check> checks) {
        return new CheckRegistry(checks);
    }

    public List<Check> checks() {
        return List.copyOf(byId.values());
    }

    public Check get(String id) {
        return byId.get(id);
    }
}
