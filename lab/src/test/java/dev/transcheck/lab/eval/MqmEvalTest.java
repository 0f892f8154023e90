package dev.transcheck.lab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.transcheck.Transcheck;
import dev.transcheck.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Bio-MQM harness on a sample of documents (every 8th); the full run is {@code lab/run eval-mqm}. */
class MqmEvalTest {
    static final Path BENCH = dev.transcheck.lab.BenchData.forTests();

    @Test
    void sampleKeepsFalseAlarmsLowAndFindsNumberFormats() throws Exception {
        assumeTrue(BENCH != null, "no benchmark folder ($TRANSCHECK_BENCH or ../shared/bench)");
        Path tsv = BENCH.resolve("bio-mqm").resolve("bio-mqm_round2.en-ru.tsv");
        assumeTrue(Files.isRegularFile(tsv), tsv + " is absent");
        MqmEval.Result r = new MqmEval(Transcheck.builder().build()).run(tsv, "en-ru", 8);
        assertTrue(r.segments() > 200, "segments " + r.segments());
        assertTrue(r.falseAlarmRate() <= 0.02, MqmEval.table(r));
        MqmEval.Score nf = r.scores().get(MqmEval.Cat.NUMBER_FORMAT);
        assertTrue(nf.recall() > 0.5 && nf.precision() > 0.5, MqmEval.table(r));
    }

    @Test
    void categoriesMapFromBothSides() {
        assertEquals(MqmEval.Cat.OMISSION, MqmEval.annotationCategory("Accuracy", "Omission"));
        assertEquals(MqmEval.Cat.NUMBER_FORMAT, MqmEval.annotationCategory("Locale conventions", "Measurement format"));
        assertEquals(MqmEval.Cat.TERMINOLOGY, MqmEval.annotationCategory("Terminology", "Inconsistent"));
        assertEquals(null, MqmEval.annotationCategory("Style", "Non fluent"));
        assertEquals(MqmEval.Cat.NUMBER_FORMAT, MqmEval.findingCategory("locale-convention/number-format"));
        assertEquals(MqmEval.Cat.MISTRANSLATION, MqmEval.findingCategory("accuracy/mistranslation"));
    }

    @Test
    void commandRunsOnATinyFileAndRejectsAMissingOne(@TempDir Path dir) throws Exception {
        String head = "lp\tround\tsystem\tis_human_translation\tdoc_id\tseg_id\tannotator\terror_side\tstart\tend_excl"
                + "\tspan\tspan_ok\tcategory\tsubcategory\tseverity\tsource\ttarget\n";
        Files.writeString(dir.resolve("bio-mqm_round2.ru-en.tsv"), head
                + "ru-en\tround2\tS\tFalse\td1\t1\tA\t\t\t\t\t\tNO_ERROR\t\t\tВыжили 15 пациентов.\t15 patients survived.\n"
                + "ru-en\tround2\tS\tFalse\td1\t2\tA\ttarget\t0\t2\t50\tyes\tAccuracy\tMistranslation\tMajor"
                + "\tУмерли 5 пациентов.\t50 patients died.\n");
        assertEquals(0, dev.transcheck.lab.LabMain.run("eval-mqm", "--data", dir.toString(), "--lp", "ru-en"));
        MqmEval.Result r = new MqmEval(Transcheck.builder().build()).run(dir.resolve("bio-mqm_round2.ru-en.tsv"), "ru-en", 1);
        assertEquals(1, r.errorFree());
        assertEquals(0, r.falseAlarms());
        assertEquals(new MqmEval.Score(1, 0, 0), r.scores().get(MqmEval.Cat.MISTRANSLATION));
        assertEquals(2, dev.transcheck.lab.LabMain.run("eval-mqm", "--data", dir.resolve("none").toString()));
    }

    @Test
    void badInputNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("bad.tsv");
        Files.writeString(tsv, "system\tdoc_id\tseg_id\tcategory\tsubcategory\tsource\ttarget\nA\td1\tx\tNO_ERROR\t\ts\tt\n");
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> MqmEval.read(tsv, 1));
        assertTrue(e.getMessage().contains(":2"), e.getMessage());
    }
}
