package io.parhub.dossier.file;

import org.jspecify.annotations.Nullable;

/**
 * A file as it arrived with a submission.
 *
 * @param componentName the procedure's component (thành phần hồ sơ) the file belongs to
 * @param declaredType the content type the client declared; checked against the bytes, never trusted alone
 */
public record UploadedFile(String componentName, String originalName, @Nullable String declaredType, byte[] bytes) {
}
