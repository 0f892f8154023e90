package dev.transcheck.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * {@link ShippedResources} answers from transcheck's own jar when it runs from one: right only if
 * no library holds a file under the folders it is asked about (StartupTest runs it from a jar and
 * compares the report with the class loader's answer).
 */
class ShippedResourcesTest {
    /** The folders whose files are looked up through ShippedResources. */
    private static final List<String> FOLDERS = List.of("lang/", "names/");

    @Test
    void noLibraryOnTheClassPathHoldsAFileUnderTheFoldersAskedAbout() throws IOException {
        List<String> found = new ArrayList<>();
        int jars = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.endsWith(".jar") || !new File(entry).isFile()) {
                continue;
            }
            jars++;
            try (JarFile jar = new JarFile(entry, false)) {
                jar.stream().map(java.util.zip.ZipEntry::getName)
                        .filter(n -> FOLDERS.stream().anyMatch(n::startsWith))
                        .forEach(n -> found.add(new File(entry).getName() + "!/" + n));
            }
        }
        assertTrue(jars > 20, "the libraries are on the class path as jars: " + jars);
        assertEquals(List.of(), found);
    }

    @Test
    void aFileIsThereOrNot() {
        assertFalse(ShippedResources.fromJarForTests(), "the tests run from a folder of classes");
        assertTrue(ShippedResources.exists("/lang/uk/profile.properties"));
        assertTrue(ShippedResources.exists("/names/en-capitalised-words.txt"));
        assertFalse(ShippedResources.exists("/lang/uk/cyrillic-names.tsv"), "Ukrainian has no such list");
        assertFalse(ShippedResources.exists("/names/uk-capitalised-words.txt"));
        assertThrows(IllegalArgumentException.class, () -> ShippedResources.exists("lang/uk/profile.properties"));
    }
}
