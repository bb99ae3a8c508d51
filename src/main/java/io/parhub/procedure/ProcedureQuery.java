package io.parhub.procedure;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A search over the catalogue as of {@code at}. Every filter is optional.
 *
 * @param text free text: accent-insensitive and typo-tolerant on the name; a code prefix also matches
 * @param field exact field (lĩnh vực)
 * @param agency accent-insensitive substring of the receiving or competent agency
 * @param page 0-based
 * @param size 1–100
 */
public record ProcedureQuery(@Nullable String text, @Nullable String field, @Nullable ProcedureLevel level,
        @Nullable String agency, @Nullable OnlineMode onlineMode, LocalDate at, int page, int size) {

    public static final int MAX_SIZE = 100;

    public static ProcedureQuery text(String text, LocalDate at) {
        return new ProcedureQuery(text, null, null, null, null, at, 0, 20);
    }
}
