package dev.transcheck.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.transcheck.Settings;
import dev.transcheck.config.ServeSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A server on an ephemeral loopback port and a small HTTP client for the tests. */
final class ServerFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path SAMPLE = Path.of("samples/zapad-2025");

    final Server server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String token;

    ServerFixture(List<Path> glossaries, Path acceptFile, ServeSettings limits) throws Exception {
        server = Server.start(new Server.Options("127.0.0.1", 0, glossaries, Settings.defaults(), acceptFile, limits));
    }

    static ServeSettings limits(Path tokenFile, int maxKb, int timeout, int workers, int queue) {
        return new ServeSettings(tokenFile, maxKb, timeout, workers, queue, 0);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(120));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postJson(String path, JsonNode body) throws Exception {
        return post(path, "application/json", JSON.writeValueAsString(body));
    }

    static ObjectNode pair(String source, String translation) {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", source);
        o.put("translation", translation);
        return o;
    }

    static String uk() throws Exception {
        return Files.readString(SAMPLE.resolve("source.uk.txt"), StandardCharsets.UTF_8);
    }

    static String en() throws Exception {
        return Files.readString(SAMPLE.resolve("translation.en.txt"), StandardCharsets.UTF_8);
    }

    static JsonNode parse(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Override
    public void close() {
        server.close();
    }
}
