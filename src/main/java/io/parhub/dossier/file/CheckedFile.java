package io.parhub.dossier.file;

/** A file that passed the limits: its type as recognised from its bytes and its SHA-256 (lower-case hex). */
record CheckedFile(String componentName, String originalName, String contentType, byte[] bytes, String sha256) {
}
