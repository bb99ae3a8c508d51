package io.parhub.dossier;

import io.parhub.account.AccessPolicy;
import io.parhub.account.CurrentStaff;
import io.parhub.account.Role;
import io.parhub.dossier.store.DossierParts;
import io.parhub.dossier.store.DossierSteps;
import io.parhub.dossier.store.DossierStore;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** What every dossier command shares: who acts and may they, and recording the change (history, audit, event). */
@Component
class DossierRecorder {

    private final DossierStore store;
    private final DossierSteps steps;
    private final DossierParts parts;
    private final AccessPolicy access;
    private final Agencies agencies;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    DossierRecorder(DossierStore store, DossierSteps steps, DossierParts parts, AccessPolicy access, Agencies agencies, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.store = store;
        this.steps = steps;
        this.parts = parts;
        this.access = access;
        this.agencies = agencies;
        this.audit = audit;
        this.events = events;
    }

    CurrentStaff staff() {
        return access.current().orElseThrow(() -> DomainException.forbidden("forbidden", "error.page.403"));
    }

    /** The signed-in staff member, holding one of {@code roles} and allowed to change what belongs to the agency. */
    CurrentStaff require(long agencyId, Role... roles) {
        CurrentStaff staff = staff();
        boolean hasRole = false;
        for (Role r : roles) {
            hasRole |= staff.has(r);
        }
        if (!hasRole) {
            throw DomainException.forbidden("dossier-role", "dossier.problem.role", roleNames(roles));
        }
        access.requireChange(agencyId);
        return staff;
    }

    private static String roleNames(Role... roles) {
        return String.join(", ", java.util.Arrays.stream(roles).map(Role::name).toList());
    }

    /** Staff of the receiving or handling agency subtree, or of the agency of one of its parts. */
    boolean canRead(Dossier d) {
        if (access.canRead(d.receivingAgencyId()) || access.canRead(d.handlingAgencyId())) {
            return true;
        }
        return d.bundleCode() != null && parts.of(java.util.Objects.requireNonNull(d.id())).stream()
                .anyMatch(p -> access.canRead(p.agencyId()));
    }

    String agencyCode(long agencyId) {
        return agencies.byId(agencyId).map(Agency::code).orElseThrow();
    }

    void created(Dossier d, long id, String actor, LocalDateTime at) {
        steps.history(id, at, actor, "receive", null, d.status().name(), null);
        Map<String, @Nullable Object> details = new HashMap<>();
        details.put("status", d.status().name());
        details.put("procedure", d.procedureCode());
        details.put("channel", d.channel().name());
        details.put("dueAt", d.dueAt() == null ? null : d.dueAt().toString());
        details.put("missingItems", d.missingItems());
        details.put("reasons", d.reasons());
        audit.record(actor, "dossier.received", "dossier", d.code(), details);
        events.publishEvent(new DossierReceived(d.code(), d.procedureCode(), d.receivingAgencyId(), d.status().name()));
        events.publishEvent(new DossierRecorded(d, null, at, actor));
    }

    /** Writes the changed dossier if nobody changed it meanwhile, then its transitions. */
    void changed(Dossier d, String actor, LocalDateTime at, @Nullable LocalDateTime dueBefore) {
        if (!store.update(d)) {
            throw stale(d.code());
        }
        for (Dossier.Transition t : d.transitions()) {
            String from = t.from() == null ? null : t.from().name();
            steps.history(d.id(), at, actor, t.action().slug(), from, t.to().name(), t.note());
            Map<String, @Nullable Object> details = new HashMap<>();
            details.put("from", from);
            details.put("to", t.to().name());
            details.put("version", d.version() + 1);
            details.put("note", t.note());
            details.put("dueBefore", dueBefore == null ? null : dueBefore.toString());
            details.put("dueAfter", d.dueAt() == null ? null : d.dueAt().toString());
            details.put("items", List.copyOf(d.missingItems()));
            audit.record(actor, "dossier." + t.action().slug(), "dossier", d.code(), details);
            events.publishEvent(new DossierStatusChanged(d.code(), t.action().slug(), from == null ? "" : from,
                    t.to().name(), t.to().nationalCode()));
            events.publishEvent(new DossierRecorded(d, t, at, actor));
        }
    }

    static DomainException stale(String code) {
        return DomainException.conflict("dossier-stale", "dossier.problem.stale", code);
    }

    List<DossierView.HistoryEntry> history(long id) {
        return steps.history(id).stream().map(h -> new DossierView.HistoryEntry(h.at(), h.actor(), h.action(),
                h.from(), h.to(), Dossier.Status.valueOf(h.to()).nationalCode(), h.note())).toList();
    }

    DossierView view(String code) {
        return view(store.find(code).orElseThrow(() -> notFound(code)));
    }

    /** The full view: history, the name of the current step, the parts with their agencies. */
    DossierView view(Dossier d) {
        long id = java.util.Objects.requireNonNull(d.id());
        return view(d, d.version(), ProcessCopy.reading(() -> steps.process(id)));
    }

    /**
     * The view of a dossier a command has just written ({@code version} is the row's new version), from what the
     * command holds in memory; only the history (and the parts of an interconnected dossier) are read.
     */
    DossierView view(Dossier d, int version, ProcessCopy process) {
        long id = java.util.Objects.requireNonNull(d.id());
        Integer current = d.currentStep();
        String stepName = current == null || d.bundleCode() != null ? null : process.name(current);
        List<DossierView.Part> partViews = d.bundleCode() == null ? List.of() : parts.of(id).stream().map(p -> {
            String name = process.name(p.position());
            Agency agency = agencies.byId(p.agencyId()).orElseThrow();
            return new DossierView.Part(p.position(), p.stage(), name == null ? "" : name, p.procedureCode(),
                    agency.id(), agency.name(), p.state().name(), p.doneAt());
        }).toList();
        return DossierView.of(d, version, history(id), stepName, partViews);
    }

    static DomainException notFound(String code) {
        return DomainException.notFound("dossier-not-found", "dossier.problem.not-found", code);
    }
}
