package io.parhub.dossier.file;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on files uploaded with a dossier ({@code parhub.dossier.files.*}).
 *
 * @param maxFileSize largest single file (default 10 MB)
 * @param maxSubmissionSize largest total of the files of one submission (default 30 MB)
 * @param allowedTypes content types accepted, recognised by their magic bytes (default PDF, JPEG, PNG)
 */
@ConfigurationProperties("parhub.dossier.files")
public record FileLimits(@Nullable DataSize maxFileSize, @Nullable DataSize maxSubmissionSize,
        @Nullable List<String> allowedTypes) {

    public FileLimits {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
        maxSubmissionSize = maxSubmissionSize == null ? DataSize.ofMegabytes(30) : maxSubmissionSize;
        allowedTypes = allowedTypes == null || allowedTypes.isEmpty()
                ? List.of(FileTypes.PDF, FileTypes.JPEG, FileTypes.PNG) : List.copyOf(allowedTypes);
    }

    public static FileLimits defaults() {
        return new FileLimits(null, null, null);
    }
}
