package io.parhub.dossier;

import io.parhub.procedure.Channel;
import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dossier aggregate. Its status changes only through the verb methods below: each checks the current status,
 * changes it and registers a {@link Transition} that the engine writes to the status history and the audit trail
 * and publishes as {@link DossierStatusChanged}, in the command's transaction. Times are Vietnam local times.
 */
public final class Dossier {

    /** parhub's states, finer than and mapped onto the national portal's TrangThaiHoSo. */
    public enum Status {
        /** Submitted online, not yet checked by the counter. */
        SUBMITTED(1, "Mới đăng ký"),
        /** Incomplete at reception: guidance listing all missing items was given; not received. */
        AWAITING_COMPLETION(1, "Mới đăng ký"),
        REFUSED_AT_RECEPTION(3, "Không được tiếp nhận"),
        RECEIVED(2, "Được tiếp nhận"),
        IN_PROGRESS(4, "Đang xử lý"),
        SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung giấy tờ"),
        /** The citizen was asked to pay fees, charges or taxes; the clock stops until payment is confirmed. */
        AWAITING_PAYMENT(6, "Yêu cầu thực hiện nghĩa vụ tài chính"),
        WITHDRAWN(7, "Công dân yêu cầu rút hồ sơ"),
        SUSPENDED(8, "Dừng xử lý"),
        /** Refusal to resolve, with reasons, after reception. */
        REFUSED(8, "Dừng xử lý"),
        /** The result was signed off. */
        RESOLVED(9, "Đã xử lý xong"),
        DELIVERED(10, "Đã trả kết quả");

        private final int nationalCode;
        private final String nationalName;

        Status(int nationalCode, String nationalName) {
            this.nationalCode = nationalCode;
            this.nationalName = nationalName;
        }

        public int nationalCode() {
            return nationalCode;
        }

        public String nationalName() {
            return nationalName;
        }

        /** Still to be worked on by the agency (counts in queues and lateness). */
        public boolean active() {
            return this == RECEIVED || this == IN_PROGRESS || this == SUPPLEMENT_REQUESTED || this == SUBMITTED
                    || this == AWAITING_PAYMENT;
        }
    }

    /** How the result is returned to the citizen (NĐ 61/2018 Điều 20; NĐ 118/2025). */
    public enum ReturnMode {
        COUNTER, POST, ONLINE
    }

    /** A status change to record. */
    public record Transition(DossierAction action, @Nullable Status from, Status to, @Nullable String note) {
    }

    private final @Nullable Long id;
    private final String code;
    private final String procedureCode;
    private final String procedureName;
    private final Regime regime;
    private final Channel channel;
    private final long receivingAgencyId;
    private final long handlingAgencyId;
    private final Applicant applicant;
    private Status status;
    private final int version;
    private final LocalDateTime submittedAt;
    private @Nullable LocalDateTime receivedAt;
    private @Nullable LocalDateTime dueAt;
    private @Nullable LocalDateTime originalDueAt;
    private @Nullable LocalDateTime clockStoppedAt;
    private int supplementRequests;
    private boolean flaggedLate;
    private boolean apologised;
    private final List<String> handedIn;
    private List<String> missingItems;
    private List<String> reasons;
    private @Nullable Integer currentStep;
    private @Nullable String assignee;
    private @Nullable LocalDateTime resolvedAt;
    private @Nullable LocalDateTime deliveredAt;
    private final @Nullable String bundleCode;
    private List<String> paymentItems;
    private @Nullable ReturnMode returnMode;
    private @Nullable LocalDateTime closedAt;
    private final @Nullable String procedureField;
    private final List<Transition> transitions = new ArrayList<>();

