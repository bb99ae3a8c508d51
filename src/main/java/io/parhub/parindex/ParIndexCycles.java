package io.parhub.parindex;

import io.parhub.account.AccessPolicy;
import io.parhub.account.CurrentStaff;
import io.parhub.account.Role;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.parindex.store.CriteriaStore;
import io.parhub.parindex.store.CycleStore;
import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import io.parhub.shared.FileTypes;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commands of a year's cycle, each one transaction with an audit entry (who, why, before, after): open, the
 * unit's self-assessment with evidence and submission (late flagged against the deadline), the council's appraisal
 * with send-back, the unit's explanation (round 2), lock (final scores fixed) and publication.
 */
@Service
@Transactional
public class ParIndexCycles {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The district level ends on this day (Nghị quyết 202/2025/QH15); commune People's Committees are assessed. */
    static final LocalDate NO_DISTRICTS_FROM = LocalDate.of(2025, 7, 1);
    static final int MAX_FILE = 10 * 1024 * 1024;

    private final CycleStore cycles;
    private final CriteriaStore criteria;
    private final CriteriaSets sets;
    private final Agencies agencies;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ComputedMetrics metrics;
    private final Clock clock;
    private final CycleScope scope;

    ParIndexCycles(CycleStore cycles, CriteriaStore criteria, CriteriaSets sets, Agencies agencies,
            AccessPolicy access, AuditTrail audit, ComputedMetrics metrics, Clock clock, CycleScope scope) {
        this.scope = scope;
        this.cycles = cycles;
        this.criteria = criteria;
        this.sets = sets;
        this.agencies = agencies;
        this.access = access;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Opens the cycle for every unit in scope on the scope date, freezing the criteria sets it uses. */
    public Cycle open(OpenCycle command) {
        String actor = office().username();
        int year = command.year();
        if (cycles.cycle(year).isPresent()) {
            throw DomainException.conflict("parindex-cycle-exists", "parindex.error.cycle-exists",
                    String.valueOf(year));
        }
        LocalDate scope = command.scopeDate() == null ? LocalDate.of(year, 12, 31) : command.scopeDate();
        Map<String, Unit> units = new LinkedHashMap<>();
        for (Agency a : agencies.all(scope)) {
            this.scope.group(a, scope).ifPresent(g -> units.put(a.code(), new Unit(a.code(), a.name(), a.id(), g)));
        }
        for (OpenCycle.ExtraUnit x : command.extraUnits()) {
            units.putIfAbsent(x.code(), new Unit(x.code(), x.name(), null, x.group()));
        }
        for (String code : command.exclusions().keySet()) {
            if (!units.containsKey(code)) {
                throw DomainException.invalid("parindex-unit-not-in-scope", "parindex.error.unit-not-in-scope", code);
            }
        }
        long id = cycles.insertCycle(year, scope, command.selfDeadline(), command.explanationDeadline(), now(), actor);
        Map<UnitGroup, CriteriaSet> used = new HashMap<>();
        for (Unit u : units.values()) {
            CriteriaSet set = used.computeIfAbsent(u.group(), g -> setFor(year, g));
            String reason = command.exclusions().get(u.code());
            long entry = cycles.insertEntry(id, u.code(), u.name(), u.agencyId(), u.group(), set.id(), reason == null,
                    reason);
            cycles.insertScores(entry, CriteriaSets.leaves(criteria.criteria(set.id())).stream()
                    .map(Criterion::id).toList());
        }
        used.values().forEach(s -> sets.freeze(s.id()));
        sets.bands(year);
        audit.record(actor, "parindex.cycle.opened", "parindex_cycle", String.valueOf(id), Map.of("year", year,
                "scopeDate", scope.toString(), "units", units.size(), "exclusions", command.exclusions()));
        return cycle(year);
    }

    private record Unit(String code, String name, @Nullable Long agencyId, UnitGroup group) {
    }

    private CriteriaSet setFor(int year, UnitGroup group) {
        return scope.setFor(year, group).orElseThrow(() -> DomainException.invalid("parindex-no-criteria-set",
                "parindex.error.no-criteria-set", String.valueOf(year), group.name()));
    }

    /** The unit's focal point (or the PAR office on its behalf) scores one criterion with a comment and links. */
    public Score selfAssess(long entryId, long criterionId, @Nullable BigDecimal score, @Nullable String comment,
            @Nullable String links, int version) {
        Entry entry = entry(entryId);
        CurrentStaff staff = unitOrOffice(entry);
        Cycle cycle = cycleOf(entry);
        requireOpenForUnit(cycle, entry);
        Criterion c = criterion(entry, criterionId);
        if (c.source() == CriterionSource.COMPUTED && score != null) {
            throw DomainException.invalid("parindex-computed-criterion", "parindex.error.computed-criterion");
        }
        checkRange(c, score);
        Score before = score(entry, criterionId);
        Score after = new Score(before.id(), entryId, criterionId, score, blankToNull(comment), blankToNull(links),
                before.appraisedScore(), before.appraisalRemark(), before.sentBack(), before.explanation(),
                before.explainedAt(), before.finalScore(), now(), staff.username(), before.version());
        return save(before, after, version, staff, "parindex.score.self-assessed", comment);
    }

    /** Attaches an evidence file (PDF, JPEG or PNG by its bytes) to a criterion of the unit. */
    public Evidence addEvidence(long entryId, long criterionId, String fileName, byte[] bytes) {
        Entry entry = entry(entryId);
        CurrentStaff staff = unitOrOffice(entry);
        Cycle cycle = cycleOf(entry);
        if (cycle.status().scoresLocked()) {
            throw locked();
        }
        String type = FileTypes.detect(bytes).orElseThrow(() -> DomainException.invalid("parindex-file-type",
                "parindex.error.file-type"));
        if (bytes.length > MAX_FILE) {
            throw DomainException.invalid("parindex-file-too-large", "parindex.error.file-too-large");
        }
        Score s = score(entry, criterionId);
        String sha = FileTypes.sha256(bytes);
        long id = cycles.insertEvidence(s.id(), fileName, type, bytes, sha, now(), staff.username());
        audit.record(staff.username(), "parindex.evidence.added", "parindex_score", String.valueOf(s.id()),
                Map.of("file", fileName, "sha256", sha, "bytes", bytes.length));
        return cycles.evidenceFile(id).orElseThrow();
    }

    /** The unit sends its self-assessment; after the deadline it is accepted and flagged late. */
    public Entry submit(long entryId, int version) {
        Entry entry = entry(entryId);
        CurrentStaff staff = unitOrOffice(entry);
        Cycle cycle = cycleOf(entry);
        requireOpenForUnit(cycle, entry);
        refreshComputed(entry, cycle);
        boolean late = LocalDate.now(clock.withZone(ZONE)).isAfter(cycle.selfDeadline());
        if (!cycles.submit(entryId, version, now(), staff.username(), late)) {
            throw stale();
        }
        audit.record(staff.username(), "parindex.entry.submitted", "parindex_entry", String.valueOf(entryId),
                Map.of("late", late, "deadline", cycle.selfDeadline().toString()));
        return entry(entryId);
    }

    /** The council's score and remark; {@code sendBack} asks the unit to explain this criterion (round 2). */
    public Score appraise(long entryId, long criterionId, BigDecimal score, @Nullable String remark,
            boolean sendBack, int version) {
        CurrentStaff staff = office();
        Entry entry = entry(entryId);
        Cycle cycle = cycleOf(entry);
        if (cycle.status().scoresLocked()) {
            throw locked();
        }
        if (cycle.status() != CycleStatus.APPRAISAL && cycle.status() != CycleStatus.EXPLANATION) {
            throw DomainException.conflict("parindex-wrong-round", "parindex.error.not-appraisal");
        }
        Criterion c = criterion(entry, criterionId);
        checkRange(c, score);
        if (sendBack && (remark == null || remark.isBlank())) {
            throw DomainException.invalid("parindex-remark-required", "parindex.error.remark-required");
        }
        Score before = score(entry, criterionId);
        Score after = new Score(before.id(), entryId, criterionId, before.selfScore(), before.selfComment(),
                before.evidenceLinks(), score, blankToNull(remark), sendBack, before.explanation(),
                before.explainedAt(), null, now(), staff.username(), before.version());
        return save(before, after, version, staff, sendBack ? "parindex.score.sent-back" : "parindex.score.appraised",
                remark);
    }

    /** The unit answers a criterion sent back, with an optional revised score and more links (round 2). */
    public Score explain(long entryId, long criterionId, String explanation, @Nullable BigDecimal revisedScore,
            @Nullable String links, int version) {
        Entry entry = entry(entryId);
        CurrentStaff staff = unitOrOffice(entry);
        Cycle cycle = cycleOf(entry);
        if (cycle.status().scoresLocked()) {
            throw locked();
        }
        if (cycle.status() != CycleStatus.EXPLANATION) {
            throw DomainException.conflict("parindex-wrong-round", "parindex.error.not-explanation");
        }
        Score before = score(entry, criterionId);
        if (!before.sentBack()) {
            throw DomainException.conflict("parindex-not-sent-back", "parindex.error.not-sent-back");
        }
        if (explanation.isBlank()) {
            throw DomainException.invalid("parindex-explanation-required", "parindex.error.explanation-required");
        }
        checkRange(criterion(entry, criterionId), revisedScore);
        Score after = new Score(before.id(), entryId, criterionId,
                revisedScore == null ? before.selfScore() : revisedScore, before.selfComment(),
                links == null || links.isBlank() ? before.evidenceLinks() : links, before.appraisedScore(),
                before.appraisalRemark(), true, explanation, now(), null, now(), staff.username(), before.version());
        return save(before, after, version, staff, "parindex.score.explained", explanation);
    }

    /** Moves the cycle to the next round: OPEN → APPRAISAL → EXPLANATION → LOCKED → PUBLISHED. */
    public Cycle advance(int year, CycleStatus to, int version) {
        CurrentStaff staff = office();
        Cycle cycle = cycle(year);
        CycleStatus expected = switch (to) {
            case APPRAISAL -> CycleStatus.OPEN;
            case EXPLANATION -> CycleStatus.APPRAISAL;
            case LOCKED -> cycle.status() == CycleStatus.APPRAISAL ? CycleStatus.APPRAISAL : CycleStatus.EXPLANATION;
            case PUBLISHED -> CycleStatus.LOCKED;
            default -> null;
        };
        if (cycle.status() != expected) {
            throw DomainException.conflict("parindex-wrong-round", "parindex.error.cannot-advance",
                    cycle.status().name(), to.name());
        }
        if (to == CycleStatus.LOCKED) {
            lockScores(cycle, staff);
        }
        if (!cycles.updateStatus(cycle.id(), version, to, now(), staff.username())) {
            throw stale();
        }
        audit.record(staff.username(), "parindex.cycle." + to.name().toLowerCase(), "parindex_cycle",
                String.valueOf(cycle.id()), Map.of("year", year, "from", cycle.status().name(), "to", to.name()));
        return cycle(year);
    }

    private void lockScores(Cycle cycle, CurrentStaff staff) {
        for (Entry e : cycles.entries(cycle.id())) {
            refreshComputed(e, cycle);
            for (Score s : cycles.scores(e.id())) {
                Score fin = new Score(s.id(), s.entryId(), s.criterionId(), s.selfScore(), s.selfComment(),
                        s.evidenceLinks(), s.appraisedScore(), s.appraisalRemark(), s.sentBack(), s.explanation(),
                        s.explainedAt(), s.effective(), now(), staff.username(), s.version());
                if (!cycles.update(fin, s.version())) {
                    throw stale();
                }
            }
        }
    }

    /** Points of COMPUTED and SURVEY criteria from parhub's data, where it has a figure (rates in %). */
    void refreshComputed(Entry entry, Cycle cycle) {
        for (Criterion c : CriteriaSets.leaves(criteria.criteria(entry.setId()))) {
            if (c.metric() == null || (c.source() != CriterionSource.COMPUTED && c.source() != CriterionSource.SURVEY)) {
                continue;
            }
            Optional<BigDecimal> rate = metrics.rate(c.metric(), entry.unitCode(), cycle.year());
            if (rate.isEmpty()) {
                continue;
            }
            BigDecimal points = Scoring.fromRate(c.maxPoints(), rate.get());
            Score s = score(entry, c.id());
            if (points.equals(s.selfScore()) && points.equals(s.appraisedScore())) {
                continue;
            }
            Score after = new Score(s.id(), s.entryId(), s.criterionId(), points, c.metric() + " = "
                    + rate.get().toPlainString() + "%", s.evidenceLinks(), points, c.formula(), false,
                    s.explanation(), s.explainedAt(), s.finalScore(), now(), "system", s.version());
            if (!cycles.update(after, s.version())) {
                throw stale();
            }
            audit.record("system", "parindex.score.computed", "parindex_score", String.valueOf(s.id()),
                    Map.of("metric", c.metric(), "rate", rate.get(), "points", points));
        }
    }

    private Score save(Score before, Score after, int version, CurrentStaff staff, String action,
            @Nullable String why) {
        if (!cycles.update(after, version)) {
            throw stale();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("criterion", after.criterionId());
        details.put("before", snapshot(before));
        details.put("after", snapshot(after));
        details.put("why", why == null ? "" : why);
        audit.record(staff.username(), action, "parindex_score", String.valueOf(after.id()), details);
        return cycles.score(after.entryId(), after.criterionId()).orElseThrow();
    }

    private static Map<String, Object> snapshot(Score s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("self", s.selfScore() == null ? "" : s.selfScore());
        m.put("appraised", s.appraisedScore() == null ? "" : s.appraisedScore());
        m.put("sentBack", s.sentBack());
        m.put("final", s.finalScore() == null ? "" : s.finalScore());
        return m;
    }

    private void requireOpenForUnit(Cycle cycle, Entry entry) {
        if (cycle.status().scoresLocked()) {
            throw locked();
        }
        boolean open = cycle.status() == CycleStatus.OPEN
                || (cycle.status() == CycleStatus.APPRAISAL && entry.submittedAt() == null);
        if (!open || entry.submittedAt() != null) {
            throw DomainException.conflict("parindex-wrong-round", "parindex.error.self-closed");
        }
    }

    private static void checkRange(Criterion c, @Nullable BigDecimal score) {
        if (score != null && (score.signum() < 0 || score.compareTo(c.maxPoints()) > 0)) {
            throw DomainException.invalid("parindex-score-out-of-range", "parindex.error.score-out-of-range",
                    c.code(), c.maxPoints().toPlainString());
        }
    }

    Cycle cycle(int year) {
        return cycles.cycle(year).orElseThrow(() -> DomainException.notFound("parindex-cycle-not-found",
                "parindex.error.cycle-not-found", String.valueOf(year)));
    }

    private Cycle cycleOf(Entry entry) {
        return cycles.cycleById(entry.cycleId()).orElseThrow();
    }

    Entry entry(long id) {
        return cycles.entry(id).orElseThrow(() -> DomainException.notFound("parindex-entry-not-found",
                "parindex.error.entry-not-found", String.valueOf(id)));
    }

    private Criterion criterion(Entry entry, long criterionId) {
        return criteria.criterion(criterionId).filter(c -> c.setId() == entry.setId())
                .orElseThrow(() -> DomainException.notFound("parindex-criterion-not-found",
                        "parindex.error.criterion-not-found", String.valueOf(criterionId)));
    }

    private Score score(Entry entry, long criterionId) {
        return cycles.score(entry.id(), criterionId).orElseThrow(() -> DomainException.notFound(
                "parindex-criterion-not-found", "parindex.error.criterion-not-found", String.valueOf(criterionId)));
    }

    private CurrentStaff office() {
        CurrentStaff staff = signedIn();
        if (!staff.has(Role.PAR_OFFICE) && !staff.has(Role.ADMIN)) {
            throw DomainException.forbidden("parindex-forbidden", "parindex.error.forbidden");
        }
        return staff;
    }

    /** The unit's own focal point (inside its agency subtree) or the PAR office acting for it. */
    private CurrentStaff unitOrOffice(Entry entry) {
        CurrentStaff staff = signedIn();
        if (staff.has(Role.PAR_OFFICE) || staff.has(Role.ADMIN)) {
            return staff;
        }
        if (staff.has(Role.PAR_FOCAL_POINT) && entry.agencyId() != null
                && agencies.isWithin(staff.agencyId(), entry.agencyId())) {
            return staff;
        }
        throw DomainException.forbidden("parindex-forbidden", "parindex.error.forbidden");
    }

    private CurrentStaff signedIn() {
        return access.current().orElseThrow(() -> DomainException.forbidden("parindex-forbidden",
                "parindex.error.forbidden"));
    }

    private static DomainException locked() {
        return DomainException.conflict("parindex-cycle-locked", "parindex.error.locked");
    }

    private static DomainException stale() {
        return DomainException.conflict("parindex-stale", "parindex.error.stale");
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Instant now() {
        return clock.instant();
    }
}
