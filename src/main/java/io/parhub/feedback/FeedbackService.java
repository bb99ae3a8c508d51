package io.parhub.feedback;

import io.parhub.account.AccessPolicy;
import io.parhub.account.CurrentStaff;
import io.parhub.account.Role;
import io.parhub.calendar.WorkingCalendar;
import io.parhub.feedback.store.FeedbackRow;
import io.parhub.feedback.store.FeedbackStore;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import io.parhub.shared.FileTypes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback workflow. The provincial office (roles PROCEDURE_CONTROL or PAR_OFFICE inside the province set by
 * {@code parhub.feedback.province-agency}) classifies, forwards, publishes and closes; the competent agency's
 * SPECIALIST or AGENCY_LEADER answers. Each action checks the state and the version, writes history and audit.
 */
@Service
@Transactional
class FeedbackService implements Feedbacks {

    private final FeedbackStore store;
    private final FeedbackIntake intake;
    private final WorkingCalendar calendar;
    private final Agencies agencies;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final FeedbackSettings settings;
    private final java.time.Clock clock;

    FeedbackService(FeedbackStore store, FeedbackIntake intake, WorkingCalendar calendar, Agencies agencies,
            AccessPolicy access, AuditTrail audit, FeedbackSettings settings, java.time.Clock clock) {
        this.clock = clock;
        this.store = store;
        this.intake = intake;
        this.calendar = calendar;
        this.agencies = agencies;
        this.access = access;
        this.audit = audit;
        this.settings = settings;
    }

    @Override
    public Submitted submit(FeedbackSubmission submission, LocalDateTime at, @Nullable String idempotencyKey) {
        if (submission.channel() != FeedbackChannel.ONLINE) {
            throw DomainException.invalid("feedback-channel", "feedback.problem.channel");
        }
        return intake.register(submission, at, "citizen", PersonalData.clean(idempotencyKey));
    }

    @Override
    public Submitted record(FeedbackSubmission submission, LocalDateTime at) {
        CurrentStaff staff = staff();
        if (!isControl(staff) && !staff.has(Role.COUNTER_OFFICER)) {
            throw role(Role.PROCEDURE_CONTROL, Role.PAR_OFFICE, Role.COUNTER_OFFICER);
        }
        if (submission.channel() == FeedbackChannel.ONLINE) {
            throw DomainException.invalid("feedback-channel", "feedback.problem.channel");
        }
        return intake.register(submission, at, staff.username(), null);
    }

