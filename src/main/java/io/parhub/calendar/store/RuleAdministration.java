package io.parhub.calendar.store;

import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators add holiday rules and end them (Bộ luật Lao động Điều 112 changes by law, not by code): one
 * transaction per command (validate → write → audit → publish), nothing written when a check fails. Rules are never
 * deleted or rewritten: ending one sets its last day in force, not before today, so every day that has passed keeps
 * the status it had. Ending works from a version; a second administrator ending from an old version gets a
 * conflict.
 */
@Service
public class RuleAdministration {

    static final String SUBJECT = "calendar_holiday_rule";

    private final HolidayRules rules;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RuleAdministration(HolidayRules rules, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Today in the application's time zone: the last day a command may no longer change. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Adds a rule.
     *
     * @return the new rule's id
     * @throws RuleRejected when a check fails; nothing is written
     */
    @Transactional
    public long add(RuleDraft draft, String actor) {
        rules.lockForChange();
        RuleValidator.Checked checked = RuleValidator.add(draft, rules.stored(), today());
        HolidayRule rule = checked.rule();
        if (rule == null) {
            throw new RuleRejected(checked.problems());
        }
        long id = rules.insert(rule);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", 1);
        details.put("code", rule.code());
        details.put("occasion", rule.occasion());
        details.put("name", rule.name());
        details.put("date", rule.day() + "/" + rule.month() + (rule.lunar() ? " lunar" : " solar"));
        details.put("startOffset", rule.startOffset());
        details.put("days", rule.days());
        details.put("adjacentDay", rule.adjacentDay());
        details.put("validFrom", rule.validFrom().toString());
        details.put("validTo", rule.validTo() == null ? null : rule.validTo().toString());
        details.put("legalBasis", rule.legalBasis());
        details.put("compensatoryBasis", rule.compensatoryBasis());
        audit.record(actor, "calendar.rule.added", SUBJECT, String.valueOf(id), details);
        events.publishEvent(new HolidayRulesChanged(id));
        return id;
    }

    /**
     * Ends a rule: {@code validTo} is its last day in force.
     *
     * @param expectedVersion the version the administrator saw
     * @return the new version
     * @throws RuleRejected when a check fails; DomainException (404) for an unknown rule, (409) for a stale version
     */
    @Transactional
    public int end(long id, int expectedVersion, @Nullable LocalDate validTo, String endBasis, String actor) {
        StoredRule stored = rules.find(id).orElseThrow(
                () -> DomainException.notFound("holiday-rule-not-found", "calendar.rule.not-found", id));
        if (stored.version() != expectedVersion) {
            throw conflict(stored);
        }
        List<RuleProblem> problems = RuleValidator.end(stored.rule(), validTo, endBasis.trim(), today());
        if (!problems.isEmpty() || validTo == null) {
            throw new RuleRejected(problems);
        }
        if (!rules.end(id, expectedVersion, validTo, endBasis.trim())) {
            throw conflict(stored);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", expectedVersion + 1);
        details.put("code", stored.rule().code());
        details.put("occasion", stored.rule().occasion());
        details.put("name", stored.rule().name());
        details.put("validFrom", stored.rule().validFrom().toString());
        details.put("previousValidTo", stored.rule().validTo() == null ? null : stored.rule().validTo().toString());
        details.put("validTo", validTo.toString());
        details.put("endBasis", endBasis.trim());
        audit.record(actor, "calendar.rule.ended", SUBJECT, String.valueOf(id), details);
        events.publishEvent(new HolidayRulesChanged(id));
        return expectedVersion + 1;
    }

    private static DomainException conflict(StoredRule stored) {
        return DomainException.conflict("calendar-rule-conflict", "calendar.rule.conflict", stored.rule().name());
    }
}
