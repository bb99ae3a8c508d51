package io.parhub.feedback;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Attachments follow the limits of dossier files: the same settings {@code parhub.dossier.files.*} (10 MB a file,
 * 30 MB a submission, PDF, JPEG and PNG recognised by their bytes).
 */
@ConfigurationProperties("parhub.dossier.files")
public record FeedbackFileLimits(@Nullable DataSize maxFileSize, @Nullable DataSize maxSubmissionSize,
        @Nullable List<String> allowedTypes) {

    public FeedbackFileLimits {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
        maxSubmissionSize = maxSubmissionSize == null ? DataSize.ofMegabytes(30) : maxSubmissionSize;
        allowedTypes = allowedTypes == null || allowedTypes.isEmpty() ? List.of(io.parhub.shared.FileTypes.PDF,
                io.parhub.shared.FileTypes.JPEG, io.parhub.shared.FileTypes.PNG) : List.copyOf(allowedTypes);
    }
}