    public Dossier(@Nullable Long id, String code, String procedureCode, String procedureName, Regime regime,
            Channel channel, long receivingAgencyId, long handlingAgencyId, Applicant applicant, Status status,
            int version, LocalDateTime submittedAt, @Nullable LocalDateTime receivedAt, @Nullable LocalDateTime dueAt,
            @Nullable LocalDateTime originalDueAt, @Nullable LocalDateTime clockStoppedAt, int supplementRequests,
            boolean flaggedLate, boolean apologised, List<String> handedIn, List<String> missingItems,
            List<String> reasons, @Nullable Integer currentStep, @Nullable String assignee,
            @Nullable LocalDateTime resolvedAt, @Nullable LocalDateTime deliveredAt, @Nullable String bundleCode,
            List<String> paymentItems, @Nullable ReturnMode returnMode, @Nullable LocalDateTime closedAt,
            @Nullable String procedureField) {
        this.id = id;
        this.code = code;
        this.procedureCode = procedureCode;
        this.procedureName = procedureName;
        this.regime = regime;
        this.channel = channel;
        this.receivingAgencyId = receivingAgencyId;
        this.handlingAgencyId = handlingAgencyId;
        this.applicant = applicant;
        this.status = status;
        this.version = version;
        this.submittedAt = submittedAt;
        this.receivedAt = receivedAt;
        this.dueAt = dueAt;
        this.originalDueAt = originalDueAt;
        this.clockStoppedAt = clockStoppedAt;
        this.supplementRequests = supplementRequests;
        this.flaggedLate = flaggedLate;
        this.apologised = apologised;
        this.handedIn = List.copyOf(handedIn);
        this.missingItems = List.copyOf(missingItems);
        this.reasons = List.copyOf(reasons);
        this.currentStep = currentStep;
        this.assignee = assignee;
        this.resolvedAt = resolvedAt;
        this.deliveredAt = deliveredAt;
        this.bundleCode = bundleCode;
        this.paymentItems = List.copyOf(paymentItems);
        this.returnMode = returnMode;
        this.closedAt = closedAt;
        this.procedureField = procedureField;
    }

    // --- reception outcomes (a new dossier starts in one of these) -------------------------------------------------

    void receive(LocalDateTime at, LocalDateTime due) {
        require(DossierAction.ACCEPT, Status.SUBMITTED);
        this.receivedAt = at;
        this.dueAt = due;
        this.originalDueAt = due;
        this.currentStep = 1;
        move(DossierAction.ACCEPT, Status.RECEIVED, null);
    }

    // --- processing ------------------------------------------------------------------------------------------------

    void forward(int nextStep, @Nullable String toAssignee, @Nullable String note) {
        requireSingleProcedure(DossierAction.FORWARD);
        require(DossierAction.FORWARD, Status.RECEIVED, Status.IN_PROGRESS, Status.RESOLVED);
        this.currentStep = nextStep;
        this.assignee = toAssignee;
        move(DossierAction.FORWARD, status == Status.RESOLVED ? Status.RESOLVED : Status.IN_PROGRESS, note);
    }

    void returnTo(int previousStep, @Nullable String toAssignee, @Nullable String note) {
        requireSingleProcedure(DossierAction.RETURN);
        require(DossierAction.RETURN, Status.IN_PROGRESS);
        this.currentStep = previousStep;
        this.assignee = toAssignee;
        move(DossierAction.RETURN, Status.IN_PROGRESS, note);
    }

    /**
     * Stops the clock. A second request is refused under NĐ 118/2025 (Điều 11: only once) and flagged as counting
     * against the agency under NĐ 61/2018 (QĐ 766/QĐ-TTg).
     */
    void requestSupplement(LocalDateTime at, List<String> items, @Nullable String note) {
        require(DossierAction.REQUEST_SUPPLEMENT, Status.RECEIVED, Status.IN_PROGRESS);
        if (items.isEmpty()) {
            throw DomainException.invalid("dossier-items-required", "dossier.problem.items-required");
        }
        if (supplementRequests >= 1 && !regime.allowsSecondSupplement()) {
            throw DomainException.conflict("dossier-supplement-once", "dossier.problem.supplement-once", code);
        }
        supplementRequests++;
        if (supplementRequests > 1) {
            flaggedLate = true;
        }
        missingItems = List.copyOf(items);
        clockStoppedAt = at;
        move(DossierAction.REQUEST_SUPPLEMENT, Status.SUPPLEMENT_REQUESTED, note);
    }

