package io.parhub.procedure.web;

import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.ProcedureLevel;
import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Query parameters of the procedure API: dates (today in Vietnam when absent), levels and online modes. */
final class Params {

    private Params() {
    }

    static LocalDate date(@Nullable String value, Clock clock) {
        return value == null || value.isBlank() ? LocalDate.now(clock) : required(value, "at");
    }

    static LocalDate required(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("procedure-invalid-date", "procedure.problem.missing-date", name);
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("procedure-invalid-date", "procedure.problem.date", value);
        }
    }

    static @Nullable ProcedureLevel level(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ProcedureLevel.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("procedure-invalid-filter", "procedure.problem.level", value);
        }
    }

    static @Nullable OnlineMode onlineMode(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OnlineMode.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("procedure-invalid-filter", "procedure.problem.online-mode", value);
        }
    }

    static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
