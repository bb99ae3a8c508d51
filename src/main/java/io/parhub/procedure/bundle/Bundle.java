package io.parhub.procedure.bundle;

import io.parhub.procedure.process.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version of an interconnected bundle, valid from {@code validFrom} (inclusive) to {@code validTo} (exclusive,
 * null = still valid).
 *
 * @param total the bundle's own processing time; null when no source states it
 * @param source where the times come from (cited, with what could not be found)
 */
public record Bundle(String code, String name, LocalDate validFrom, @Nullable LocalDate validTo,
        @Nullable Duration total, @Nullable String totalText, String legalBasis, String source,
        List<BundlePart> parts) {

    public Bundle {
        parts = List.copyOf(parts);
    }
}
