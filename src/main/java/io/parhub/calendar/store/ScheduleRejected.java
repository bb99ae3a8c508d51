package io.parhub.calendar.store;

import io.parhub.shared.DomainException;
import java.util.List;

/** An official schedule failed validation; nothing was written. Carries every problem, not only the first. */
public class ScheduleRejected extends DomainException {

    private final transient List<ScheduleProblem> problems;

    public ScheduleRejected(List<ScheduleProblem> problems) {
        super("invalid-schedule", org.springframework.http.HttpStatus.BAD_REQUEST, problems.get(0).messageKey(),
                problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    public List<ScheduleProblem> problems() {
        return problems;
    }
}
