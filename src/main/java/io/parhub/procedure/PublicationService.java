package io.parhub.procedure;

import io.parhub.procedure.store.DecisionStore;
import io.parhub.procedure.store.FormStore;
import io.parhub.procedure.store.ProcedureStore;
import io.parhub.procedure.store.VersionRow;
import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishing a decision is one transaction: lock the catalogue → validate everything → write the decision, the
 * versions, the components and the change rows → audit → event. Any error: nothing written.
 */
@Service
class PublicationService implements ProcedurePublications {

    private final ProcedureStore procedures;
    private final DecisionStore decisions;
    private final FormStore forms;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final TransactionTemplate check;
    private final Clock clock;

    PublicationService(ProcedureStore procedures, DecisionStore decisions, FormStore forms, AuditTrail audit,
            ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.procedures = procedures;
        this.decisions = decisions;
        this.forms = forms;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
        // its own read-only transaction: a caller's open transaction is neither joined nor marked rollback-only
        this.check = new TransactionTemplate(java.util.Objects.requireNonNull(transaction.getTransactionManager()));
        this.check.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.check.setReadOnly(true);
        this.clock = clock;
    }

    @Override
    public List<PublicationError> validate(PublicationDecision decision) {
        PublicationDecision d = Normaliser.decision(decision);
        return check.execute(status -> {
            status.setRollbackOnly();
            Optional<DecisionStore.Stored> earlier = d.number() == null ? Optional.empty()
                    : decisions.byNumber(d.number());
            if (earlier.isPresent()) {
                return earlier.get().contentHash().equals(Fingerprint.of(d)) ? List.of()
                        : List.of(new PublicationError(-1, null, "number", "procedure.error.decision-conflict",
                                List.of(d.number())));
            }
            return new PublicationRules(procedures, forms).check(d);
        });
    }

    @Override
    public PublicationResult publish(PublicationDecision decision, String actor) {
        PublicationDecision d = Normaliser.decision(decision);
        String hash = Fingerprint.of(d);
        try {
            return transaction.execute(status -> {
                decisions.lockCatalogue();
                Optional<DecisionStore.Stored> earlier = d.number() == null ? Optional.empty()
                        : decisions.byNumber(d.number());
                if (earlier.isPresent()) {
                    return replay(earlier.get(), hash, d.number());
                }
                List<PublicationError> errors = new PublicationRules(procedures, forms).check(d);
                if (!errors.isEmpty()) {
                    throw new PublicationRejected(errors);
                }
                return apply(d, hash, actor);
            });
        } catch (DuplicateKeyException raced) {
            // another node published the same number meanwhile (the lock is per database, so rarely): answer with it
            return transaction.execute(status -> replay(decisions.byNumber(d.number()).orElseThrow(), hash,
                    d.number()));
        }
    }

    private PublicationResult replay(DecisionStore.Stored earlier, String hash, String number) {
        if (!earlier.contentHash().equals(hash)) {
            throw DomainException.conflict("procedure-decision-conflict", "procedure.error.decision-conflict",
                    number);
        }
        return decisions.result(earlier.id(), true);
    }

    private PublicationResult apply(PublicationDecision d, String hash, String actor) {
        LocalDate day = d.effectiveFrom();
        long decisionId = decisions.create(d, hash, actor, Instant.now(clock));
        for (int i = 0; i < d.changes().size(); i++) {
            ProcedureChange change = d.changes().get(i);
            switch (change.kind()) {
                case ABOLISHED -> {
                    VersionRow current = procedures.latest(change.code()).orElseThrow();
                    procedures.end(current.id(), day, decisionId);
                    decisions.change(decisionId, i, change.code(), ChangeKind.ABOLISHED, null, day, null,
                            current.name());
                }
                case NEW, AMENDED -> {
                    ProcedureContent content = change.content();
                    String replaced = change.replaces();
                    Optional<VersionRow> previous = procedures.latest(change.code());
                    if (change.kind() == ChangeKind.AMENDED) {
                        VersionRow ending = procedures.latest(replaced == null ? change.code() : replaced)
                                .orElseThrow();
                        procedures.end(ending.id(), day, null);
                    }
                    int number = previous.map(v -> v.version() + 1).orElse(1);
                    long versionId = procedures.insert(change.code(), number, day, decisionId, change.kind(),
                            replaced, content, formIds(content));
                    decisions.change(decisionId, i, change.code(), change.kind(), replaced, day, versionId,
                            content.name());
                }
            }
        }
        PublicationResult result = decisions.result(decisionId, false);
        audit.record(actor, "procedure.decision.published", "procedure_decision", d.number(), Map.of(
                "decision", decisionId, "signedOn", d.signedOn().toString(), "effectiveFrom", day.toString(),
                "issuer", d.issuer(), "new", result.added(), "amended", result.amended(),
                "abolished", result.abolished()));
        events.publishEvent(new DecisionPublished(decisionId, d.number(), day, result.added(), result.amended(),
                result.abolished()));
        return result;
    }

    private List<@Nullable Long> formIds(ProcedureContent content) {
        List<@Nullable Long> ids = new ArrayList<>();
        for (DossierComponent component : content.components()) {
            FormTemplate form = component.form();
            if (form == null) {
                ids.add(null);
            } else {
                byte[] bytes = form.content() != null ? form.content()
                        : forms.content(form.sha256()).orElseThrow();
                ids.add(forms.store(Fingerprint.sha256(bytes), form.fileName(), form.contentType(), bytes));
            }
        }
        return ids;
    }
}
