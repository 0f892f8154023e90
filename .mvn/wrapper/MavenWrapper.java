import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Fetches the Maven named in maven-wrapper.properties from a Maven repository, checks it against
 * the repository's SHA-512, unpacks it under ~/.m2/wrapper and prints its home folder. Needs
 * only a JDK (run as a single-file program: java MavenWrapper.java PROPERTIES [DISTS_DIR]), so a fresh
 * machine with Java and nothing else can build transcheck, on Linux, macOS or Windows.
 */
public final class MavenWrapper {
    public static void main(String[] args) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            p.load(in);
        }
        String version = p.getProperty("maven.version");
        String repo = System.getenv().getOrDefault("MVNW_REPOURL", p.getProperty("repository"));
        repo = repo.endsWith("/") ? repo.substring(0, repo.length() - 1) : repo;
        Path dists = args.length > 1 ? Path.of(args[1])
                : Path.of(System.getProperty("user.home"), ".m2", "wrapper", "dists");
        Path home = dists.resolve("apache-maven-" + version);
        if (Files.isRegularFile(home.resolve("bin").resolve("mvn"))) {
            System.out.println(home);
            return;
        }
        String base = repo + "/org/apache/maven/apache-maven/" + version + "/apache-maven-" + version + "-bin.zip";
        System.err.println("mvnw: fetching Maven " + version + " from " + base);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        byte[] zip = get(http, base);
        String expected = new String(get(http, base + ".sha512"), StandardCharsets.US_ASCII).trim().split("\\s+")[0];
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(zip));
        if (!actual.equalsIgnoreCase(expected)) {
            System.err.println("mvnw: the download does not match its SHA-512; nothing was installed");
            System.exit(2);
        }
        Files.createDirectories(dists);
        Path tmp = Files.createTempDirectory(dists, ".unpack");
        try (ZipInputStream z = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                Path out = tmp.resolve(e.getName()).normalize();
                if (!out.startsWith(tmp)) {
                    throw new IOException("unsafe entry " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(z, out, StandardCopyOption.REPLACE_EXISTING);
                    if (out.getParent().getFileName().toString().equals("bin")) {
                        out.toFile().setExecutable(true);
                    }
                }
            }
        }
        Path unpacked = tmp.resolve("apache-maven-" + version);
        try {
            Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isDirectory(home)) { // another run may have installed it meanwhile
                throw e;
            }
        }
        System.out.println(home);
    }

    private static byte[] get(HttpClient http, String url) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            System.err.println("mvnw: " + url + " answered " + r.statusCode());
            System.exit(2);
        }
        return r.body();
    }
}
