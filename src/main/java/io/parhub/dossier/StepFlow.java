package io.parhub.dossier;

import io.parhub.dossier.store.DossierSteps;
import io.parhub.dossier.store.DossierSteps.StepRow;
import io.parhub.procedure.InternalProcessView;
import io.parhub.procedure.ProcessDescriber;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The steps a dossier goes through: the procedure's internal process approved as of the reception date, or, when
 * none was approved, a default flow of three steps (reception, due the same day; processing and return of the
 * result, both due at the dossier's due time). Each run of a step gets its own planned due time from its start.
 */
@Component
class StepFlow {

    static final List<StepRow> DEFAULT = List.of(
            new StepRow(1, "Tiếp nhận hồ sơ", "Bộ phận Một cửa", null, DueDates.SAME_DAY),
            new StepRow(2, "Giải quyết hồ sơ", "Cơ quan giải quyết", null, null),
            new StepRow(3, "Trả kết quả", "Bộ phận Một cửa", null, null));

    private final DossierSteps steps;
    private final DueDates dueDates;
    private final ObjectProvider<ProcessDescriber> describer;

    StepFlow(DossierSteps steps, DueDates dueDates, ObjectProvider<ProcessDescriber> describer) {
        this.steps = steps;
        this.dueDates = dueDates;
        this.describer = describer;
    }

    /** Copies the process in force on {@code receivedOn} and starts step 1 at {@code at}. */
    void begin(Dossier d, LocalDate receivedOn, LocalDateTime at, String actor, String agencyCode) {
        List<StepRow> process = process(d.procedureCode(), receivedOn);
        steps.process(Objects.requireNonNull(d.id()), process);
        start(d, process.get(0), at, actor, agencyCode);
    }

    private List<StepRow> process(String procedureCode, LocalDate day) {
        ProcessDescriber source = describer.getIfAvailable();
        InternalProcessView view = source == null ? null : source.describe(procedureCode, day);
        if (view == null || view.steps().isEmpty()) {
            return DEFAULT;
        }
        List<StepRow> rows = new ArrayList<>();
        for (InternalProcessView.Step s : view.steps()) {
            boolean exact = s.time() != null && s.time().isExact();
            rows.add(new StepRow(s.number(), s.name(), s.performer(), exact ? s.time().amount() : null,
                    exact ? s.time().unit().name() : null));
        }
        return rows;
    }

    List<StepRow> of(Dossier d) {
        return steps.process(Objects.requireNonNull(d.id()));
    }

    StepRow step(Dossier d, int number) {
        return of(d).stream().filter(s -> s.number() == number).findFirst().orElseThrow();
    }

    int last(Dossier d) {
        List<StepRow> all = of(d);
        return all.get(all.size() - 1).number();
    }

    void start(Dossier d, StepRow step, LocalDateTime at, String actor, String agencyCode) {
        LocalDateTime dossierDue = d.dueAt() == null ? at : d.dueAt();
        steps.start(Objects.requireNonNull(d.id()), step.number(), at,
                dueDates.stepDue(step, at, dossierDue, agencyCode), actor);
    }

    void end(Dossier d, LocalDateTime at, String actor, DossierAction reason) {
        steps.endOpen(Objects.requireNonNull(d.id()), at, actor, reason.slug());
    }

    ControlSheet sheet(Dossier d, LocalDateTime now) {
        List<StepRow> process = of(d);
        List<ControlSheet.Run> runs = new ArrayList<>();
        for (DossierSteps.RunRow r : steps.runs(Objects.requireNonNull(d.id()))) {
            StepRow s = process.stream().filter(p -> p.number() == r.step()).findFirst().orElseThrow();
            LocalDateTime end = r.endedAt() != null ? r.endedAt() : now;
            long lateMinutes = end.isAfter(r.plannedDueAt())
                    ? java.time.Duration.between(r.plannedDueAt(), end).toMinutes() : 0;
            runs.add(new ControlSheet.Run(r.step(), s.name(), s.performer(), r.startedAt(), r.plannedDueAt(),
                    r.endedAt(), r.startedBy(), r.endedBy(), r.endReason(), lateMinutes > 0, lateMinutes));
        }
        return new ControlSheet(d.code(), d.dueAt(), runs);
    }
}
