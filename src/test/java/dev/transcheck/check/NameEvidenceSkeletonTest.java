package dev.transcheck.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The loose skeletons by which omission.partial tells that a translation writes a name nowhere
 * (NameEvidence.absentEverywhere): a name in another transliteration must count as written,
 * another name must not.
 */
class NameEvidenceSkeletonTest {
    @ParameterizedTest
    @CsvSource({
        "Rangers, Рейнджерс",
        "Jones, Джонс",
        "Alcaraz, Алькарас",
        "Dwyer, Дуайер",
        "Gerrard, Джеррардом",
        "Belousov, Бєлоусова",
    })
    void transliterationsAreOneName(String latin, String cyrillic) {
        assertTrue(NameEvidence.sameName(NameEvidence.loose(latin), NameEvidence.loose(cyrillic)), latin + " / " + cyrillic);
    }

    @ParameterizedTest
    @CsvSource({
        "Mandela, Мандарин",
        "Pennock, Пекін",
        "Rangers, Ромашка",
        "Jones, Джексон",
    })
    void otherNamesStayApart(String latin, String cyrillic) {
        assertFalse(NameEvidence.sameName(NameEvidence.loose(latin), NameEvidence.loose(cyrillic)), latin + " / " + cyrillic);
    }
}