    @Override
    public FeedbackView act(String code, FeedbackAction action, ActionInput input, LocalDateTime at) {
        CurrentStaff staff = staff();
        FeedbackRow r = store.find(code).orElseThrow(() -> notFound(code));
        if (!canRead(staff, r)) {
            throw DomainException.forbidden("forbidden", "error.page.403");
        }
        FeedbackStatus from = FeedbackStatus.valueOf(r.status);
        if (!action.allowedFrom(from)) {
            throw DomainException.conflict("feedback-wrong-status", "feedback.problem.wrong-status", code,
                    action.slug(), from.name());
        }
        if (input.version() != r.version) {
            throw stale(code);
        }
        Instant now = at.atZone(FeedbackIntake.VIETNAM).toInstant();
        Long agencyBefore = r.agencyId;
        String note = PersonalData.clean(input.text());
        switch (action) {
            case CLASSIFY -> {
                requireControl(staff);
                if (input.inScope() == null) {
                    throw DomainException.invalid("feedback-scope-required", "feedback.problem.scope-required");
                }
                if (input.inScope()) {
                    r.status = FeedbackStatus.CLASSIFIED.name();
                    r.field = PersonalData.clean(input.field());
                    r.scopeReason = null;
                } else {
                    if (note == null) {
                        throw DomainException.invalid("feedback-reason-required", "feedback.problem.reason-required");
                    }
                    r.status = FeedbackStatus.OUT_OF_SCOPE.name();
                    r.scopeReason = note;
                }
                r.classifiedAt = now;
            }
            case FORWARD -> {
                requireControl(staff);
                String agencyCode = PersonalData.clean(input.agencyCode());
                Agency province = province(at.toLocalDate());
                Agency agency = agencyCode == null ? null : agencies.byCode(agencyCode, at.toLocalDate())
                        .filter(a -> agencies.isWithin(a.id(), province.id())).orElse(null);
                if (agency == null) {
                    throw DomainException.invalid("feedback-agency", "feedback.problem.agency",
                            agencyCode == null ? "" : agencyCode);
                }
                r.agencyId = agency.id();
                r.status = FeedbackStatus.FORWARDED.name();
                r.forwardedAt = now;
                r.answerDueOn = calendar.addWorkingDays(at.toLocalDate(), settings.answerWorkingDays());
            }
            case ANSWER -> {
                if (!staff.has(Role.SPECIALIST) && !staff.has(Role.AGENCY_LEADER)) {
                    throw role(Role.SPECIALIST, Role.AGENCY_LEADER);
                }
                access.requireChange(java.util.Objects.requireNonNull(r.agencyId));
                if (note == null) {
                    throw DomainException.invalid("feedback-answer-required", "feedback.problem.answer-required");
                }
                r.answer = note;
                r.answeredAt = now;
                r.answeredBy = staff.username();
                r.status = FeedbackStatus.ANSWERED.name();
            }
            case PUBLISH -> {
                requireControl(staff);
                r.publicQuestion = PersonalData.scrub(note == null ? r.content : note, known(r));
                r.publicAnswer = PersonalData.scrub(r.answer, known(r));
                r.publishedAt = now;
                r.status = FeedbackStatus.PUBLISHED.name();
            }
            case CLOSE -> {
                requireControl(staff);
                r.closedAt = now;
                r.status = FeedbackStatus.CLOSED.name();
            }
        }
        r.updatedAt = now;
        if (!store.update(r)) {
            throw stale(code);
        }
        r.version++;
        String historyNote = action == FeedbackAction.FORWARD ? agencyName(r.agencyId)
                : action == FeedbackAction.PUBLISH ? null : note;
        store.history(java.util.Objects.requireNonNull(r.id), now, staff.username(), action.slug(), from.name(),
                r.status, historyNote);
        Map<String, @Nullable Object> details = new HashMap<>();
        details.put("from", from.name());
        details.put("to", r.status);
        details.put("versionBefore", input.version());
        details.put("versionAfter", input.version() + 1);
        details.put("agencyBefore", agencyBefore == null ? null : agencyCode(agencyBefore));
        details.put("agencyAfter", r.agencyId == null ? null : agencyCode(r.agencyId));
        details.put("field", r.field);
        details.put("answerDueOn", r.answerDueOn == null ? null : r.answerDueOn.toString());
        details.put("note", action == FeedbackAction.ANSWER || action == FeedbackAction.PUBLISH ? null : note);
        audit.record(staff.username(), "feedback." + action.slug(), "feedback", code, details);
        return view(r, at);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FeedbackView> find(String code, LocalDateTime now) {
        CurrentStaff staff = staff();
        Optional<FeedbackRow> r = store.find(code);
        if (r.isPresent() && !canRead(staff, r.get())) {
            throw DomainException.forbidden("forbidden", "error.page.403");
        }
        return r.map(row -> view(row, now));
    }

    @Override
    @Transactional(readOnly = true)
    public List<FeedbackView> queue(Queue queue, @Nullable FeedbackStatus status, LocalDateTime now) {
        CurrentStaff staff = staff();
        List<String> statuses = status != null ? List.of(status.name())
                : queue == Queue.ALL ? List.of()
                : Arrays.stream(FeedbackStatus.values()).filter(s -> s != FeedbackStatus.CLOSED)
                        .map(Enum::name).toList();
        return store.list(statuses, 1000).stream().filter(r -> canRead(staff, r))
                .map(r -> summary(r, now))
                .filter(v -> switch (queue) {
                    case DUE_SOON -> v.timeliness().dueSoon();
                    case LATE -> v.timeliness().late() && v.timeliness().pendingDue() != null;
                    default -> true;
                }).toList();
    }

    @Override
    public List<FeedbackAction> allowedActions(FeedbackView f) {
        Optional<CurrentStaff> current = access.current();
        if (current.isEmpty()) {
            return List.of();
        }
        CurrentStaff staff = current.get();
        return Arrays.stream(FeedbackAction.values()).filter(a -> a.allowedFrom(f.status())).filter(a -> {
            if (a == FeedbackAction.ANSWER) {
                return (staff.has(Role.SPECIALIST) || staff.has(Role.AGENCY_LEADER)) && f.agencyCode() != null
                        && store.find(f.code()).map(r -> r.agencyId != null && access.canChange(r.agencyId))
                                .orElse(false);
            }
            return isControl(staff);
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FeedbackTracking> track(String code, String check) {
        return store.find(code.strip()).filter(r -> checks(r, check.strip())).map(r -> {
            FeedbackStatus status = FeedbackStatus.valueOf(r.status);
            List<FeedbackTracking.Event> events = store.history(java.util.Objects.requireNonNull(r.id)).stream()
                    .map(h -> new FeedbackTracking.Event(local(h.at()), FeedbackStatus.valueOf(h.to()))).toList();
            boolean answered = r.answeredAt != null;
            return new FeedbackTracking(r.code, FeedbackKind.valueOf(r.kind), r.subject, status, r.anonymous,
                    local(r.receivedAt), agencyName(r.agencyId), pendingDue(r), r.scopeReason,
                    answered ? r.answer : null, answered ? local(r.answeredAt) : null, r.publishedAt != null, events);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicAnswer> answers(@Nullable String query, @Nullable FeedbackKind kind, int page, int size) {
        int limit = Math.max(1, Math.min(size, 100));
        return store.published(query, kind == null ? null : kind.name(), Math.max(0, page) * limit, limit).stream()
                .map(this::publicAnswer).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublicAnswer> answer(String code) {
        return store.find(code.strip()).filter(r -> r.publishedAt != null).map(this::publicAnswer);
    }

    @Override
    public String scrub(FeedbackView f, @Nullable String text) {
        return store.find(f.code()).map(r -> PersonalData.scrub(PersonalData.clean(text) == null ? r.content : text,
                known(r))).orElse("");
    }

    @Override
    @Transactional(readOnly = true)
    public List<Open311Request> open311Requests(Open311Query q) {
        List<String> statuses = q.closed() == null ? List.of() : Arrays.stream(FeedbackStatus.values())
                .filter(s -> s.closedForOpen311() == q.closed()).map(Enum::name).toList();
        return store.search(q.codes(), q.kinds().stream().map(Enum::name).toList(),
                q.from() == null ? null : q.from().atZone(FeedbackIntake.VIETNAM).toInstant(),
                q.to() == null ? null : q.to().atZone(FeedbackIntake.VIETNAM).toInstant(), statuses, q.limit())
                .stream().map(this::open311).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Open311Request> open311Request(String code) {
        return store.find(code.strip()).map(this::open311);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredFile> file(String code, long fileId) {
        CurrentStaff staff = staff();
        FeedbackRow r = store.find(code).orElseThrow(() -> notFound(code));
        if (!canRead(staff, r)) {
            throw DomainException.forbidden("forbidden", "error.page.403");
        }
        long id = java.util.Objects.requireNonNull(r.id);
        return store.files(id).stream().filter(f -> f.id() == fileId).findFirst().flatMap(f -> store
                .fileBytes(id, fileId).map(b -> new StoredFile(f.name(), f.contentType(), b, f.sha256())));
    }

    private Open311Request open311(FeedbackRow r) {
        String description = r.publishedAt != null && r.publicQuestion != null ? r.publicQuestion
                : PersonalData.scrub(r.content, known(r));
        return new Open311Request(r.code, FeedbackKind.valueOf(r.kind), FeedbackStatus.valueOf(r.status),
                description, r.publishedAt == null ? null : r.publicAnswer, r.scopeReason, agencyName(r.agencyId),
                local(r.receivedAt), local(r.updatedAt), pendingDue(r));
    }

    private PublicAnswer publicAnswer(FeedbackRow r) {
        return new PublicAnswer(r.code, FeedbackKind.valueOf(r.kind), PersonalData.scrub(r.subject, known(r)),
                String.valueOf(r.publicQuestion), String.valueOf(r.publicAnswer), agencyName(r.agencyId),
                r.procedureCode, r.procedureName, local(r.receivedAt),
                r.answeredAt == null ? null : local(r.answeredAt), local(java.util.Objects.requireNonNull(r.publishedAt)));
    }

    private boolean checks(FeedbackRow r, String check) {
        if (check.isEmpty()) {
            return false;
        }
        if ("SECRET".equals(r.checkKind)) {
            return FileTypes.sha256(check.getBytes(StandardCharsets.UTF_8)).equals(r.secretHash);
        }
        return check.length() == 4 && check.equals(FeedbackIntake.last4(r.phone));
    }

    /** The deadline the feedback waits for now: forwarding while not forwarded, the answer while forwarded. */
    private static @Nullable LocalDate pendingDue(FeedbackRow r) {
        FeedbackStatus s = FeedbackStatus.valueOf(r.status);
        return switch (s) {
            case RECEIVED, CLASSIFIED -> r.forwardDueOn;
            case FORWARDED -> r.answerDueOn;
            default -> null;
        };
    }

    /** Late and due-soon flags, computed from the calendar when read. */
    FeedbackView.Timeliness timeliness(FeedbackRow r, LocalDate today) {
        LocalDate forwardedOn = r.forwardedAt == null ? null : local(r.forwardedAt).toLocalDate();
        LocalDate answeredOn = r.answeredAt == null ? null : local(r.answeredAt).toLocalDate();
        FeedbackStatus s = FeedbackStatus.valueOf(r.status);
        boolean forwardLate = forwardedOn != null ? forwardedOn.isAfter(r.forwardDueOn)
                : (s == FeedbackStatus.RECEIVED || s == FeedbackStatus.CLASSIFIED) && today.isAfter(r.forwardDueOn);
        boolean answerLate = r.answerDueOn != null && (answeredOn != null ? answeredOn.isAfter(r.answerDueOn)
                : s == FeedbackStatus.FORWARDED && today.isAfter(r.answerDueOn));
        LocalDate pending = pendingDue(r);
        boolean dueSoon = pending != null && !today.isAfter(pending)
                && !calendar.addWorkingDays(today, settings.dueSoonWorkingDays()).isBefore(pending);
        return new FeedbackView.Timeliness(forwardLate, answerLate, dueSoon, pending);
    }

    private FeedbackView summary(FeedbackRow r, LocalDateTime now) {
        return view(r, now, List.of(), List.of());
    }

    private FeedbackView view(FeedbackRow r, LocalDateTime now) {
        long id = java.util.Objects.requireNonNull(r.id);
        List<FeedbackView.HistoryEntry> history = store.history(id).stream().map(h -> new FeedbackView.HistoryEntry(
                local(h.at()), h.actor(), h.action(), h.from(), h.to(), h.note())).toList();
        List<FeedbackView.FileEntry> files = store.files(id).stream().map(f -> new FeedbackView.FileEntry(f.id(),
                f.name(), f.contentType(), f.size(), f.sha256())).toList();
        return view(r, now, history, files);
    }

    private FeedbackView view(FeedbackRow r, LocalDateTime now, List<FeedbackView.HistoryEntry> history,
            List<FeedbackView.FileEntry> files) {
        Agency agency = r.agencyId == null ? null : agencies.byId(r.agencyId).orElse(null);
        return new FeedbackView(r.code, FeedbackChannel.valueOf(r.channel), FeedbackKind.valueOf(r.kind), r.subject,
                r.content, r.anonymous, r.name, r.phone, r.email, r.address, r.dossierCode, r.procedureCode,
                r.procedureName, FeedbackStatus.valueOf(r.status), r.scopeReason, r.field,
                agency == null ? null : agency.code(), agency == null ? null : agency.name(), r.answer,
                r.publicQuestion, r.publicAnswer, local(r.receivedAt), r.receivedBy, r.forwardDueOn,
                r.forwardedAt == null ? null : local(r.forwardedAt), r.answerDueOn,
                r.answeredAt == null ? null : local(r.answeredAt), r.answeredBy,
                r.publishedAt == null ? null : local(r.publishedAt), r.closedAt == null ? null : local(r.closedAt),
                local(r.updatedAt), r.version, timeliness(r, now.toLocalDate()), history, files);
    }

    private static List<@Nullable String> known(FeedbackRow r) {
        return Arrays.asList(r.name, r.address, r.phone, r.email);
    }

    private CurrentStaff staff() {
        return access.current().orElseThrow(() -> DomainException.forbidden("forbidden", "error.page.403"));
    }

    /** The provincial office: procedure control or the PAR office, in the province's agency tree. */
    private boolean isControl(CurrentStaff staff) {
        if (!staff.has(Role.PROCEDURE_CONTROL) && !staff.has(Role.PAR_OFFICE)) {
            return false;
        }
        return agencies.byCode(settings.provinceAgency(), LocalDate.now(clock.withZone(FeedbackIntake.VIETNAM)))
                .map(p -> agencies.isWithin(staff.agencyId(), p.id())).orElse(false);
    }

    private void requireControl(CurrentStaff staff) {
        if (!isControl(staff)) {
            throw role(Role.PROCEDURE_CONTROL, Role.PAR_OFFICE);
        }
    }

    private boolean canRead(CurrentStaff staff, FeedbackRow r) {
        return staff.has(Role.ADMIN) || staff.has(Role.PROVINCIAL_LEADER) || isControl(staff)
                || (r.agencyId != null && access.canRead(r.agencyId));
    }

    private Agency province(LocalDate day) {
        return agencies.byCode(settings.provinceAgency(), day).orElseThrow(() -> new IllegalStateException(
                "parhub.feedback.province-agency " + settings.provinceAgency() + " does not exist on " + day));
    }

    private @Nullable String agencyName(@Nullable Long id) {
        return id == null ? null : agencies.byId(id).map(Agency::name).orElse(null);
    }

    private String agencyCode(long id) {
        return agencies.byId(id).map(Agency::code).orElse(String.valueOf(id));
    }

    private static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, FeedbackIntake.VIETNAM);
    }

    private static DomainException role(Role... roles) {
        return DomainException.forbidden("feedback-role", "feedback.problem.role",
                String.join(", ", Arrays.stream(roles).map(Role::name).toList()));
    }

    static DomainException notFound(String code) {
        return DomainException.notFound("feedback-not-found", "feedback.problem.not-found", code);
    }

    private static DomainException stale(String code) {
        return DomainException.conflict("feedback-stale", "feedback.problem.stale", code);
    }

    @Override
    @Transactional(readOnly = true)
    public AnswerTimeliness answerTimeliness(java.util.Collection<Long> agencyIds, LocalDate from, LocalDate to,
            LocalDate today) {
        int[] counts = store.answerTimeliness(agencyIds, from, to, today);
        return new AnswerTimeliness(counts[0], counts[1]);
    }

    @Override
    @Transactional(readOnly = true)
    public FeedbackCounts counts(java.util.Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        long[] c = store.counts(agencyIds, from, to);
        return new FeedbackCounts(c[0], c[1], c[2], c[0] - c[1]);
    }
}
