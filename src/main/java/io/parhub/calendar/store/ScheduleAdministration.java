package io.parhub.calendar.store;

import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes official yearly schedules: one transaction per command (validate → write → audit → publish). Two
 * administrators editing the same year both start from a version; the second to save gets a conflict.
 */
@Service
public class ScheduleAdministration {

    private final OfficialSchedules schedules;
    private final HolidayRules rules;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScheduleAdministration(OfficialSchedules schedules, HolidayRules rules, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.schedules = schedules;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The occasion codes a schedule day may belong to: those of the holiday rules. */
    public Set<String> occasions() {
        Set<String> codes = new TreeSet<>();
        rules.all().forEach(r -> codes.add(r.occasion()));
        return codes;
    }

    public List<ScheduleProblem> check(int year, List<ScheduleDay> days) {
        return ScheduleValidator.check(year, days, occasions());
    }

    /**
     * Replaces the official schedule of {@code year}.
     *
     * @param expectedVersion the version the administrator edited, or null when the year had no schedule
     * @return the new version
     */
    @Transactional
    public int replace(int year, @Nullable Integer expectedVersion, List<ScheduleDay> days, String origin,
            String actor) {
        List<ScheduleProblem> problems = check(year, days);
        if (!problems.isEmpty()) {
            throw new ScheduleRejected(problems);
        }
        Instant now = Instant.now(clock);
        boolean written = expectedVersion == null
                ? schedules.create(year, origin, now, actor)
                : schedules.bump(year, expectedVersion, origin, now, actor);
        if (!written) {
            throw DomainException.conflict("calendar-schedule-conflict", "calendar.schedule.conflict", year);
        }
        schedules.replaceDays(year, days);
        int version = expectedVersion == null ? 1 : expectedVersion + 1;
        audit.record(actor, "calendar.schedule.replaced", "calendar_year", String.valueOf(year),
                details(version, origin, days));
        events.publishEvent(new ScheduleChanged(year));
        return version;
    }

    /** Loads a shipped schedule unless the year already has one (an administrator's edit wins over the seed). */
    @Transactional
    public boolean seedIfAbsent(int year, List<ScheduleDay> days) {
        List<ScheduleProblem> problems = check(year, days);
        if (!problems.isEmpty()) {
            throw new ScheduleRejected(problems);
        }
        if (!schedules.create(year, "seed", Instant.now(clock), "system")) {
            return false;
        }
        schedules.replaceDays(year, days);
        audit.record("system", "calendar.schedule.seeded", "calendar_year", String.valueOf(year),
                details(1, "seed", days));
        events.publishEvent(new ScheduleChanged(year));
        return true;
    }

    private static Map<String, Object> details(int version, String origin, List<ScheduleDay> days) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", version);
        details.put("origin", origin);
        details.put("days", days.stream().map(d -> d.date() + " " + d.kind().code() + " " + d.occasion()).toList());
        return details;
    }
}
