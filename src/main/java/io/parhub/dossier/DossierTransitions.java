package io.parhub.dossier;

import io.parhub.account.CurrentStaff;
import io.parhub.account.Role;
import io.parhub.calendar.TimeLimit;
import io.parhub.dossier.store.DossierParts;
import io.parhub.dossier.store.DossierStore;
import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actions on a received dossier. Who may act: the counter (COUNTER_OFFICER of the receiving agency subtree)
 * accepts, refuses online submissions, records withdrawals and supplements handed in, and delivers; processing
 * (SPECIALIST or AGENCY_LEADER of the handling agency subtree) forwards, returns, requests supplements, apologises,
 * refuses, suspends and asks for payment; only an AGENCY_LEADER of the handling agency approves. Payment is confirmed
 * by the counter or processing, like a supplement. Each part of an interconnected dossier is completed at its own
 * agency.
 */
@Component
@Transactional
class DossierTransitions {

    private final DossierStore store;
    private final DossierRecorder recorder;
    private final StepFlow flow;
    private final DueDates dueDates;
    private final Subjects subjects;

    DossierTransitions(DossierStore store, DossierRecorder recorder, StepFlow flow, DueDates dueDates,
            Subjects subjects) {
        this.store = store;
        this.recorder = recorder;
        this.flow = flow;
        this.dueDates = dueDates;
        this.subjects = subjects;
    }

    /** The dossier as the command left it, with its process (read at most once). */
    record Acted(Dossier dossier, ProcessCopy process) {
    }

    Acted act(String code, DossierAction action, ActionInput in, LocalDateTime at) {
        Dossier d = store.find(code).orElseThrow(() -> DossierRecorder.notFound(code));
        CurrentStaff staff = authorise(d, action);
        if (in.version() != d.version()) {
            throw DossierRecorder.stale(code);
        }
        String actor = staff.username();
        String handling = recorder.agencyCode(d.handlingAgencyId());
        String receiving = recorder.agencyCode(d.receivingAgencyId());
        LocalDateTime dueBefore = d.dueAt();
        int step = d.currentStep() == null ? 0 : d.currentStep();
        ProcessCopy process = flow.of(d);
        switch (action) {
            case ACCEPT -> {
                LocalDateTime due = dueFromProcedure(d, at, in.newDate(), receiving);
                d.receive(at, due);
                process = flow.begin(d, at.toLocalDate(), at, actor, handling);
            }
            case FORWARD -> {
                if (step >= process.last()) {
                    throw DomainException.conflict("dossier-no-next-step", "dossier.problem.no-next-step", code);
                }
                d.forward(step + 1, in.assignee(), in.note());
                flow.end(d, at, actor, action);
                flow.start(d, process.step(step + 1), at, actor, handling);
            }
            case RETURN -> {
                if (step <= 1) {
                    throw DomainException.conflict("dossier-no-previous-step", "dossier.problem.no-previous-step",
                            code);
                }
                d.returnTo(step - 1, in.assignee(), in.note());
                flow.end(d, at, actor, action);
                flow.start(d, process.step(step - 1), at, actor, handling);
            }
            case REQUEST_SUPPLEMENT -> {
                d.requestSupplement(at, in.items(), in.note());
                flow.end(d, at, actor, action);
            }
            case SUPPLEMENT -> {
                // NĐ 61/2018 Điều 19: the time is counted again, in full, from the complete re-submission.
                d.supplement(dueFromProcedure(d, at, in.newDate(), receiving), in.note());
                flow.resume(d, process, at, actor, handling);
            }
            case REQUEST_PAYMENT -> {
                d.requestPayment(at, in.items(), in.note());
                flow.end(d, at, actor, action);
            }
            case CONFIRM_PAYMENT -> {
                // outside AWAITING_PAYMENT (no stopped clock) confirmPayment refuses with the status problem
                LocalDateTime stopped = d.clockStoppedAt() == null ? at : d.clockStoppedAt();
                LocalDateTime due = d.dueAt() == null ? at : d.dueAt();
                d.confirmPayment(dueDates.afterPause(due, stopped, at), in.note());
                flow.resume(d, process, at, actor, handling);
            }
            case COMPLETE_PART -> {
                DossierParts.PartRow part = flow.openPart(d, in.part());
                authorisePart(d, part);
                boolean last = flow.completePart(d, process, part, at, actor);
                d.completePart(at, last, in.note());
            }
            case APOLOGISE -> {
                if (in.newDate() == null) {
                    throw DomainException.invalid("dossier-apology-date", "dossier.problem.apology-date");
                }
                LocalDate latest = dueDates.latestApologyDay(Objects.requireNonNull(d.dueAt()).toLocalDate());
                d.apologise(at, latest, dueDates.appointment(in.newDate(), receiving), in.note());
            }
            case REFUSE -> {
                d.refuse(at, in.items(), in.note());
                flow.end(d, at, actor, action);
            }
            case WITHDRAW -> {
                d.withdraw(at, in.items(), in.note());
                flow.end(d, at, actor, action);
            }
            case SUSPEND -> {
                d.suspend(at, in.items(), in.note());
                flow.end(d, at, actor, action);
            }
            case APPROVE -> d.approve(at, in.note());
            case DELIVER -> {
                d.deliver(at, in.returnMode() == null ? Dossier.ReturnMode.COUNTER : in.returnMode(), in.note());
                flow.end(d, at, actor, action);
            }
        }
        recorder.changed(d, actor, at, dueBefore);
        return new Acted(d, process);
    }

