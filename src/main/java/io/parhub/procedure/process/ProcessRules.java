package io.parhub.procedure.process;

import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.TimeUnit;
import io.parhub.shared.DomainException;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Whether an internal process fits its procedure. Nghị định 61/2018/NĐ-CP Điều 9 (and its successor Nghị định
 * 118/2025/NĐ-CP) asks each step of the internal process to have its own time within the procedure's time limit;
 * parhub holds the approved process to the stricter reading the province uses in its decisions: the steps add up to
 * exactly the processing time, so the control sheet (phiếu kiểm soát) can attribute every hour of a dossier.
 *
 * <p>Units: working days and working hours mix (8 hours a day, see {@link Duration}); calendar days only add up with
 * calendar days, since their number of working days depends on the date of receipt.
 */
final class ProcessRules {

    /** Amounts as the decisions write them: positive, at most two decimals (½ day, 0.25 day = 2 hours). */
    private static final int MAX_SCALE = 2;
    static final int MAX_STEPS = 30;

    private ProcessRules() {
    }

    /** The total of the steps, in the procedure's unit when it is a working unit. Throws when it does not fit. */
    static Duration check(ProcessDraft draft, @Nullable ProcessingTime procedureTime) {
        shape(draft);
        if (procedureTime == null || !procedureTime.isExact()) {
            throw DomainException.invalid("process-no-time", "procedure.process.problem.no-time",
                    draft.procedureCode(), draft.validFrom().toString());
        }
        Duration expected = new Duration(procedureTime.amount(), procedureTime.unit());
        Duration total = total(draft.steps().stream().map(ProcessDraft.Step::time).toList(), expected.unit());
        if (total == null) {
            throw DomainException.invalid("process-unit-mismatch", "procedure.process.problem.unit-mismatch",
                    text(expected));
        }
        if (!total.sameLengthAs(expected)) {
            throw DomainException.invalid("process-time-mismatch", "procedure.process.problem.time-mismatch",
                    text(total), text(expected));
        }
        return total;
    }

    /**
     * The sum of {@code times} expressed in {@code preferred} where possible; null when the units cannot be added
     * (calendar days beside working time, or a working total against calendar days).
     */
    static @Nullable Duration total(List<Duration> times, TimeUnit preferred) {
        boolean calendar = times.stream().anyMatch(t -> t.unit() == TimeUnit.CALENDAR_DAYS);
        boolean working = times.stream().anyMatch(Duration::isWorkingTime);
        if (calendar && working || times.isEmpty()) {
            return null;
        }
        if (calendar != (preferred == TimeUnit.CALENDAR_DAYS)) {
            return null;
        }
        Duration sum = times.get(0);
        for (Duration t : times.subList(1, times.size())) {
            sum = sum.plus(t);
        }
        return calendar ? sum : sum.in(preferred);
    }

    /** The shape any decision must have, whatever the procedure: a number, dates in order, named and timed steps. */
    private static void shape(ProcessDraft draft) {
        if (draft.decisionNumber().isBlank()) {
            throw invalid("procedure.process.problem.no-decision");
        }
        if (draft.validFrom().isBefore(draft.approvedOn())) {
            throw invalid("procedure.process.problem.valid-before-approval", draft.validFrom().toString(),
                    draft.approvedOn().toString());
        }
        if (draft.steps().isEmpty() || draft.steps().size() > MAX_STEPS) {
            throw invalid("procedure.process.problem.step-count", MAX_STEPS);
        }
        for (int i = 0; i < draft.steps().size(); i++) {
            ProcessDraft.Step step = draft.steps().get(i);
            int position = i + 1;
            if (step.name().isBlank() || step.performer().isBlank()) {
                throw invalid("procedure.process.problem.step-blank", position);
            }
            BigDecimal amount = step.time().amount();
            if (amount.signum() <= 0 || amount.scale() > MAX_SCALE || amount.precision() - amount.scale() > 6) {
                throw invalid("procedure.process.problem.step-amount", position, amount.toPlainString());
            }
        }
    }

    private static DomainException invalid(String key, Object... args) {
        return DomainException.invalid("process-invalid", key, args);
    }

    /** "6,5 ngày làm việc" / "6.5 working days", resolved in the caller's language when the message is rendered. */
    static DefaultMessageSourceResolvable text(Duration d) {
        return new DefaultMessageSourceResolvable(new String[] {"procedure.process.time." + d.unit().name()},
                new Object[] {d.amount()});
    }
}
