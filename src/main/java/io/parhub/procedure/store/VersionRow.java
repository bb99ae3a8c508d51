package io.parhub.procedure.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The dating of one stored version, enough to validate a change against it. */
public record VersionRow(long id, String code, int version, LocalDate validFrom, @Nullable LocalDate validTo,
        String name) {

    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }
}