    /** The complete re-submission: the clock restarts from it with the full time (NĐ 61/2018 Điều 19). */
    void supplement(LocalDateTime newDue, @Nullable String note) {
        require(DossierAction.SUPPLEMENT, Status.SUPPLEMENT_REQUESTED);
        clockStoppedAt = null;
        missingItems = List.of();
        dueAt = newDue;
        move(DossierAction.SUPPLEMENT, Status.IN_PROGRESS, note);
    }

    /**
     * Phiếu xin lỗi và hẹn lại (TT 01/2018 Mẫu 04; TT 03/2025 Mẫu 04): once, at the latest on {@code latestDay} (one
     * working day before the due date), with a later date.
     */
    void apologise(LocalDateTime at, LocalDate latestDay, LocalDateTime newDue, @Nullable String note) {
        require(DossierAction.APOLOGISE, Status.RECEIVED, Status.IN_PROGRESS, Status.SUPPLEMENT_REQUESTED);
        if (apologised) {
            throw DomainException.conflict("dossier-apology-once", "dossier.problem.apology-once", code);
        }
        if (at.toLocalDate().isAfter(latestDay)) {
            throw DomainException.conflict("dossier-apology-too-late", "dossier.problem.apology-too-late",
                    latestDay.toString());
        }
        if (dueAt == null || !newDue.isAfter(dueAt)) {
            throw DomainException.invalid("dossier-apology-date", "dossier.problem.apology-date");
        }
        apologised = true;
        dueAt = newDue;
        move(DossierAction.APOLOGISE, status, note);
    }

    void refuse(LocalDateTime at, List<String> why, @Nullable String note) {
        requireReasons(why);
        if (status == Status.SUBMITTED) {
            reasons = List.copyOf(why);
            move(DossierAction.REFUSE, Status.REFUSED_AT_RECEPTION, note);
            return;
        }
        require(DossierAction.REFUSE, Status.RECEIVED, Status.IN_PROGRESS, Status.SUPPLEMENT_REQUESTED,
                Status.AWAITING_PAYMENT);
        reasons = List.copyOf(why);
        close(at);
        move(DossierAction.REFUSE, Status.REFUSED, note);
    }

    /** Withdrawal at the citizen's request, only while no result exists (NĐ 118/2025 Điều 21). */
    void withdraw(LocalDateTime at, List<String> why, @Nullable String note) {
        require(DossierAction.WITHDRAW, Status.SUBMITTED, Status.AWAITING_COMPLETION, Status.RECEIVED,
                Status.IN_PROGRESS, Status.SUPPLEMENT_REQUESTED, Status.AWAITING_PAYMENT, Status.SUSPENDED);
        reasons = List.copyOf(why);
        if (receivedAt != null) {
            close(at);
        }
        move(DossierAction.WITHDRAW, Status.WITHDRAWN, note);
    }

    void suspend(LocalDateTime at, List<String> why, @Nullable String note) {
        require(DossierAction.SUSPEND, Status.RECEIVED, Status.IN_PROGRESS, Status.SUPPLEMENT_REQUESTED,
                Status.AWAITING_PAYMENT);
        requireReasons(why);
        reasons = List.copyOf(why);
        close(at);
        move(DossierAction.SUSPEND, Status.SUSPENDED, note);
    }

    void approve(LocalDateTime at, @Nullable String note) {
        requireSingleProcedure(DossierAction.APPROVE);
        require(DossierAction.APPROVE, Status.IN_PROGRESS);
        resolvedAt = at;
        close(at);
        move(DossierAction.APPROVE, Status.RESOLVED, note);
    }

    /**
     * Asks the citizen to pay (fees, charges, taxes): the clock stops; the days until payment is confirmed do not
     * count against the agency.
     */
    void requestPayment(LocalDateTime at, List<String> items, @Nullable String note) {
        require(DossierAction.REQUEST_PAYMENT, Status.RECEIVED, Status.IN_PROGRESS);
        if (items.isEmpty()) {
            throw DomainException.invalid("dossier-items-required", "dossier.problem.items-required");
        }
        paymentItems = List.copyOf(items);
        clockStoppedAt = at;
        move(DossierAction.REQUEST_PAYMENT, Status.AWAITING_PAYMENT, note);
    }

