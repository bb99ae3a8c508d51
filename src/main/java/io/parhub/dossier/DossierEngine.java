package io.parhub.dossier;

import io.parhub.account.CurrentStaff;
import io.parhub.account.Role;
import io.parhub.calendar.TimeLimit;
import io.parhub.dossier.store.DossierCodes;
import io.parhub.dossier.store.DossierStore;
import io.parhub.dossier.store.IdempotencyKeys;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.procedure.Channel;
import io.parhub.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reception (counter, post, online) and the reads; the transitions are in {@link DossierTransitions}. */
@Service
@Transactional
class DossierEngine implements Dossiers {

    private static final Set<String> ACTIVE = java.util.Arrays.stream(Dossier.Status.values())
            .filter(Dossier.Status::active).map(Enum::name).collect(Collectors.toSet());

    private final DossierStore store;
    private final DossierCodes codes;
    private final IdempotencyKeys keys;
    private final Subjects subjects;
    private final Agencies agencies;
    private final DueDates dueDates;
    private final StepFlow flow;
    private final DossierRecorder recorder;
    private final DossierTransitions transitions;
    private final PublicHistory publicHistory;
    private final Clock clock;

    DossierEngine(DossierStore store, DossierCodes codes, IdempotencyKeys keys, Subjects subjects,
            Agencies agencies, DueDates dueDates, StepFlow flow, DossierRecorder recorder,
            DossierTransitions transitions, PublicHistory publicHistory, Clock clock) {
        this.store = store;
        this.codes = codes;
        this.keys = keys;
        this.subjects = subjects;
        this.agencies = agencies;
        this.dueDates = dueDates;
        this.flow = flow;
        this.recorder = recorder;
        this.transitions = transitions;
        this.publicHistory = publicHistory;
        this.clock = clock;
    }

    @Override
    public ReceptionOutcome receive(Reception reception, LocalDateTime at, @Nullable String idempotencyKey) {
        CurrentStaff staff = recorder.staff();
        recorder.require(staff.agencyId(), Role.COUNTER_OFFICER);
        if (reception.channel() == Channel.ONLINE) {
            throw DomainException.invalid("dossier-channel", "dossier.problem.channel");
        }
        return register(reception, staff.agencyId(), staff.username(), at, idempotencyKey);
    }

    @Override
    public ReceptionOutcome receiveBundle(BundleReception r, LocalDateTime at, @Nullable String idempotencyKey) {
        CurrentStaff staff = recorder.staff();
        recorder.require(staff.agencyId(), Role.COUNTER_OFFICER);
        if (r.channel() == Channel.ONLINE) {
            throw DomainException.invalid("dossier-channel", "dossier.problem.channel");
        }
        long receivingId = staff.agencyId();
        Intake intake = new Intake(r.channel(), r.applicant(), r.componentsHandedIn(), r.refusalReasons(),
                r.appointmentDate(), "bundle|" + r);
        return register(intake, day -> subjects.bundle(r.bundleCode(), day), (subject, day) -> {
            List<Long> partAgencies = new java.util.ArrayList<>();
            for (int i = 0; i < subject.parts().size(); i++) {
                String code = i < r.partAgencyCodes().size() ? r.partAgencyCodes().get(i) : "";
                partAgencies.add(code.isBlank() ? receivingId : agencyId(code, day));
            }
            return partAgencies;
        }, receivingId, staff.username(), at, idempotencyKey);
    }

    @Override
    public ReceptionOutcome submitOnline(Reception reception, String receivingAgencyCode, LocalDateTime at,
            @Nullable String idempotencyKey) {
        Agency receiving = agencies.byCode(receivingAgencyCode, at.toLocalDate()).orElseThrow(
                () -> DomainException.invalid("dossier-unknown-agency", "dossier.problem.unknown-agency",
                        receivingAgencyCode));
        Reception online = new Reception(reception.procedureCode(), Channel.ONLINE, reception.handlingAgencyCode(),
                reception.applicant(), reception.componentsHandedIn(), List.of(), null);
        return register(online, receiving.id(), "citizen", at, idempotencyKey);
    }

    /** What every reception has, whatever it is for. {@code request} identifies the request for idempotency. */
    private record Intake(Channel channel, Applicant applicant, List<String> handedIn, List<String> refusalReasons,
            @Nullable LocalDate appointmentDate, String request) {
    }

