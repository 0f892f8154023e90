package dev.transcheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Encoding detection and the file checks of {@link TextReader}. */
class TextReaderTest {
    static final String UK = "Лукашенко заявив, що Білорусь не збирається ні на кого нападати. "
            + "Їхні навчання \"Захід-2025\" пройдуть у вересні; з'єднання ґрунтовно готуються.\n"
            + "Міністр оборони Росії Андрій Бєлоусов прибув до Мінська.\n";
    static final String RU = "Лукашенко заявил, что Белоруссия не собирается ни на кого нападать. "
            + "Учения \"Запад-2025\" пройдут в сентябре; подъезды к полигонам съёмочные группы уже изучили.\n"
            + "Министр обороны России Андрей Белоусов прибыл в Минск.\n";
    static final String EN = "Lukashenko said Belarus had no intention of attacking anyone — the café owner agreed.\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "uk, windows-1251", "uk, KOI8-U", "ru, windows-1251", "ru, KOI8-R", "ru, KOI8-U", "ru, IBM866",
        "uk, UTF-8", "ru, UTF-8", "en, windows-1252", "en, UTF-8"})
    void detectsEncodings(String lang, String charset) throws Exception {
        String text = switch (lang) {
            case "uk" -> UK;
            case "ru" -> RU;
            default -> EN;
        };
        Path p = write("a." + lang + ".txt", text.getBytes(Charset.forName(charset)));
        assertEquals(text, TextReader.read(p, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"windows-1251", "KOI8-U", "KOI8-R", "IBM866"})
    void shortAndOddCasedCyrillicIsNotConfused(String charset) throws Exception {
        for (String text : new String[] {"ЛУКАШЕНКО ЗАЯВИВ ПРО НАВЧАННЯ\n", "привіт, світе\n", "Мінськ", "ЗАХІД-2025 РОЗПОЧАВСЯ"}) {
            String t = charset.equals("KOI8-R") || charset.equals("IBM866") ? text.replace('і', 'и').replace('І', 'И') : text;
            Path p = write("short.txt", t.getBytes(Charset.forName(charset)));
            assertEquals(t, TextReader.read(p, null), charset + ": " + t);
        }
    }

    @Test
    void currencyAndNumberSignsInLatinText() throws Exception {
        for (String t : new String[] {"The deal is worth €10m, they said.\n", "A push into the UK's £2.8bn market.\n",
            "He won by 2½ lengths.\n", "It was 25°C and the café was full.\n"}) {
            Path p = write("sign.en.txt", t.getBytes(Charset.forName("windows-1252")));
            assertEquals(t, TextReader.read(p, null), t);
        }
    }

    @Test
    void byteOrderMarks() throws Exception {
        byte[] utf8 = UK.getBytes(StandardCharsets.UTF_8);
        assertEquals(UK, TextReader.read(write("bom8.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8)), null));
        assertEquals(UK, TextReader.read(write("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                UK.getBytes(StandardCharsets.UTF_16LE))), null));
        assertEquals(UK, TextReader.read(write("be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                UK.getBytes(StandardCharsets.UTF_16BE))), null));
        // a forced encoding drops the mark too
        assertEquals(UK, TextReader.read(write("bom8f.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8)), "utf-8"));
    }

    @Test
    void encodingOverride() throws Exception {
        Path p = write("x.txt", RU.getBytes(Charset.forName("KOI8-R")));
        assertEquals(RU, TextReader.read(p, "koi8-r"));
        // forced wrongly: decodes (every byte is defined in windows-1251) but differently
        assertTrue(!RU.equals(TextReader.read(p, "windows-1251")));
        InputException e = assertThrows(InputException.class, () -> TextReader.read(p, "no-such-charset"));
        assertTrue(e.getMessage().contains("unknown encoding"), e.getMessage());
    }

    @Test
    void invalidUtf8WhenForcedNamesTheLine() throws Exception {
        Path p = write("bad.txt", ("line one\nline two\n" + RU).getBytes(Charset.forName("windows-1251")));
        InputException e = assertThrows(InputException.class, () -> TextReader.read(p, "utf-8"));
        assertTrue(e.getMessage().startsWith(p + ":3: invalid UTF-8 byte sequence"), e.getMessage());
    }

    @Test
    void damagedUtf8NamesTheLine() throws Exception {
        byte[] good = ("Перший рядок.\nДругий рядок.\nТретій ").getBytes(StandardCharsets.UTF_8);
        byte[] rest = "рядок.\n".getBytes(StandardCharsets.UTF_8);
        Path p = write("damaged.txt", concat(concat(good, new byte[] {(byte) 0xFF}), rest));
        InputException e = assertThrows(InputException.class, () -> TextReader.read(p, null));
        assertTrue(e.getMessage().startsWith(p + ":3: invalid UTF-8"), e.getMessage());
    }

    @Test
    void randomHighBytesAreUndetectable() throws Exception {
        Random r = new Random(7);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < 3000; i++) {
            b.write(r.nextInt(6) == 0 ? ' ' : 0x80 + r.nextInt(128));
        }
        Path p = write("noise.txt", b.toByteArray());
        InputException e = assertThrows(InputException.class, () -> TextReader.read(p, null));
        assertTrue(e.getMessage().contains("cannot detect the encoding") && e.getMessage().contains("--encoding"), e.getMessage());
    }

    @Test
    void lowerCaseLetterSoupIsUndetectable() throws Exception {
        // only windows-1251 lower-case letters, uniformly random: well-formed words, implausible letters
        Random r = new Random(11);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < 3000; i++) {
            b.write(r.nextInt(6) == 0 ? ' ' : 0xE0 + r.nextInt(32));
        }
        Path p = write("soup.txt", b.toByteArray());
        InputException e = assertThrows(InputException.class, () -> TextReader.read(p, null));
        assertTrue(e.getMessage().contains("cannot detect the encoding"), e.getMessage());
    }

    @Test
    void binaryFiles() throws Exception {
        Path nul = write("a.bin", new byte[] {'a', 'b', 0, 'c', 'd'});
        InputException e = assertThrows(InputException.class, () -> TextReader.read(nul, null));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
        byte[] ctl = new byte[400];
        for (int i = 0; i < ctl.length; i++) {
            ctl[i] = (byte) (i % 5 == 0 ? 0x01 : 'a');
        }
        InputException e2 = assertThrows(InputException.class, () -> TextReader.read(write("c.bin", ctl), null));
        assertTrue(e2.getMessage().contains("binary"), e2.getMessage());
    }

    @Test
    void fileProblems() throws Exception {
        assertTrue(assertThrows(InputException.class, () -> TextReader.read(dir.resolve("missing.txt"), null))
                .getMessage().endsWith("no such file"));
        assertTrue(assertThrows(InputException.class, () -> TextReader.read(dir, null))
                .getMessage().contains("is a directory"));
        assertTrue(assertThrows(InputException.class, () -> TextReader.read(write("e.txt", new byte[0]), null))
                .getMessage().contains("empty"));
        assertTrue(assertThrows(InputException.class, () -> TextReader.read(write("w.txt", " \n\t\n".getBytes()), null))
                .getMessage().contains("no text"));
    }

    @Test
    void hugeFileIsRefusedWithoutReadingIt() throws Exception {
        Path p = dir.resolve("huge.txt");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: no 50 MB are written
        }
        long t0 = System.nanoTime();
        InputException e = assertThrows(InputException.class, () -> TextReader.read(p, null));
        assertTrue(e.getMessage().contains("too large (50 MB"), e.getMessage());
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "refused without reading");
    }

    @Test
    void crlfIsKept() throws Exception {
        String t = "Перший.\r\nДругий.\r\n";
        assertEquals(t, TextReader.read(write("crlf.txt", t.getBytes(Charset.forName("windows-1251"))), null));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
