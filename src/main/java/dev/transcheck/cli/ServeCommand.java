package dev.transcheck.cli;

import dev.transcheck.Settings;
import dev.transcheck.check.Check;
import dev.transcheck.check.CheckRegistry;
import dev.transcheck.config.ConfigLoader;
import dev.transcheck.config.DeskConfig;
import dev.transcheck.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code transcheck serve}: the web page and the HTTP API (docs/SERVER.md). The server's classes
 * (and Javalin's and Jetty's) are loaded only here, never by the other commands.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web page and the HTTP API (docs/SERVER.md) until stopped.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "port to listen on (default 8080; 0: any free port)")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "address to listen on (default 127.0.0.1)")
    String host;

    @Option(names = "--config", paramLabel = "FILE", description = "desk configuration (default: transcheck.yaml in the working folder)")
    Path config;

    @Option(names = "--glossary", paramLabel = "PATH", description = "glossary file or folder; repeatable (default: the config's, else the shipped glossaries/)")
    List<Path> glossaries = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new Main.UsageError("--port: expected 0 to 65535");
        }
        Set<String> known = CheckRegistry.standard().checks().stream().map(Check::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        DeskConfig desk = ConfigLoader.find(config, Path.of(""), known);
        List<Path> glossaryPaths = !glossaries.isEmpty() ? glossaries
                : !desk.glossaries().isEmpty() ? desk.glossaries() : CheckCommand.defaultGlossaries();
        Settings settings = new Settings(desk.disable(), desk.severity(), desk.failOnOr(Severity.ERROR), desk.maxScore(), Set.of());
        // a static call: this class refers to the server's types nowhere else, so that loading it
        // (picocli does, for every command) loads neither them nor Javalin's
        dev.transcheck.server.Server.serveUntilStopped(host, port, glossaryPaths, settings, desk.accept(), desk.serve());
        return Main.OK;
    }
}
