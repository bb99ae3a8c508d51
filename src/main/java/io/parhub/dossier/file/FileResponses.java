package io.parhub.dossier.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** How every page and API of the dossier module hands a stored file out and reads an uploaded one. */
public final class FileResponses {

    private FileResponses() {
    }

    /** A download: its recognised type, never sniffed by the browser, with its SHA-256 to check it against. */
    public static ResponseEntity<byte[]> attachment(DossierFiles.FileContent file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.info().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.info().originalName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Content-SHA256", file.info().sha256())
                .body(file.bytes());
    }

    public static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
