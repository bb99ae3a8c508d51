package io.parhub.dossier;

import io.parhub.dossier.store.DossierParts;
import io.parhub.dossier.store.DossierParts.PartRow;
import io.parhub.dossier.store.DossierSteps;
import io.parhub.dossier.store.DossierSteps.StepRow;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.procedure.BundleView;
import io.parhub.procedure.InternalProcessView;
import io.parhub.procedure.ProcessDescriber;
import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The steps a dossier goes through: the procedure's internal process approved as of the reception date, or, when
 * none was approved, a default flow of three steps (reception, due the same day; processing and return of the
 * result, both due at the dossier's due time). Each run of a step gets its own planned due time from its start.
 *
 * <p>An interconnected dossier's steps are the parts of its bundle, each handled by its own agency: the parts of a
 * stage run side by side, the next stage starts when every part of the stage is done, and the dossier is resolved
 * when every part is.
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
    private final DossierParts parts;
    private final Agencies agencies;

    StepFlow(DossierSteps steps, DueDates dueDates, ObjectProvider<ProcessDescriber> describer, DossierParts parts,
            Agencies agencies) {
        this.steps = steps;
        this.dueDates = dueDates;
        this.describer = describer;
        this.parts = parts;
        this.agencies = agencies;
    }

    /** Records the parts of a new interconnected dossier, each with its agency, as its steps. */
    void bundleParts(long dossierId, List<BundleView.Part> bundleParts, List<Long> agencyIds) {
        List<StepRow> rows = new ArrayList<>();
        List<PartRow> partRows = new ArrayList<>();
        for (int i = 0; i < bundleParts.size(); i++) {
            BundleView.Part p = bundleParts.get(i);
            Agency agency = agencies.byId(agencyIds.get(i)).orElseThrow();
            boolean exact = p.time() != null && p.time().isExact();
            rows.add(new StepRow(p.position(), p.name(), agency.name(), exact ? p.time().amount() : null,
                    exact ? p.time().unit().name() : null));
            partRows.add(new PartRow(p.position(), p.stage(), p.procedureCode(), agency.id(),
                    DossierParts.State.WAITING, null, null));
        }
        steps.process(dossierId, rows);
        parts.insert(dossierId, partRows);
    }

    /**
     * Copies the process in force on {@code receivedOn} and starts step 1 at {@code at}; for an interconnected
     * dossier, starts the parts of the first stage.
     *
     * @return the dossier's process from now on
     */
    ProcessCopy begin(Dossier d, LocalDate receivedOn, LocalDateTime at, String actor, String agencyCode) {
        if (d.bundleCode() != null) {
            ProcessCopy process = of(d);
            List<PartRow> all = parts.of(Objects.requireNonNull(d.id()));
            startStage(d, process, all, all.get(0).stage(), at, actor);
            return process;
        }
        List<StepRow> process = process(d.procedureCode(), receivedOn);
        steps.process(Objects.requireNonNull(d.id()), process);
        start(d, process.get(0), at, actor, agencyCode);
        return ProcessCopy.of(process);
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

    /** The dossier's copy of its process, read when first needed. */
    ProcessCopy of(Dossier d) {
        long id = Objects.requireNonNull(d.id());
        return ProcessCopy.reading(() -> steps.process(id));
    }

    void start(Dossier d, StepRow step, LocalDateTime at, String actor, String agencyCode) {
        LocalDateTime dossierDue = d.dueAt() == null ? at : d.dueAt();
        steps.start(Objects.requireNonNull(d.id()), step.number(), at,
                dueDates.stepDue(step, at, dossierDue, agencyCode), actor);
    }

    private void startStage(Dossier d, ProcessCopy process, List<PartRow> all, int stage, LocalDateTime at,
            String actor) {
        for (PartRow p : all) {
            if (p.stage() == stage) {
                parts.start(Objects.requireNonNull(d.id()), p.position());
                start(d, process.step(p.position()), at, actor, agencyCode(p.agencyId()));
            }
        }
    }

    private String agencyCode(long agencyId) {
        return agencies.byId(agencyId).map(Agency::code).orElseThrow();
    }

    List<PartRow> parts(Dossier d) {
        return d.bundleCode() == null ? List.of() : parts.of(Objects.requireNonNull(d.id()));
    }

    /** The part at {@code position}, which must be in progress. */
    PartRow openPart(Dossier d, @Nullable Integer position) {
        if (position == null) {
            throw DomainException.invalid("dossier-part-required", "dossier.problem.part-required");
        }
        PartRow part = parts(d).stream().filter(p -> p.position() == position).findFirst().orElseThrow(
                () -> DomainException.invalid("dossier-unknown-part", "dossier.problem.unknown-part",
                        String.valueOf(position), d.code()));
        if (part.state() != DossierParts.State.IN_PROGRESS) {
            throw DomainException.conflict("dossier-part-not-open", "dossier.problem.part-not-open",
                    String.valueOf(position), part.state().name());
        }
        return part;
    }

    /** Ends the part's run; starts the next stage when the part's stage is done. True when every part is done. */
    boolean completePart(Dossier d, ProcessCopy process, PartRow part, LocalDateTime at, String actor) {
        long id = Objects.requireNonNull(d.id());
        steps.endOpen(id, part.position(), at, actor, DossierAction.COMPLETE_PART.slug());
        parts.done(id, part.position(), at, actor);
        List<PartRow> all = parts.of(id);
        boolean stageDone = all.stream().noneMatch(p -> p.stage() == part.stage()
                && p.state() != DossierParts.State.DONE);
        if (stageDone) {
            all.stream().filter(p -> p.state() == DossierParts.State.WAITING).mapToInt(PartRow::stage).min()
                    .ifPresent(next -> startStage(d, process, all, next, at, actor));
        }
        return all.stream().allMatch(p -> p.state() == DossierParts.State.DONE);
    }

    /** After a pause (supplement, payment): the current step starts again, or every part that was in progress. */
    void resume(Dossier d, ProcessCopy process, LocalDateTime at, String actor, String handlingAgencyCode) {
        if (d.bundleCode() == null) {
            start(d, process.step(Objects.requireNonNull(d.currentStep())), at, actor, handlingAgencyCode);
            return;
        }
        for (PartRow p : parts(d)) {
            if (p.state() == DossierParts.State.IN_PROGRESS) {
                start(d, process.step(p.position()), at, actor, agencyCode(p.agencyId()));
            }
        }
    }

    void end(Dossier d, LocalDateTime at, String actor, DossierAction reason) {
        steps.endOpen(Objects.requireNonNull(d.id()), at, actor, reason.slug());
    }

    ControlSheet sheet(Dossier d, LocalDateTime now) {
        List<StepRow> process = of(d).rows();
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
