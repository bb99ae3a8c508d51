package io.parhub.calendar.store;

import io.parhub.shared.DomainException;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A holiday-rule command failed validation; nothing was written. Carries every problem, not only the first. */
public class RuleRejected extends DomainException {

    private final transient List<RuleProblem> problems;

    public RuleRejected(List<RuleProblem> problems) {
        super("invalid-holiday-rule", HttpStatus.BAD_REQUEST, problems.get(0).messageKey(), problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
