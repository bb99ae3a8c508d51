package io.parhub.procedure;

import org.jspecify.annotations.Nullable;

/**
 * A form template attached to a dossier component (mẫu đơn, tờ khai), stored in the database.
 *
 * <p>When publishing, give {@code content} (JSON: base64), or only {@code sha256} of a file already stored (e.g. to
 * keep the form of the previous version). When reading, {@code id}, {@code sha256} and {@code size} are set and
 * {@code content} is null; download it with {@link Procedures#form(String, long)}.
 */
public record FormTemplate(@Nullable Long id, String fileName, String contentType, @Nullable String sha256,
        @Nullable Long size, byte @Nullable [] content) {

    public static FormTemplate upload(String fileName, String contentType, byte[] content) {
        return new FormTemplate(null, fileName, contentType, null, (long) content.length, content);
    }
}
