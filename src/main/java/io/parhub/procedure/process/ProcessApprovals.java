package io.parhub.procedure.process;

import io.parhub.procedure.Procedure;
import io.parhub.procedure.Procedures;
import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.TimeUnit;
import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Approving an internal process is one transaction: validate against the procedure in force on the process's
 * valid-from date → write the process and its steps → audit {@code procedure.process.approved}. A decision is
 * identified by (procedure code, decision number): sending the same approval again answers with the first result
 * and writes nothing; the same number with other content is a conflict.
 */
@Service
public class ProcessApprovals {

    private final ProcessStore store;
    private final Procedures procedures;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ProcessApprovals(ProcessStore store, Procedures procedures, AuditTrail audit, TransactionTemplate transaction,
            Clock clock) {
        this.store = store;
        this.procedures = procedures;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What an approval did; {@code replayed} when it answers a retry of an approval already recorded. */
    public record Approval(ProcessReading reading, boolean replayed) {
    }

    public Approval approve(ProcessDraft request, String actor) {
        ProcessDraft draft = normalised(request);
        String hash = fingerprint(draft);
        try {
            return transaction.execute(status -> {
                var earlier = store.byDecision(draft.procedureCode(), draft.decisionNumber());
                if (earlier.isPresent()) {
                    return replay(draft, earlier.get(), hash);
                }
                return record(draft, hash, actor);
            });
        } catch (DuplicateKeyException raced) {
            // a concurrent retry of the same approval committed first, or another approval took the same day
            return transaction.execute(status -> store.byDecision(draft.procedureCode(), draft.decisionNumber())
                    .map(earlier -> replay(draft, earlier, hash))
                    .orElseThrow(() -> dateTaken(draft)));
        }
    }

    private Approval record(ProcessDraft draft, String hash, String actor) {
        Procedure procedure = procedures.find(draft.procedureCode(), draft.validFrom())
                .orElseThrow(() -> DomainException.notFound("process-procedure-not-found",
                        "procedure.process.problem.procedure-not-found", draft.procedureCode(),
                        draft.validFrom().toString()));
        Duration total = ProcessRules.check(draft, procedure.content().processingTime());
        if (store.startsOn(draft.procedureCode(), draft.validFrom())) {
            throw dateTaken(draft);
        }
        store.insert(draft, hash, actor, clock.instant());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decision", draft.decisionNumber());
        details.put("approvedOn", draft.approvedOn().toString());
        details.put("validFrom", draft.validFrom().toString());
        details.put("steps", draft.steps().size());
        details.put("total", total.amount().toPlainString() + " " + total.unit().name());
        details.put("procedureVersion", procedure.version().version());
        audit.record(actor, "procedure.process.approved", "procedure_internal_process",
                draft.procedureCode() + "/" + draft.decisionNumber(), details);
        return new Approval(read(draft.procedureCode(), draft.validFrom()).orElseThrow(), false);
    }

    private Approval replay(ProcessDraft draft, ProcessStore.Recorded earlier, String hash) {
        if (!earlier.requestHash().equals(hash)) {
            throw DomainException.conflict("process-decision-conflict", "procedure.process.problem.decision-reused",
                    draft.decisionNumber(), draft.procedureCode());
        }
        return new Approval(read(draft.procedureCode(), draft.validFrom()).orElseThrow(), true);
    }

    private static DomainException dateTaken(ProcessDraft draft) {
        return DomainException.conflict("process-date-taken", "procedure.process.problem.date-taken",
                draft.procedureCode(), draft.validFrom().toString());
    }

    /**
     * The process of {@code code} in force on {@code at}, checked against the procedure's time on that day. Empty
     * when no process was approved by then or the procedure did not exist on that day.
     */
    public Optional<ProcessReading> read(String code, LocalDate at) {
        Optional<Procedure> procedure = procedures.find(code, at);
        if (procedure.isEmpty()) {
            return Optional.empty();
        }
        return store.at(code, at).map(process -> reading(at, process,
                procedure.get().content().processingTime(), store.versions(code)));
    }

    static ProcessReading reading(LocalDate at, InternalProcess process, @Nullable ProcessingTime time,
            List<InternalProcess> versions) {
        boolean exact = time != null && time.isExact();
        TimeUnit preferred = exact ? time.unit() : naturalUnit(process.times());
        Duration total = ProcessRules.total(process.times(), preferred);
        boolean consistent = exact && total != null
                && total.sameLengthAs(new Duration(time.amount(), time.unit()));
        if (total == null) {
            total = ProcessRules.total(process.times(), naturalUnit(process.times()));
        }
        return new ProcessReading(at, process, total, time, consistent, versions);
    }

    private static TimeUnit naturalUnit(List<Duration> times) {
        return times.stream().allMatch(t -> t.unit() == TimeUnit.CALENDAR_DAYS) ? TimeUnit.CALENDAR_DAYS
                : TimeUnit.WORKING_DAYS;
    }

    /** Codes with at least one approved process. */
    public List<String> approvedCodes() {
        return store.codes();
    }

    private static ProcessDraft normalised(ProcessDraft d) {
        return new ProcessDraft(d.procedureCode().strip(), d.decisionNumber().strip(), d.approvedOn(), d.validFrom(),
                d.steps().stream().map(s -> new ProcessDraft.Step(s.name().strip(), s.performer().strip(), s.time()))
                        .toList());
    }

    /** Equal approvals give equal fingerprints, so a retry can be told from a different approval under one number. */
    static String fingerprint(ProcessDraft draft) {
        StringBuilder text = new StringBuilder().append(draft.procedureCode()).append('|')
                .append(draft.decisionNumber()).append('|').append(draft.approvedOn()).append('|')
                .append(draft.validFrom());
        for (ProcessDraft.Step step : draft.steps()) {
            text.append('|').append(step.name()).append('\u001f').append(step.performer()).append('\u001f')
                    .append(step.time().amount().toPlainString()).append('\u001f').append(step.time().unit());
        }
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
