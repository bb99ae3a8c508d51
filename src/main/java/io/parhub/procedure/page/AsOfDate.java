package io.parhub.procedure.page;

import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** The "tại ngày" of a page: {@code at=YYYY-MM-DD}, or today in Vietnam (the injected clock) when absent. */
final class AsOfDate {

    private AsOfDate() {
    }

    static LocalDate parse(@Nullable String at, Clock clock) {
        if (at == null || at.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid-date", "problem.invalid-date", at);
        }
    }

    /** A date typed into a form, or null when blank or not a date (the form says which). */
    static @Nullable LocalDate lenient(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
