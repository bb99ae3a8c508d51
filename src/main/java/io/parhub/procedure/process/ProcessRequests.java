package io.parhub.procedure.process;

import io.parhub.procedure.TimeUnit;
import io.parhub.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Turns what a client or a form sent into a {@link ProcessDraft}, with a problem per missing or malformed value. */
final class ProcessRequests {

    private ProcessRequests() {
    }

    record StepInput(@Nullable String name, @Nullable String performer, @Nullable String amount,
            @Nullable String unit) {

        boolean blank() {
            return isBlank(name) && isBlank(performer) && isBlank(amount);
        }
    }

    static ProcessDraft draft(String code, @Nullable String decisionNumber, @Nullable String approvedOn,
            @Nullable String validFrom, List<StepInput> inputs) {
        if (isBlank(decisionNumber)) {
            throw invalid("procedure.process.problem.no-decision");
        }
        LocalDate approved = date("approvedOn", approvedOn);
        LocalDate from = isBlank(validFrom) ? approved : date("validFrom", validFrom);
        List<ProcessDraft.Step> steps = new ArrayList<>();
        for (StepInput input : inputs) {
            if (input.blank()) {
                continue; // empty rows of the form
            }
            int position = steps.size() + 1;
            steps.add(new ProcessDraft.Step(orEmpty(input.name()), orEmpty(input.performer()),
                    new Duration(amount(position, input.amount()), unit(position, input.unit()))));
        }
        return new ProcessDraft(code, decisionNumber, approved, from, steps);
    }

    private static LocalDate date(String field, @Nullable String value) {
        if (isBlank(value)) {
            throw invalid("procedure.process.problem.date-missing", field);
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid("procedure.process.problem.date", field, value);
        }
    }

    private static BigDecimal amount(int position, @Nullable String value) {
        try {
            return new BigDecimal(orEmpty(value).strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw invalid("procedure.process.problem.step-amount", position, orEmpty(value));
        }
    }

    private static TimeUnit unit(int position, @Nullable String value) {
        try {
            return TimeUnit.valueOf(orEmpty(value).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("procedure.process.problem.step-unit", position, orEmpty(value));
        }
    }

    private static DomainException invalid(String key, Object... args) {
        return DomainException.invalid("process-invalid", key, args);
    }

    static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
