package io.parhub.procedure.process;

import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.TimeUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The process API's answer: the process in force on {@code at}, its total, the procedure's time on that day and
 * whether they agree ({@code consistent}; {@code status} NEEDS_REAPPROVAL when they do not), and every approval.
 */
record ProcessJson(String procedureCode, LocalDate at, String decisionNumber, LocalDate approvedOn,
        LocalDate validFrom, @Nullable LocalDate validTo, List<StepJson> steps, @Nullable TimeJson total,
        @Nullable TimeJson procedureTime, boolean consistent, ProcessReading.Status status,
        List<VersionJson> versions, boolean replayed) {

    record StepJson(int position, String name, String performer, BigDecimal amount, TimeUnit unit) {
    }

    record TimeJson(@Nullable BigDecimal amount, @Nullable TimeUnit unit, @Nullable String text) {
    }

    record VersionJson(String decisionNumber, LocalDate approvedOn, LocalDate validFrom, @Nullable LocalDate validTo) {
    }

    static ProcessJson of(ProcessReading r, boolean replayed) {
        InternalProcess p = r.process();
        return new ProcessJson(p.procedureCode(), r.at(), p.decisionNumber(), p.approvedOn(), p.validFrom(),
                p.validTo(), p.steps().stream().map(s -> new StepJson(s.position(), s.name(), s.performer(),
                        s.time().amount(), s.time().unit())).toList(),
                r.total() == null ? null : new TimeJson(r.total().amount(), r.total().unit(), null),
                time(r.procedureTime()), r.consistent(), r.status(),
                r.versions().stream().map(v -> new VersionJson(v.decisionNumber(), v.approvedOn(), v.validFrom(),
                        v.validTo())).toList(), replayed);
    }

    private static @Nullable TimeJson time(@Nullable ProcessingTime t) {
        return t == null ? null : new TimeJson(t.amount() == null ? null : t.amount().stripTrailingZeros(),
                t.unit(), t.text());
    }
}
