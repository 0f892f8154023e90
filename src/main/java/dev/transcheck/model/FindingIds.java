package dev.transcheck.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable finding ids: a short hash of the check id and the texts of the spans. */
public final class FindingIds {
    private FindingIds() {
    }

    public static String of(String check, Span source, Span translation) {
        String key = check + "\u0000" + (source == null ? "" : source.text())
                + "\u0000" + (translation == null ? "" : translation.text());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return check + ":" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
