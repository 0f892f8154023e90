package dev.transcheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zip containers the fuzzer found to slip past or crash the DOCX gate, each with its near miss. */
class SafeZipTest {
    @TempDir
    Path dir;

    /** Found by the fuzzer: an entry name that is not UTF-8 threw IllegalArgumentException out of the gate. */
    @Test
    void entryNameThatIsNotUtf8IsRefusedCleanly() throws Exception {
        byte[] zip = Fixtures.docx(Fixtures.para("Текст.", null), "word/media/@@.bin", "x");
        byte[] bad = zip.clone();
        for (int i = 0; i + 1 < bad.length; i++) {
            if (bad[i] == '@' && bad[i + 1] == '@') {
                bad[i] = (byte) 0xFF;
                bad[i + 1] = (byte) 0xFE;
            }
        }
        Path p = Files.write(dir.resolve("bad.uk.docx"), bad);
        InputException e = assertThrows(InputException.class, () -> Formats.readArticle(p, null));
        assertTrue(e.getMessage().startsWith(p + ": is not a zip/Office file"), e.getMessage());
        Path ok = Files.write(dir.resolve("ok.uk.docx"), zip);
        assertEquals("Текст.", Formats.readArticle(ok, null).text());
    }

    /**
     * Found while fuzzing the DOCX reader: a part listed in the zip's central directory but stored
     * inside another entry's data is invisible to a ZipInputStream, so the gate never checked it
     * while Okapi (ZipFile) read it. The gate now reads the central directory: the DOCTYPE is seen.
     */
    @Test
    void partHiddenFromASequentialReadIsStillChecked() throws Exception {
        String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                + "Текст &x;</w:t></w:r></w:p></w:body></w:document>";
        Path p = Files.write(dir.resolve("hidden.uk.docx"), hiddenDocument(doc));
        InputException e = assertThrows(InputException.class, () -> Formats.readArticle(p, null));
        assertTrue(e.getMessage().startsWith(p + "!word/document.xml:2: has a document type declaration"), e.getMessage());
        // near miss: the same layout with a harmless document is read
        String plain = "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>Текст.</w:t></w:r></w:p></w:body></w:document>";
        Path ok = Files.write(dir.resolve("hidden-ok.uk.docx"), hiddenDocument(plain));
        assertEquals("Текст.", Formats.readArticle(ok, null).text());
    }

    /** A DOCX whose word/document.xml is stored inside the data of another (stored) entry, listed only in the directory. */
    static byte[] hiddenDocument(String document) throws Exception {
        byte[] whole = Fixtures.docx("");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Object[]> directory = new java.util.ArrayList<>();
        for (String part : List.of("[Content_Types].xml", "_rels/.rels")) {
            byte[] data = partOf(whole, part);
            directory.add(new Object[] {part, data, out.size()});
            out.write(local(part, data));
        }
        byte[] docBytes = document.getBytes(StandardCharsets.UTF_8);
        byte[] inner = local("word/document.xml", docBytes);
        byte[] blob = local("word/media/blob.bin", inner);
        int innerAt = out.size() + blob.length - inner.length;
        out.write(blob);
        directory.add(new Object[] {"word/document.xml", docBytes, innerAt});
        int cdStart = out.size();
        for (Object[] d : directory) {
            out.write(central((String) d[0], (byte[]) d[1], (Integer) d[2]));
        }
        int cdSize = out.size() - cdStart;
        ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) directory.size())
                .putShort((short) directory.size()).putInt(cdSize).putInt(cdStart).putShort((short) 0);
        out.write(end.array());
        return out.toByteArray();
    }

    private static byte[] partOf(byte[] zip, String name) throws Exception {
        try (var z = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return z.readAllBytes();
                }
            }
        }
        throw new IllegalStateException(name);
    }

    private static int crc(byte[] data) {
        CRC32 c = new CRC32();
        c.update(data);
        return (int) c.getValue();
    }

    private static byte[] local(String name, byte[] data) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(30 + n.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putInt(crc(data)).putInt(data.length).putInt(data.length).putShort((short) n.length)
                .putShort((short) 0).put(n).put(data);
        return b.array();
    }

    private static byte[] central(String name, byte[] data, int offset) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(46 + n.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0).putInt(crc(data)).putInt(data.length).putInt(data.length)
                .putShort((short) n.length).putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putInt(0).putInt(offset).put(n);
        return b.array();
    }
}
