package dev.transcheck.lang;

import java.io.File;
import java.net.URL;
import java.security.CodeSource;
import java.util.jar.JarFile;

/**
 * Whether a data file ships with transcheck, answered without searching the whole class path
 * (issue 15, docs/performance.md "Sixth round").
 *
 * <p>The class loader looks a resource up in each class-path entry in turn: for one that exists in
 * transcheck's own jar (the first entry) that is one look-up, but for one that does not (a language
 * without an optional data file, a word list only some languages have) it opens every jar the
 * launcher puts on the class path (about 60, some 19,000 entries) and indexes each, which cost a
 * one-article check 30-60 ms of CPU. Run from a jar, the answer is therefore that jar's own
 * directory (the data files are ours: {@code ShippedResourcesTest} checks that no library on the
 * class path holds a file under the folders asked about); run from a folder of classes (the tests,
 * an IDE), it is the class loader's, as before.
 */
public final class ShippedResources {
    private ShippedResources() {
    }

    /** The jar this class was loaded from, or null when it was loaded from a folder (made on first use). */
    private static final class Own {
        static final JarFile JAR = open();

        private static JarFile open() {
            try {
                CodeSource cs = ShippedResources.class.getProtectionDomain().getCodeSource();
                URL at = cs == null ? null : cs.getLocation();
                if (at == null || !"file".equals(at.getProtocol())) {
                    return null;
                }
                File f = new File(at.toURI());
                // the class loader has this jar open: the same file is shared, not indexed again
                return f.isFile() ? new JarFile(f, false) : null;
            } catch (Exception | LinkageError e) {
                return null; // the class loader answers instead
            }
        }
    }

    /** True when the resource {@code path} (absolute: {@code /lang/uk/endings.txt}) ships with transcheck. */
    public static boolean exists(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("an absolute resource path: " + path);
        }
        JarFile jar = Own.JAR;
        if (jar != null) {
            return jar.getEntry(path.substring(1)) != null;
        }
        return ShippedResources.class.getResource(path) != null;
    }

    /** True when the answers come from transcheck's own jar (for tests). */
    static boolean fromJarForTests() {
        return Own.JAR != null;
    }

    /**
     * The names of the files under {@code folder} (no leading slash, one at the end: {@code lang/}) in
     * transcheck's own jar, or null when it does not run from a jar (the caller then asks the class loader).
     */
    static java.util.List<String> jarEntries(String folder) {
        JarFile jar = Own.JAR;
        if (jar == null) {
            return null;
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (java.util.Enumeration<java.util.jar.JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            String n = e.nextElement().getName();
            if (n.startsWith(folder)) {
                out.add(n);
            }
        }
        return out;
    }
}
