package dev.transcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.transcheck.Transcheck;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import dev.transcheck.model.Finding;
import dev.transcheck.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value unmatched in its bead is forgiven when a neighbouring bead of the other side holds it
 * unmatched too (moved across a sentence boundary), never when the neighbour's value pairs where
 * it stands.
 */
class NumberNeighbourTest {
    static final Transcheck TC = Transcheck.builder().build();

    static Document doc(String lang, String... sentences) {
        StringBuilder sb = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            int start = sb.length();
            sb.append(sentences[i]);
            out.add(new Sentence(i, i, start, sb.length(), sentences[i]));
            sb.append(' ');
        }
        return new Document("<" + lang + ">", lang, sb.toString(), out);
    }

    static List<String> errors(Document s, Document t) {
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            beads.add(new Bead(List.of(i), List.of(i), 1.0));
        }
        List<String> out = new ArrayList<>();
        for (Finding f : TC.check(s, t, new Alignment(beads, s.size(), t.size())).findings()) {
            if (f.check().startsWith("number.") || f.check().startsWith("date.")) {
                out.add(f.check() + "@" + (f.source() != null ? f.source().sentence() : f.translation().sentence()));
            }
        }
        return out;
    }

    @Test
    void aChangedDateNextToTheSameMonthIsFlagged() {
        Document s = doc("uk", "Генпрокурор у червні видав наказ.", "Сешнс заявив про це 11 червня.");
        Document t = doc("en", "The attorney general issued the order in June.", "Sessions said so on June 13.");
        assertEquals(List.of("date.mismatch@1"), errors(s, t));
    }

    @Test
    void aChangedBareMonthNextToTheSameMonthIsFlagged() {
        Document s = doc("en", "Sessions ordered the judges to stop in June.", "He announced the policy on June 11.");
        Document t = doc("uk", "Сешнс у липні наказав суддям припинити.", "Він оголосив політику 11 червня.");
        assertEquals(List.of("date.mismatch@0"), errors(s, t));
    }

    @Test
    void aDateMovedToTheNextSentenceIsNot() {
        Document s = doc("uk", "Сешнс виступив 11 червня. Він оголосив нову політику.", "Судді її виконали.");
        Document t = doc("en", "Sessions spoke.", "On June 11 he announced a new policy, and the judges followed it.");
        assertEquals(List.of(), errors(s, t));
    }
}