    private CurrentStaff authorise(Dossier d, DossierAction action) {
        return switch (action) {
            case ACCEPT, WITHDRAW, DELIVER -> recorder.require(d.receivingAgencyId(), Role.COUNTER_OFFICER);
            case REFUSE -> d.status() == Dossier.Status.SUBMITTED
                    ? recorder.require(d.receivingAgencyId(), Role.COUNTER_OFFICER)
                    : recorder.require(d.handlingAgencyId(), Role.SPECIALIST, Role.AGENCY_LEADER);
            case SUPPLEMENT, CONFIRM_PAYMENT -> {
                CurrentStaff staff = recorder.staff();
                yield staff.has(Role.COUNTER_OFFICER) ? recorder.require(d.receivingAgencyId(), Role.COUNTER_OFFICER)
                        : recorder.require(d.handlingAgencyId(), Role.SPECIALIST, Role.AGENCY_LEADER);
            }
            case FORWARD -> d.status() == Dossier.Status.RECEIVED && recorder.staff().has(Role.COUNTER_OFFICER)
                    ? recorder.require(d.receivingAgencyId(), Role.COUNTER_OFFICER)
                    : recorder.require(d.handlingAgencyId(), Role.SPECIALIST, Role.AGENCY_LEADER);
            // the part's agency is checked once the part is known
            case COMPLETE_PART -> recorder.staff();
            case RETURN, REQUEST_SUPPLEMENT, APOLOGISE, SUSPEND, REQUEST_PAYMENT ->
                    recorder.require(d.handlingAgencyId(), Role.SPECIALIST, Role.AGENCY_LEADER);
            case APPROVE -> recorder.require(d.handlingAgencyId(), Role.AGENCY_LEADER);
        };
    }

    /**
     * A part is completed by a SPECIALIST or AGENCY_LEADER of its agency; a part left with the receiving agency
     * (passed on outside the province's system) also by its COUNTER_OFFICER, who records the result that came back.
     */
    private void authorisePart(Dossier d, DossierParts.PartRow part) {
        if (part.agencyId() == d.receivingAgencyId() && recorder.staff().has(Role.COUNTER_OFFICER)) {
            recorder.require(part.agencyId(), Role.COUNTER_OFFICER);
        } else {
            recorder.require(part.agencyId(), Role.SPECIALIST, Role.AGENCY_LEADER);
        }
    }

    /** The full processing time from {@code at}, or the date the officer set when the procedure states none. */
    private LocalDateTime dueFromProcedure(Dossier d, LocalDateTime at, @Nullable LocalDate appointment,
            String agencyCode) {
        LocalDate receivedOn = (d.receivedAt() == null ? at : d.receivedAt()).toLocalDate();
        Optional<TimeLimit> limit = subjects.of(d, receivedOn).flatMap(s -> DueDates.limit(s.time()));
        if (limit.isPresent()) {
            return dueDates.due(at, limit.get(), agencyCode);
        }
        if (appointment == null || appointment.isBefore(at.toLocalDate())) {
            throw DomainException.invalid("dossier-appointment-required", "dossier.problem.appointment-required",
                    d.procedureCode());
        }
        return dueDates.appointment(appointment, agencyCode);
    }
}
