package io.parhub.procedure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.json.JsonMapper;

/** SHA-256 of bytes, and of a decision's content (its JSON form), to tell a retry from a different decision. */
final class Fingerprint {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Fingerprint() {
    }

    static String of(PublicationDecision decision) {
        return sha256(JSON.writeValueAsString(decision).getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
