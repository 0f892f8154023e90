package dev.transcheck.lab.bench;

import dev.transcheck.io.EncodingDetector;
import dev.transcheck.io.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Encoding-detection benchmark (not a unit test): encodes every NTREX-128 uk/ru/en document (whole,
 * and each single line of 20+ characters) in each legacy encoding that can represent it and
 * counts how often detection gives back the original text. Characters an encoding lacks (« » — in
 * KOI8) are replaced by ASCII look-alikes first, as old files did.
 */
public final class EncodingBench {
    private EncodingBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("give the NTREX-128 folder");
        }
        Path root = Path.of(args[0]);
        String[] charsets = {"windows-1251", "KOI8-U", "KOI8-R", "IBM866", "windows-1252", "UTF-8"};
        for (String lang : new String[] {"uk", "ru", "en"}) {
            for (String cs : charsets) {
                int[] docs = new int[3];
                int[] lines = new int[3];
                for (String pair : new String[] {"en-uk", "en-ru"}) {
                    Path dir = root.resolve(pair).resolve("docs");
                    if (!Files.isDirectory(dir) || lang.equals("en") && pair.equals("en-ru")) {
                        continue;
                    }
                    List<Path> files;
                    try (Stream<Path> s = Files.list(dir)) {
                        files = s.filter(p -> p.getFileName().toString().endsWith("." + lang + ".txt")).sorted().toList();
                    }
                    for (Path f : files) {
                        String text = plain(Files.readString(f));
                        trial(text, Charset.forName(cs), docs);
                        for (String line : text.split("\n")) {
                            if (line.strip().length() >= 20) {
                                trial(line, Charset.forName(cs), lines);
                            }
                        }
                    }
                }
                if (docs[0] + docs[1] + docs[2] > 0) {
                    System.out.printf(Locale.ROOT, "%s in %-12s documents: %d right, %d wrong, %d undetected (of %d encodable) | "
                            + "single lines: %d right, %d wrong, %d undetected%n", lang, cs, docs[0], docs[1], docs[2],
                            docs[0] + docs[1] + docs[2], lines[0], lines[1], lines[2]);
                }
            }
        }
    }

    /** Typographic signs that 8-bit Cyrillic encodings lack, as ASCII. */
    private static String plain(String s) {
        return s.replace('«', '"').replace('»', '"').replace('“', '"').replace('”', '"').replace('„', '"')
                .replace('’', '\'').replace('ʼ', '\'').replace('—', '-').replace('–', '-').replace("…", "...")
                .replace('\u00A0', ' ');
    }

    private static void trial(String text, Charset cs, int[] acc) {
        byte[] bytes;
        try {
            bytes = cs.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(java.nio.CharBuffer.wrap(text)).array();
            ByteBuffer bb = cs.newEncoder().encode(java.nio.CharBuffer.wrap(text));
            bytes = new byte[bb.remaining()];
            bb.get(bytes);
        } catch (CharacterCodingException e) {
            return; // not representable in this encoding
        }
        try {
            String got = EncodingDetector.decode("x", bytes, null).text();
            acc[got.equals(text) ? 0 : 1]++;
        } catch (InputException e) {
            acc[2]++;
        }
    }
}
