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
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.Procedure;
import io.parhub.procedure.Procedures;
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
    private final Procedures procedures;
    private final Agencies agencies;
    private final DueDates dueDates;
    private final StepFlow flow;
    private final DossierRecorder recorder;
    private final DossierTransitions transitions;
    private final PublicHistory publicHistory;
    private final Clock clock;

    DossierEngine(DossierStore store, DossierCodes codes, IdempotencyKeys keys, Procedures procedures,
            Agencies agencies, DueDates dueDates, StepFlow flow, DossierRecorder recorder,
            DossierTransitions transitions, PublicHistory publicHistory, Clock clock) {
        this.store = store;
        this.codes = codes;
        this.keys = keys;
        this.procedures = procedures;
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
    public ReceptionOutcome submitOnline(Reception reception, String receivingAgencyCode, LocalDateTime at,
            @Nullable String idempotencyKey) {
        Agency receiving = agencies.byCode(receivingAgencyCode, at.toLocalDate()).orElseThrow(
                () -> DomainException.invalid("dossier-unknown-agency", "dossier.problem.unknown-agency",
                        receivingAgencyCode));
        Reception online = new Reception(reception.procedureCode(), Channel.ONLINE, reception.handlingAgencyCode(),
                reception.applicant(), reception.componentsHandedIn(), List.of(), null);
        return register(online, receiving.id(), "citizen", at, idempotencyKey);
    }

    private ReceptionOutcome register(Reception r, long receivingId, String actor, LocalDateTime at,
            @Nullable String key) {
        if (at.isAfter(LocalDateTime.now(clock).plusMinutes(1))) {
            throw DomainException.invalid("dossier-future", "dossier.problem.future", at.toString());
        }
        if (key != null) {
            Optional<IdempotencyKeys.Entry> earlier = keys.claim(key, actor, hash(r, receivingId));
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash().equals(hash(r, receivingId)) || earlier.get().dossierCode() == null) {
                    throw DomainException.conflict("dossier-idempotency-key", "dossier.problem.idempotency-key", key);
                }
                return new ReceptionOutcome(recorder.view(earlier.get().dossierCode()), true);
            }
        }
        LocalDate day = at.toLocalDate();
        Procedure procedure = procedures.find(r.procedureCode(), day).orElseThrow(() -> DomainException.invalid(
                "dossier-unknown-procedure", "dossier.problem.unknown-procedure", r.procedureCode(), day.toString()));
        if (r.applicant() == null || r.applicant().name() == null || r.applicant().name().isBlank()) {
            throw DomainException.invalid("dossier-applicant", "dossier.problem.applicant");
        }
        long handlingId = r.handlingAgencyCode() == null || r.handlingAgencyCode().isBlank() ? receivingId
                : agencies.byCode(r.handlingAgencyCode(), day).map(Agency::id).orElseThrow(() -> DomainException
                        .invalid("dossier-unknown-agency", "dossier.problem.unknown-agency", r.handlingAgencyCode()));
        List<String> missing = missing(procedure, r.componentsHandedIn());
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
            due = dueOnReception(procedure, at, r.appointmentDate(), receivingCode);
        }
        String code = codes.next(receivingCode, day);
        Dossier d = new Dossier(null, code, procedure.code(), procedure.content().name(), Regime.on(day),
                r.channel(), receivingId, handlingId, r.applicant(), status, 0, at,
                status == Dossier.Status.RECEIVED ? at : null, due, due, null, 0, false, false,
                r.componentsHandedIn(), missing, r.refusalReasons(), status == Dossier.Status.RECEIVED ? 1 : null, null,
                null, null);
        long id = store.insert(d);
        Dossier saved = store.find(code).orElseThrow();
        recorder.created(saved, id, actor, at);
        if (status == Dossier.Status.RECEIVED) {
            flow.begin(saved, day, at, actor, recorder.agencyCode(handlingId));
        }
        if (key != null) {
            keys.complete(key, code);
        }
        return new ReceptionOutcome(recorder.view(code), false);
    }

    /** The appointment: from the procedure's processing time, else the date the officer set (never invented). */
    LocalDateTime dueOnReception(Procedure procedure, LocalDateTime at, @Nullable LocalDate appointment,
            String agencyCode) {
        Optional<TimeLimit> limit = DueDates.limit(procedure.content().processingTime());
        if (limit.isPresent()) {
            return dueDates.due(at, limit.get(), agencyCode);
        }
        if (appointment == null) {
            throw DomainException.invalid("dossier-appointment-required", "dossier.problem.appointment-required",
                    procedure.code());
        }
        if (appointment.isBefore(at.toLocalDate())) {
            throw DomainException.invalid("dossier-appointment-date", "dossier.problem.appointment-date");
        }
        return dueDates.appointment(appointment, agencyCode);
    }

    /** Every component of the procedure not handed in; a name the procedure does not list is an error. */
    private static List<String> missing(Procedure procedure, List<String> handedIn) {
        Set<String> known = procedure.content().components().stream().map(c -> norm(c.name()))
                .collect(Collectors.toSet());
        Set<String> given = handedIn.stream().map(DossierEngine::norm).collect(Collectors.toSet());
        for (String g : handedIn) {
            if (!known.contains(norm(g))) {
                throw DomainException.invalid("dossier-unknown-component", "dossier.problem.unknown-component", g);
            }
        }
        return procedure.content().components().stream().map(DossierComponent::name)
                .filter(n -> !given.contains(norm(n))).toList();
    }

    private static String norm(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static String hash(Reception r, long receivingId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((receivingId + "|" + r).getBytes(StandardCharsets.UTF_8));
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
        transitions.act(code, action, input, at);
        return recorder.view(code);
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
        return Optional.of(DossierView.of(d.get(), recorder.history(d.get().id())));
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
                .map(d -> publicHistory.of(d, recorder.history(d.id())));
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
            case LATE -> store.activeOf(subtree, Set.of("RECEIVED", "IN_PROGRESS"), null, now, null);
            case AGENCY -> store.activeOf(subtree, ACTIVE, null, null, null);
        };
        return found.stream().map(d -> DossierView.of(d, List.of())).toList();
    }
}
