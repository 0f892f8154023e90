package dev.transcheck;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build (from the Maven project, written into the jar at build time). */
public final class Version {
    public static final String VERSION = load();

    private Version() {
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
