package dev.transcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How omission.partial tells a source name missing from a bead's translation: each rule with a
 * case it must flag as missing and a near miss it must take as written.
 */
class OmissionPartialNamesTest {
    private static final List<OmissionPartialCheck.Written> NONE = List.of();

    @Test
    void aNameOfTwoConsonantsNeedsACapitalisedWord() {
        // Наду (nd) is not written by "understanding" or "and"; Nad is
        OmissionPartialCheck.Written plain = OmissionPartialCheck.written("It's hard to explain, and understanding came later.");
        assertFalse(OmissionPartialCheck.present("Наду", plain));
        assertTrue(OmissionPartialCheck.present("Наду", OmissionPartialCheck.written("I felt sympathy for Nad.")));
        // three consonants or more: any word beginning with them, as before (a case form, a lower-case adjective)
        assertTrue(OmissionPartialCheck.present("Бєлоусова", OmissionPartialCheck.written("said belousov's deputy")));
        assertFalse(OmissionPartialCheck.present("Бєлоусова", OmissionPartialCheck.written("the figure below")));
    }

    @Test
    void aNameOfTwoConsonantsIsMissingWhenNoCapitalisedWordWritesIt() {
        String src = "Це важко пояснити, але саме під час польоту я почала глибоко співчувати Наду.";
        assertEquals(List.of("Наду"), OmissionPartialCheck.missingNameGroups(src,
                OmissionPartialCheck.written("It's hard to explain, and understanding came later."), NONE));
        assertEquals(List.of(), OmissionPartialCheck.missingNameGroups(src,
                OmissionPartialCheck.written("It's hard to explain, but on the flight I felt sympathy for Nad."), NONE));
    }
}
