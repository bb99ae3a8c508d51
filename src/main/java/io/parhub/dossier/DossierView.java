package io.parhub.dossier;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dossier as staff see it (times in Vietnam local time).
 *
 * @param status parhub's state; {@code nationalCode} and {@code nationalStatus} are the portal's TrangThaiHoSo
 * @param flaggedLate a second supplement request was made (NĐ 61/2018 regime): counts against the agency
 * @param currentStepName the name of the step the dossier is at (null in lists and before reception)
 * @param bundleCode the interconnected bundle the dossier was received for; null for one procedure
 * @param parts the parts of an interconnected dossier, each at its agency; empty for one procedure
 * @param paymentItems what the citizen was asked to pay (status AWAITING_PAYMENT)
 * @param returnMode how the result was returned (COUNTER, POST, ONLINE), once delivered
 */
public record DossierView(String code, int version, String status, int nationalCode, String nationalStatus,
        String regime, String procedureCode, String procedureName, String channel, long receivingAgencyId,
        long handlingAgencyId, Applicant applicant, LocalDateTime submittedAt, @Nullable LocalDateTime receivedAt,
        @Nullable LocalDateTime dueAt, @Nullable LocalDateTime originalDueAt, @Nullable LocalDateTime clockStoppedAt,
        int supplementRequests, boolean flaggedLate, boolean apologised, List<String> handedIn,
        List<String> missingItems, List<String> reasons, @Nullable Integer currentStep, @Nullable String assignee,
        @Nullable LocalDateTime resolvedAt, @Nullable LocalDateTime deliveredAt, List<HistoryEntry> history,
        @Nullable String currentStepName, @Nullable String bundleCode, List<Part> parts, List<String> paymentItems,
        @Nullable String returnMode) {

    /** One part of an interconnected dossier: WAITING (its stage has not begun), IN_PROGRESS or DONE. */
    public record Part(int position, int stage, String name, @Nullable String procedureCode, long agencyId,
            String agencyName, String state, @Nullable LocalDateTime doneAt) {
    }

    /** One recorded transition. */
    public record HistoryEntry(LocalDateTime at, String actor, String action, @Nullable String from, String to,
            int nationalCode, @Nullable String note) {
    }

    static DossierView of(Dossier d, List<HistoryEntry> history) {
        return of(d, history, null, List.of());
    }

    static DossierView of(Dossier d, List<HistoryEntry> history, @Nullable String stepName, List<Part> parts) {
        return of(d, d.version(), history, stepName, parts);
    }

    /** @param version the row's version, when {@code d} was read before the command that wrote it */
    static DossierView of(Dossier d, int version, List<HistoryEntry> history, @Nullable String stepName,
            List<Part> parts) {
        Dossier.Status s = d.status();
        return new DossierView(d.code(), version, s.name(), s.nationalCode(), s.nationalName(), d.regime().name(),
                d.procedureCode(), d.procedureName(), d.channel().name(), d.receivingAgencyId(), d.handlingAgencyId(),
                d.applicant(), d.submittedAt(), d.receivedAt(), d.dueAt(), d.originalDueAt(), d.clockStoppedAt(),
                d.supplementRequests(), d.flaggedLate(), d.apologised(), d.handedIn(), d.missingItems(),
                d.reasons(), d.currentStep(), d.assignee(), d.resolvedAt(), d.deliveredAt(), history, stepName,
                d.bundleCode(), parts, d.paymentItems(), d.returnMode() == null ? null : d.returnMode().name());
    }
}
