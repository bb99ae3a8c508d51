package io.parhub.dossier.file;

import io.parhub.shared.DomainException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the files of one submission against {@link FileLimits} before anything is written: size of each file, total
 * size, and type recognised from the magic bytes (a declared type that disagrees with the bytes is refused too).
 */
final class FileValidator {

    private static final String OCTET_STREAM = "application/octet-stream";

    private final FileLimits limits;

    FileValidator(FileLimits limits) {
        this.limits = limits;
    }

    List<CheckedFile> check(List<UploadedFile> files) {
        long total = 0;
        List<CheckedFile> checked = new ArrayList<>();
        for (UploadedFile f : files) {
            String name = f.originalName().isBlank() ? "?" : f.originalName();
            if (f.bytes().length == 0) {
                throw DomainException.invalid("dossier-file-empty", "dossier-file.problem.empty", name);
            }
            if (f.bytes().length > limits.maxFileSize().toBytes()) {
                throw DomainException.invalid("dossier-file-too-large", "dossier-file.problem.too-large", name,
                        megabytes(f.bytes().length), megabytes(limits.maxFileSize().toBytes()));
            }
            total += f.bytes().length;
            Optional<String> detected = FileTypes.detect(f.bytes());
            String declared = f.declaredType() == null ? null
                    : f.declaredType().split(";")[0].strip().toLowerCase(Locale.ROOT);
            boolean declaredMatches = declared == null || declared.isEmpty() || declared.equals(OCTET_STREAM)
                    || (detected.isPresent() && detected.get().equals(declared))
                    || ("image/jpg".equals(declared) && detected.equals(Optional.of(FileTypes.JPEG)));
            if (detected.isEmpty() || !limits.allowedTypes().contains(detected.get()) || !declaredMatches) {
                throw DomainException.invalid("dossier-file-type", "dossier-file.problem.type", name,
                        String.join(", ", limits.allowedTypes()));
            }
            checked.add(new CheckedFile(f.componentName(), name, detected.get(), f.bytes(), sha256(f.bytes())));
        }
        if (total > limits.maxSubmissionSize().toBytes()) {
            throw DomainException.invalid("dossier-file-submission-too-large",
                    "dossier-file.problem.submission-too-large", megabytes(total),
                    megabytes(limits.maxSubmissionSize().toBytes()));
        }
        return checked;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
