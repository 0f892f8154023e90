package dev.transcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How omission.partial tells a source name missing from a bead's translation: each rule with a
 * case it must flag as missing and a near miss it must take as written.
 */
class OmissionPartialNamesTest {
    private static final List<OmissionPartialCheck.Nearby> NONE = List.of();

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
    void aWordOfOneConsonantLeavesTheDecisionToTheOthers() {
        String src = "Фасади прикрашають скульптури, виконані італійським скульптором Еліо Саля.";
        assertEquals(List.of("Еліо Саля"),
                OmissionPartialCheck.missingNameGroups(src, OmissionPartialCheck.written("The facades are decorated with sculptures."), NONE));
        assertEquals(List.of(), OmissionPartialCheck.missingNameGroups(src,
                OmissionPartialCheck.written("The facades are decorated with sculptures by the Italian sculptor Elio Sala."), NONE));
    }

    @Test
    void aNameInTheNeighbourCountsAsMovedOnlyWhenItsOwnSourceLacksIt() {
        String src = "Учні почнуть навчання вже у вересні, а Лісова пообіцяла приїхати на перший урок.";
        OmissionPartialCheck.Written here = OmissionPartialCheck.written("Pupils will start their studies as early as September.");
        OmissionPartialCheck.Written next = OmissionPartialCheck.written("Lisova also plans to open two more schools next year.");
        String key = OmissionPartialCheck.key("Лісова");
        assertEquals(List.of("Лісова"), OmissionPartialCheck.missingNameGroups(src, here,
                List.of(new OmissionPartialCheck.Nearby(next, Set.of(key)))));
        assertEquals(List.of(), OmissionPartialCheck.missingNameGroups(src, here,
                List.of(new OmissionPartialCheck.Nearby(next, Set.of()))));
    }
}
