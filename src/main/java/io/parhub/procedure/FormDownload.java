package io.parhub.procedure;

/** A stored form template with its bytes, for download. */
public record FormDownload(long id, String fileName, String contentType, String sha256, byte[] content) {
}