    private ReceptionOutcome register(Reception r, long receivingId, String actor, LocalDateTime at,
            @Nullable String key) {
        Intake intake = new Intake(r.channel(), r.applicant(), r.componentsHandedIn(), r.refusalReasons(),
                r.appointmentDate(), r.toString());
        return register(intake, day -> subjects.procedure(r.procedureCode(), day), (subject, day) -> List.of(
                r.handlingAgencyCode() == null || r.handlingAgencyCode().isBlank() ? receivingId
                        : agencyId(r.handlingAgencyCode(), day)), receivingId, actor, at, key);
    }

    private long agencyId(String code, LocalDate day) {
        return agencies.byCode(code, day).map(Agency::id).orElseThrow(() -> DomainException.invalid(
                "dossier-unknown-agency", "dossier.problem.unknown-agency", code));
    }

    /**
     * @param handlers the handling agency of a procedure's dossier, or the agency of each part of a bundle's (the
     *        first part's is the lead, handling agency)
     */
    private ReceptionOutcome register(Intake r, java.util.function.Function<LocalDate, Subjects.Subject> what,
            java.util.function.BiFunction<Subjects.Subject, LocalDate, List<Long>> handlers, long receivingId,
            String actor, LocalDateTime requestedAt, @Nullable String key) {
        LocalDateTime at = stored(requestedAt);
        if (at.isAfter(LocalDateTime.now(clock).plusMinutes(1))) {
            throw DomainException.invalid("dossier-future", "dossier.problem.future", at.toString());
        }
        String requestHash = hash(r.request(), receivingId);
        if (key != null) {
            Optional<IdempotencyKeys.Entry> earlier = keys.claim(key, actor, requestHash);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash().equals(requestHash) || earlier.get().dossierCode() == null) {
                    throw DomainException.conflict("dossier-idempotency-key", "dossier.problem.idempotency-key", key);
                }
                return new ReceptionOutcome(recorder.view(earlier.get().dossierCode()), true);
            }
        }
        LocalDate day = at.toLocalDate();
        Subjects.Subject subject = what.apply(day);
        if (r.applicant() == null || r.applicant().name() == null || r.applicant().name().isBlank()) {
            throw DomainException.invalid("dossier-applicant", "dossier.problem.applicant");
        }
        List<Long> handlerIds = handlers.apply(subject, day);
        long handlingId = handlerIds.get(0);
        List<String> missing = missing(subject, r.handedIn());
        String receivingCode = recorder.agencyCode(receivingId);

        Dossier.Status status;
        LocalDateTime due = null;
        if (!r.refusalReasons().isEmpty()) {
            status = Dossier.Status.REFUSED_AT_RECEPTION;
        } else if (!missing.isEmpty()) {
            status = Dossier.Status.AWAITING_COMPLETION;
        } else if (r.channel() == Channel.ONLINE) {
            status = Dossier.Status.SUBMITTED;
        } else {
            status = Dossier.Status.RECEIVED;
            due = dueOnReception(subject, at, r.appointmentDate(), receivingCode);
        }
        String code = codes.next(receivingCode, day);
        boolean received = status == Dossier.Status.RECEIVED;
        Dossier d = new Dossier(null, code, subject.code(), subject.name(), Regime.on(day), r.channel(), receivingId,
                handlingId, r.applicant(), status, 0, at, received ? at : null, due, due, null, 0, false, false,
                r.handedIn(), missing, r.refusalReasons(), received ? 1 : null, null, null, null,
                subject.bundleCode(), List.of(), null, null, subject.field());
        long id = store.insert(d);
        if (subject.bundleCode() != null) {
            flow.bundleParts(id, subject.parts(), handlerIds);
        }
        Dossier saved = store.find(code).orElseThrow();
        recorder.created(saved, id, actor, at);
        ProcessCopy process = received ? flow.begin(saved, day, at, actor, recorder.agencyCode(handlingId))
                : flow.of(saved);
        if (key != null) {
            keys.complete(key, code);
        }
        return new ReceptionOutcome(recorder.view(saved, saved.version(), process), false);
    }

    /**
     * A time as the database keeps it (microseconds), so that the view a command returns from memory is the one a
     * later read gives.
     */
    private static LocalDateTime stored(LocalDateTime at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** The appointment: from the processing time, else the date the officer set (never invented). */
    LocalDateTime dueOnReception(Subjects.Subject subject, LocalDateTime at, @Nullable LocalDate appointment,
            String agencyCode) {
        Optional<TimeLimit> limit = DueDates.limit(subject.time());
        if (limit.isPresent()) {
            return dueDates.due(at, limit.get(), agencyCode);
        }
        if (appointment == null) {
            throw DomainException.invalid("dossier-appointment-required", "dossier.problem.appointment-required",
                    subject.code());
        }
        if (appointment.isBefore(at.toLocalDate())) {
            throw DomainException.invalid("dossier-appointment-date", "dossier.problem.appointment-date");
        }
        return dueDates.appointment(appointment, agencyCode);
    }

    /** Every component not handed in; a name the procedure (or bundle) does not list is an error. */
    private static List<String> missing(Subjects.Subject subject, List<String> handedIn) {
        Set<String> known = subject.components().stream().map(DossierEngine::norm).collect(Collectors.toSet());
        Set<String> given = handedIn.stream().map(DossierEngine::norm).collect(Collectors.toSet());
        for (String g : handedIn) {
            if (!known.contains(norm(g))) {
                throw DomainException.invalid("dossier-unknown-component", "dossier.problem.unknown-component", g);
            }
        }
        return subject.components().stream().filter(n -> !given.contains(norm(n))).toList();
    }

    private static String norm(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static String hash(String request, long receivingId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((receivingId + "|" + request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public DossierView act(String code, DossierAction action, ActionInput input, LocalDateTime at) {
        if (at.isAfter(LocalDateTime.now(clock).plusMinutes(1))) {
            throw DomainException.invalid("dossier-future", "dossier.problem.future", at.toString());
        }
        DossierTransitions.Acted acted = transitions.act(code, action, input, stored(at));
        // the row was written with the next version (optimistic locking), the rest is as the command left it
        return recorder.view(acted.dossier(), acted.dossier().version() + 1, acted.process());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DossierView> find(String code) {
        Optional<Dossier> d = store.find(code);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        recorder.staff();
        if (!recorder.canRead(d.get())) {
            throw DomainException.forbidden("forbidden", "error.page.403");
        }
        return Optional.of(recorder.view(d.get()));
    }

    @Override
    @Transactional(readOnly = true)
    public ControlSheet controlSheet(String code, LocalDateTime now) {
        Dossier d = store.find(code).orElseThrow(() -> DossierRecorder.notFound(code));
        recorder.staff();
        if (!recorder.canRead(d)) {
            throw DomainException.forbidden("forbidden", "error.page.403");
        }
        return flow.sheet(d, now);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublicTracking> track(String code, String check) {
        String digits = check == null ? "" : check.replaceAll("\\D", "");
        return store.find(code).filter(d -> digits.length() == 4 && d.applicant().phone() != null
                && d.applicant().phone().replaceAll("\\D", "").endsWith(digits))
                .map(d -> publicHistory.of(d, recorder.view(d)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DossierView> queue(Queue queue, LocalDateTime now) {
        CurrentStaff staff = recorder.staff();
        LocalDate today = now.toLocalDate();
        List<Long> subtree = agencies.all(today).stream().map(Agency::id)
                .filter(id -> agencies.isWithin(id, staff.agencyId())).toList();
        List<Dossier> found = switch (queue) {
            case MINE -> store.activeOf(List.of(), ACTIVE, null, null, staff.username());
            case DUE_TODAY -> store.activeOf(subtree, ACTIVE, today.atStartOfDay(), today.plusDays(1).atStartOfDay(),
                    null);
            // a stopped clock (supplement, payment) is not late
            case LATE -> store.activeOf(subtree, Set.of("RECEIVED", "IN_PROGRESS"), null, now, null);
            case AGENCY -> store.activeOf(subtree, ACTIVE, null, null, null);
            case ONLINE -> store.activeOf(subtree, Set.of("SUBMITTED"), null, null, null);
        };
        return found.stream().map(d -> DossierView.of(d, List.of())).toList();
    }
}
