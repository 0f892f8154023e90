package dev.transcheck.lab.jmh;

import dev.transcheck.Transcheck;
import dev.transcheck.lab.bench.ShapeBench;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Document;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark of the aligner on repetitive input of 2,000 source words ({@link ShapeBench}): one-word
 * sentences, a periodic text, list items and table rows, whose sentences are many per word and give
 * the coarse level little to go by (docs/performance.md, "the aligner on repetitive text").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ShapeBenchmarks {
    @Param({"words", "periodic", "list", "table"})
    public String shape;

    private Transcheck tc;
    private Document source;
    private Document translation;

    @Setup
    public void setUp() {
        tc = Transcheck.builder().build();
        String[] d = new ShapeBench(null).documents(shape, 2000);
        source = tc.document("s.uk.txt", "uk", d[0]);
        translation = tc.document("t.en.txt", "en", d[1]);
    }

    @Benchmark
    public Alignment align() {
        return tc.align(source, translation);
    }
}
