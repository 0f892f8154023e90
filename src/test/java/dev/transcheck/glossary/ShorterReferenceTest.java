package dev.transcheck.glossary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Shortenings of a glossary form that a translator writes after the full name. */
class ShorterReferenceTest {

    @Test
    void compoundClippingsAreShorterReferences() {
        assertTrue(TermAnalysis.shorterReference("Нацбанк", "Національний банк України"));
        assertTrue(TermAnalysis.shorterReference("Нацбанку", "Національний банк України"));
        assertTrue(TermAnalysis.shorterReference("Мінфін", "Міністерство фінансів"));
        assertTrue(TermAnalysis.shorterReference("Госдума", "Государственная дума"));
    }

    @Test
    void otherWordsAreNot() {
        // a single word that is not made of the starts of the full form's words
        assertFalse(TermAnalysis.shorterReference("Нацбанкір", "Національний банк України"));
        assertFalse(TermAnalysis.shorterReference("Регулятор", "Національний банк України"));
        // one piece only is no clipping: the start of one word
        assertFalse(TermAnalysis.shorterReference("Націонал", "Національний банк України"));
    }
}
