package io.parhub.org.web;

import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** The "as of" date of a request: {@code at=YYYY-MM-DD}, or today in Vietnam when absent. */
final class AsOf {

    private AsOf() {
    }

    static LocalDate parse(@Nullable String at, Clock clock) {
        if (at == null || at.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid-date", "org.problem.date", at);
        }
    }
}
