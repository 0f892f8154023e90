package dev.transcheck.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Found by the fuzzer: the JDK's StAX parser printed "[Fatal Error] ..." to standard error on invalid UTF-8. */
class SafeXmlTest {
    @Test
    void invalidUtf8IsOneErrorAndNothingPrinted() throws Exception {
        byte[] xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>\nТекст ÿ</a>".getBytes(StandardCharsets.UTF_8);
        xml[xml.length - 6] = (byte) 0x41; // the first byte of 'ÿ' (C3 BF) becomes 'A': a lone BF at byte 55
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        InputException e;
        try {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            e = assertThrows(InputException.class, () -> SafeXml.check("x.xlf", xml));
        } finally {
            System.setErr(err);
        }
        assertEquals("x.xlf:3: is not well-formed XML (invalid UTF-8 at byte 55)", e.getMessage());
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }

    /** Near misses: valid UTF-8 (with a BOM too), a declared legacy encoding and UTF-16 are read by the parser. */
    @Test
    void validOrOtherwiseDeclaredEncodingsPass() throws Exception {
        assertEquals("a", SafeXml.check("u.xml", "<?xml version=\"1.0\"?><a>Текст</a>".getBytes(StandardCharsets.UTF_8)).rootName());
        assertEquals("a", SafeXml.check("b.xml", ("\uFEFF<a>Текст</a>").getBytes(StandardCharsets.UTF_8)).rootName());
        byte[] cp1251 = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><a>Текст</a>".getBytes(Charset.forName("windows-1251"));
        assertEquals("a", SafeXml.check("w.xml", cp1251).rootName());
        byte[] utf16 = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>Текст</a>".getBytes(StandardCharsets.UTF_16BE);
        assertTrue(SafeXml.check("s.xml", utf16).rootName().equals("a"));
    }

    /** Found by the fuzzer: a DTD cut off at the end of the file made the JDK's parser print an exception's name. */
    @Test
    void truncatedDoctypeIsRefusedWithoutPrinting() throws Exception {
        byte[] xml = "<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd".getBytes(StandardCharsets.UTF_8);
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        InputException e;
        try {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            e = assertThrows(InputException.class, () -> SafeXml.check("x.xliff", xml));
        } finally {
            System.setErr(err);
        }
        assertTrue(e.getMessage().startsWith("x.xliff:3: has a document type declaration"), e.getMessage());
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
        // near miss: the word DOCTYPE inside a comment or the text is no declaration
        assertEquals("a", SafeXml.check("c.xml", "<!-- <!DOCTYPE --><a>&lt;!DOCTYPE x&gt;</a>".getBytes(StandardCharsets.UTF_8)).rootName());
    }
}
