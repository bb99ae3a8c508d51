package io.parhub.procedure.bundle;

import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** The "as of" date of a request: {@code at=YYYY-MM-DD}, or today in Vietnam when absent. */
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
            throw DomainException.invalid("invalid-date", "procedure.process.problem.date", "at", at);
        }
    }
}
