package dev.transcheck.lab.numbers;

import dev.transcheck.text.numbers.NumberExtractor;
import dev.transcheck.text.numbers.NumberMatch;
import dev.transcheck.text.numbers.NumericEntity;

/** Lab tool: prints the entities of "lang:text" arguments, and the match of the first two. */
public final class NumberProbe {
    public static void main(String[] args) {
        java.util.List<java.util.List<NumericEntity>> all = new java.util.ArrayList<>();
        for (String a : args) {
            int c = a.indexOf(':');
            var es = NumberExtractor.extract(a.substring(c + 1), a.substring(0, c));
            all.add(es);
            System.out.println(a);
            for (NumericEntity e : es) {
                System.out.println("   " + e.kind() + " " + e.display() + " unit=" + e.unit() + " spelled=" + e.spelled()
                        + " [" + e.text() + "]");
            }
        }
        if (all.size() == 2) {
            NumberMatch m = NumberMatch.of(all.get(0), all.get(1));
            System.out.println("clean=" + m.clean() + " srcOnly=" + m.sourceOnly().stream().map(NumericEntity::text).toList()
                    + " tgtOnly=" + m.translationOnly().stream().map(NumericEntity::text).toList()
                    + " srcDates=" + m.sourceDates().stream().map(NumericEntity::text).toList()
                    + " tgtDates=" + m.translationDates().stream().map(NumericEntity::text).toList());
        }
    }
}