    /** Payment confirmed: processing resumes with the due time moved by the working days the clock stood still. */
    void confirmPayment(LocalDateTime newDue, @Nullable String note) {
        require(DossierAction.CONFIRM_PAYMENT, Status.AWAITING_PAYMENT);
        clockStoppedAt = null;
        dueAt = newDue;
        move(DossierAction.CONFIRM_PAYMENT, Status.IN_PROGRESS, note);
    }

    /** One part of an interconnected dossier is done; the dossier is resolved when every part is. */
    void completePart(LocalDateTime at, boolean lastPart, @Nullable String note) {
        if (bundleCode == null) {
            throw DomainException.conflict("dossier-not-bundle", "dossier.problem.not-bundle", code);
        }
        require(DossierAction.COMPLETE_PART, Status.RECEIVED, Status.IN_PROGRESS);
        if (lastPart) {
            resolvedAt = at;
            close(at);
        }
        move(DossierAction.COMPLETE_PART, lastPart ? Status.RESOLVED : Status.IN_PROGRESS, note);
    }

    void deliver(LocalDateTime at, ReturnMode mode, @Nullable String note) {
        require(DossierAction.DELIVER, Status.RESOLVED);
        deliveredAt = at;
        returnMode = mode;
        assignee = null;
        move(DossierAction.DELIVER, Status.DELIVERED, note);
    }

    /** Leaving processing counts once, at the first of result, refusal, suspension or withdrawal. */
    private void close(LocalDateTime at) {
        if (closedAt == null) {
            closedAt = at;
        }
    }

    private void requireSingleProcedure(DossierAction action) {
        if (bundleCode != null) {
            throw DomainException.conflict("dossier-bundle-parts", "dossier.problem.bundle-parts", code,
                    action.slug());
        }
    }

    private void requireReasons(List<String> why) {
        if (why.isEmpty()) {
            throw DomainException.invalid("dossier-reasons-required", "dossier.problem.reasons-required");
        }
    }

    private void require(DossierAction action, Status... allowed) {
        for (Status s : allowed) {
            if (s == status) {
                return;
            }
        }
        throw DomainException.conflict("dossier-wrong-status", "dossier.problem.wrong-status", code, action.slug(),
                status.name());
    }

    private void move(DossierAction action, Status to, @Nullable String note) {
        transitions.add(new Transition(action, status, to, note));
        status = to;
    }

    List<Transition> transitions() {
        return List.copyOf(transitions);
    }

    // --- reads -----------------------------------------------------------------------------------------------------

    public @Nullable Long id() { return id; }
    public String code() { return code; }
    public String procedureCode() { return procedureCode; }
    public String procedureName() { return procedureName; }
    public Regime regime() { return regime; }
    public Channel channel() { return channel; }
    public long receivingAgencyId() { return receivingAgencyId; }
    public long handlingAgencyId() { return handlingAgencyId; }
    public Applicant applicant() { return applicant; }
    public Status status() { return status; }
    public int version() { return version; }
    public LocalDateTime submittedAt() { return submittedAt; }
    public @Nullable LocalDateTime receivedAt() { return receivedAt; }
    public @Nullable LocalDateTime dueAt() { return dueAt; }
    public @Nullable LocalDateTime originalDueAt() { return originalDueAt; }
    public @Nullable LocalDateTime clockStoppedAt() { return clockStoppedAt; }
    public int supplementRequests() { return supplementRequests; }
    public boolean flaggedLate() { return flaggedLate; }
    public boolean apologised() { return apologised; }
    public List<String> handedIn() { return handedIn; }
    public List<String> missingItems() { return missingItems; }
    public List<String> reasons() { return reasons; }
    public @Nullable Integer currentStep() { return currentStep; }
    public @Nullable String assignee() { return assignee; }
    public @Nullable LocalDateTime resolvedAt() { return resolvedAt; }
    public @Nullable LocalDateTime deliveredAt() { return deliveredAt; }
    public @Nullable String bundleCode() { return bundleCode; }
    public List<String> paymentItems() { return paymentItems; }
    public @Nullable ReturnMode returnMode() { return returnMode; }
    public @Nullable LocalDateTime closedAt() { return closedAt; }
    /** The procedure's field (lĩnh vực) recorded at reception; null for dossiers received before it was. */
    public @Nullable String procedureField() { return procedureField; }
}
