package io.parhub.procedure.transfer;

import io.parhub.shared.DomainException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** An uploaded catalogue file: its bytes, the name the browser gave it, its format and its SHA-256. */
record Upload(@Nullable String fileName, byte[] content, TransferFormat format, String sha256) {

    /** 20 MB: the whole 2026 catalogue of a province (about 2,000 procedures) is well under 10 MB as CSV. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    static Upload of(@Nullable String fileName, byte[] content) {
        if (content.length == 0) {
            throw UnreadableFile.empty();
        }
        if (content.length > MAX_BYTES) {
            throw DomainException.invalid("transfer-file-too-large", "transfer.problem.too-large",
                    String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        return new Upload(fileName, content, TransferFormat.detect(fileName, content), sha256(content));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
