package dev.transcheck.config;

import java.nio.file.Path;

/**
 * The {@code serve:} section of {@code transcheck.yaml}: limits of {@code transcheck serve} and
 * its optional bearer tokens (docs/SERVER.md).
 *
 * @param tokenFile      a file of {@code TOKEN NAME} lines; when set, every {@code /api/} call needs
 *                       {@code Authorization: Bearer TOKEN} (null: no authentication)
 * @param maxRequestKb   the largest request body in KiB (413 above it)
 * @param timeoutSeconds the longest one check may take (503 after it)
 * @param workers        checks run at once
 * @param queue          checks waiting for a worker; one more is refused with 429
 * @param reloadSeconds  how often the glossary files are looked at for changes (0: never)
 */
public record ServeSettings(Path tokenFile, int maxRequestKb, int timeoutSeconds, int workers, int queue,
                            int reloadSeconds) {
    public static ServeSettings defaults() {
        return new ServeSettings(null, 2048, 30, Math.max(1, Runtime.getRuntime().availableProcessors()), 64, 2);
    }
}
