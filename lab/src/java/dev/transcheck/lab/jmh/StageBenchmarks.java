package dev.transcheck.lab.jmh;

import dev.transcheck.Transcheck;
import dev.transcheck.glossary.GlossaryLoader;
import dev.transcheck.io.EncodingDetector;
import dev.transcheck.io.HtmlText;
import dev.transcheck.io.MarkdownText;
import dev.transcheck.lab.bench.ScaleBench;
import dev.transcheck.model.Alignment;
import dev.transcheck.model.Document;
import dev.transcheck.model.Report;
import dev.transcheck.segment.Segmenter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * JMH benchmarks of the stages on the zapad-2025 sample (samples/zapad-2025), per language pair:
 * the readers, segmentation, alignment and the full check. Run with {@code lab/run jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StageBenchmarks {
    /** The source language of the sample; the translation is English. */
    @Param({"uk", "ru"})
    public String pair;

    private Transcheck tc;
    private Segmenter segmenter;
    private String source;
    private String translation;
    private byte[] sourceBytes;
    private String markdown;
    private String html;
    private Document sourceDoc;
    private Document translationDoc;

    @Setup
    public void setUp() throws Exception {
        Path home = Path.of(System.getProperty("transcheck.home", "."));
        Path sample = home.resolve("samples/zapad-2025");
        source = Files.readString(sample.resolve("source." + pair + ".txt"), StandardCharsets.UTF_8);
        translation = Files.readString(sample.resolve("translation.en.txt"), StandardCharsets.UTF_8);
        sourceBytes = source.getBytes(StandardCharsets.UTF_8);
        markdown = ScaleBench.markdown(source);
        html = ScaleBench.html(source);
        tc = Transcheck.builder().glossary(GlossaryLoader.loadAll(List.of(home.resolve("glossaries")))).build();
        segmenter = new Segmenter();
        sourceDoc = tc.document("source." + pair + ".txt", pair, source);
        translationDoc = tc.document("translation.en.txt", "en", translation);
    }

    @Benchmark
    public String readText() throws Exception {
        return EncodingDetector.decode("source.txt", sourceBytes, null).text();
    }

    @Benchmark
    public Object readMarkdown() {
        return MarkdownText.extract(markdown);
    }

    @Benchmark
    public Object readHtml() {
        return HtmlText.extract(html);
    }

    @Benchmark
    public int segment() {
        return segmenter.segment(source, pair).size() + segmenter.segment(translation, "en").size();
    }

    @Benchmark
    public Alignment align() {
        return tc.align(sourceDoc, translationDoc);
    }

    /** The whole check as the command line runs it after reading: segmentation, alignment, checks. */
    @Benchmark
    public Report check() {
        Document s = tc.document("source." + pair + ".txt", pair, source);
        Document t = tc.document("translation.en.txt", "en", translation);
        return tc.check(s, t);
    }
}
