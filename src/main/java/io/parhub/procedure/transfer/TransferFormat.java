package io.parhub.procedure.transfer;

import io.parhub.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The file formats of import and export, with their media type and file extension. */
public enum TransferFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv;charset=UTF-8", "csv"),
    JSON("application/json", "json");

    private final String mediaType;
    private final String extension;

    TransferFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    /** The {@code format=} parameter: xlsx, csv or json (any case); a 400 problem otherwise. */
    static TransferFormat of(@Nullable String name) {
        if (name != null) {
            for (TransferFormat f : values()) {
                if (f.extension.equalsIgnoreCase(name.strip())) {
                    return f;
                }
            }
        }
        throw DomainException.invalid("transfer-unknown-format", "transfer.problem.unknown-format",
                String.valueOf(name));
    }

    /**
     * The format of an upload, from its content first (an XLSX file is a ZIP archive; a JSON file starts with
     * {@code [}) and its extension second, so a file renamed by a browser or a mail client is still read right.
     */
    static TransferFormat detect(@Nullable String filename, byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return XLSX;
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        if (start.startsWith("[") || start.startsWith("{")) {
            return JSON;
        }
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        return CSV;
    }
}
