package io.parhub.procedure.process;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An approved internal process, valid from {@code validFrom} (inclusive) until the next approval for the same
 * procedure takes over ({@code validTo}, exclusive; null while none has).
 */
public record InternalProcess(String procedureCode, String decisionNumber, LocalDate approvedOn, LocalDate validFrom,
        @Nullable LocalDate validTo, List<ProcessStep> steps) {

    public InternalProcess {
        steps = List.copyOf(steps);
    }

    public List<Duration> times() {
        return steps.stream().map(ProcessStep::time).toList();
    }
}
