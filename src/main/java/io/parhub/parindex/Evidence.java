package io.parhub.parindex;

import java.time.Instant;

/** An evidence file attached to a score (bytes kept in the store, served to staff only). */
public record Evidence(long id, long scoreId, String fileName, String contentType, int size, String sha256,
        Instant uploadedAt, String uploadedBy) {
}
