package dev.transcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.transcheck.io.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input files end in exit status 2 with one line naming the file, quickly, and without
 * reading what they point at. Each has a near miss that is read as usual.
 */
class HostileFilesTest {
    @TempDir
    Path dir;

    static final String XLF_HEAD = "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
            + "<file original=\"a\" source-language=\"uk\" target-language=\"en\" datatype=\"plaintext\"><body>";
    static final String XLF_TAIL = "</body></file></xliff>";

    private void refusedQuickly(Path p, String... extra) {
        long t0 = System.nanoTime();
        String[] args = new String[2 + extra.length];
        args[0] = "check";
        args[1] = p.toString();
        System.arraycopy(extra, 0, args, 2, extra.length);
        Run.Result r = Run.main(args);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(2, r.status(), r.err() + r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(p.getFileName().toString()), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("root:"), "a local file's content leaked: " + r.err());
        assertTrue(ms < 10_000, "took " + ms + " ms");
    }

    @Test
    void xxeReadingALocalFileIsRefused() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "root:x:0:0:secret");
        Path p = dir.resolve("xxe.xlf");
        Files.writeString(p, "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>\n"
                + XLF_HEAD + "<trans-unit id=\"1\"><source>Текст &s;</source><target>Text &s;</target></trans-unit>" + XLF_TAIL);
        refusedQuickly(p);
    }

    @Test
    void billionLaughsIsRefused() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE xliff [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        Path p = dir.resolve("laughs.xlf");
        Files.writeString(p, "<?xml version=\"1.0\"?>\n" + dtd + XLF_HEAD
                + "<trans-unit id=\"1\"><source>&l10;</source><target>&l10;</target></trans-unit>" + XLF_TAIL);
        refusedQuickly(p);
    }

    @Test
    void aGigabyteEntityExpansionInATmxIsRefused() throws Exception {
        // one 1 MB entity used 1,000 times: 1 GB once expanded
        String mb = "x".repeat(1 << 20);
        Path p = dir.resolve("big.tmx");
        Files.writeString(p, "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY big \"" + mb + "\">]>\n<tmx version=\"1.4\">"
                + "<header srclang=\"uk\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" datatype=\"plaintext\" creationtool=\"x\" creationtoolversion=\"1\"/>"
                + "<body><tu><tuv xml:lang=\"uk\"><seg>" + "&big;".repeat(1000) + "</seg></tuv><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu></body></tmx>");
        refusedQuickly(p);
    }

    @Test
    void xxeInsideADocxPartIsRefused() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "root:x:0:0:secret");
        byte[] docx = Fixtures.docx(Fixtures.para("Текст", null), "word/settings.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><s>&x;</s>");
        Path p = dir.resolve("xxe.uk.docx");
        Files.write(p, docx);
        refusedQuickly(p, dir.resolve("b.en.txt").toString());
    }

    @Test
    void aZipBombDocxIsRefused() throws Exception {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bos)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("word/media/zeros.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertTrue(bos.size() < 1_000_000, "the bomb is small: " + bos.size());
        Path p = dir.resolve("bomb.uk.docx");
        Files.write(p, bos.toByteArray());
        refusedQuickly(p, dir.resolve("b.en.txt").toString());
    }

    @Test
    void brokenFilesEndInOneLineNamingTheFile() throws Exception {
        String[][] cases = {
            {"bad.xlf", XLF_HEAD + "<trans-unit id=\"1\"><source>abc</source>" + XLF_TAIL, "is not well-formed XML"},
            {"empty.xlf", XLF_HEAD + XLF_TAIL, "has no segments to check"},
            {"page.xlf", "<html><body>x</body></html>", "is not XLIFF (the root element is <html>)"},
            {"tm.tmx", "<tmx version=\"1.4\"><header srclang=\"uk\"/><body><tu><tuv xml:lang=\"uk\"><seg>x</seg></tuv></tu></body></tmx>",
                "has no translation language"},
            {"bad.po", "msgid \"a\"\n", "has no segments to check"},
        };
        for (String[] c : cases) {
            Path p = dir.resolve(c[0]);
            Files.writeString(p, c[1]);
            Run.Result r = Run.main("check", p.toString());
            assertEquals(2, r.status(), c[0] + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("transcheck: " + p) && r.err().contains(c[2]), r.err());
        }
        Path fake = dir.resolve("fake.uk.docx");
        Files.writeString(fake, "just text");
        Run.Result r = Run.main("check", fake.toString(), dir.resolve("b.en.txt").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("is not a zip/Office file"), r.err());
    }

    @Test
    void nearMissAnXliffWithAnXmlDeclarationAndNoDtdIsRead() throws Exception {
        Path p = dir.resolve("ok.xlf");
        Files.writeString(p, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + XLF_HEAD
                + "<trans-unit id=\"1\"><source>Зустріч відбулася в п'ятницю &amp; суботу.</source>"
                + "<target>The meeting took place on Friday &amp; Saturday.</target></trans-unit>" + XLF_TAIL);
        Run.Result r = Run.main("check", p.toString(), "--glossary", dir.toString());
        assertEquals(0, r.status(), r.err() + r.out());
    }
}
