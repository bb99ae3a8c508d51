package io.parhub.procedure.process;

import java.time.LocalDate;
import java.util.List;

/**
 * A process as the chairman's decision approves it: the decision (number and date), the day it applies from and the
 * ordered steps. Positions are given by the order of {@code steps}.
 */
public record ProcessDraft(String procedureCode, String decisionNumber, LocalDate approvedOn, LocalDate validFrom,
        List<Step> steps) {

    public ProcessDraft {
        steps = List.copyOf(steps);
    }

    public record Step(String name, String performer, Duration time) {
    }
}
