package io.parhub.parindex;

import io.parhub.account.AccessPolicy;
import io.parhub.account.CurrentStaff;
import io.parhub.account.Role;
import io.parhub.parindex.store.CriteriaStore;
import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Criteria sets and band tables: read a set as a tree, copy a year's sets into the next year as new editable
 * versions, edit a criterion of a set that no cycle uses yet (a frozen set refuses: copy it instead).
 */
@Service
@Transactional
public class CriteriaSets {

    private final CriteriaStore store;
    private final AccessPolicy access;
    private final AuditTrail audit;

    public CriteriaSets(CriteriaStore store, AccessPolicy access, AuditTrail audit) {
        this.store = store;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public CriteriaSet set(long id) {
        return store.set(id).orElseThrow(() -> DomainException.notFound("parindex-set-not-found",
                "parindex.error.set-not-found", String.valueOf(id)));
    }

    @Transactional(readOnly = true)
    public List<CriteriaSet> sets() {
        return store.allSets();
    }

    /** Every row of a set, areas first within their order. */
    @Transactional(readOnly = true)
    public List<Criterion> criteria(long setId) {
        return store.criteria(setId);
    }

    /** The rows that carry points: those without children. */
    @Transactional(readOnly = true)
    public List<Criterion> leaves(long setId) {
        return leaves(store.criteria(setId));
    }

    public static List<Criterion> leaves(List<Criterion> all) {
        return all.stream().filter(c -> all.stream().noneMatch(o -> o.parentId() != null && o.parentId() == c.id()))
                .toList();
    }

    /** The band table of a year; a year without its own table gets a copy of the latest earlier one. */
    public BandTable bands(int year) {
        List<Band> bands = store.bands(year);
        if (bands.isEmpty()) {
            int from = store.latestBandYearUpTo(year).orElseThrow(() -> DomainException.notFound(
                    "parindex-no-bands", "parindex.error.no-bands", String.valueOf(year)));
            store.bands(from).forEach(b -> store.insertBand(year, b));
            bands = store.bands(year);
        }
        return new BandTable(year, bands);
    }

    /**
     * Copies the latest version of every group's set of {@code fromYear} into {@code toYear} as a new, editable
     * version (the seeded 2019 set → 2020 …).
     */
    public List<CriteriaSet> copyYear(int fromYear, int toYear) {
        String actor = requireOffice().username();
        Map<UnitGroup, CriteriaSet> latest = new LinkedHashMap<>();
        for (CriteriaSet s : store.sets(fromYear)) {
            latest.put(s.group(), s);
        }
        if (latest.isEmpty()) {
            throw DomainException.notFound("parindex-set-not-found", "parindex.error.no-set-for-year",
                    String.valueOf(fromYear));
        }
        List<CriteriaSet> made = latest.values().stream().map(s -> copy(s, toYear, actor)).toList();
        bands(toYear);
        return made;
    }

    CriteriaSet copy(CriteriaSet from, int toYear, String actor) {
        String title = from.title().replace(String.valueOf(from.year()), String.valueOf(toYear));
        long id = store.insertSet(toYear, from.group(), title, from.basis(), from.illustrative(), from.id(), actor);
        Map<Long, Long> ids = new HashMap<>();
        for (Criterion c : store.criteria(from.id())) {
            Long parent = c.parentId() == null ? null : ids.get(c.parentId());
            ids.put(c.id(), store.insertCriterion(id, parent, c));
        }
        audit.record(actor, "parindex.set.copied", "parindex_criteria_set", String.valueOf(id),
                Map.of("from", from.id(), "year", toYear, "group", from.group().name()));
        return set(id);
    }

    /** Edits one criterion of a set not yet used by a cycle; the maxima above it follow the leaves. */
    public Criterion edit(long criterionId, String name, BigDecimal maxPoints, @Nullable String guidance,
            @Nullable String evidence, CriterionSource source, @Nullable String metric, @Nullable String formula,
            String reason) {
        String actor = requireOffice().username();
        Criterion before = store.criterion(criterionId).orElseThrow(() -> DomainException.notFound(
                "parindex-criterion-not-found", "parindex.error.criterion-not-found", String.valueOf(criterionId)));
        if (set(before.setId()).frozen()) {
            throw DomainException.conflict("parindex-set-frozen", "parindex.error.set-frozen");
        }
        if (source == CriterionSource.COMPUTED
                && (metric == null || metric.isBlank() || formula == null || formula.isBlank())) {
            throw DomainException.invalid("parindex-formula-required", "parindex.error.formula-required");
        }
        Criterion after = new Criterion(before.id(), before.setId(), before.parentId(), before.level(), before.code(),
                before.position(), name, maxPoints, guidance, evidence, source, metric, formula, before.illustrative());
        store.updateCriterion(after);
        audit.record(actor, "parindex.criterion.edited", "parindex_criterion", String.valueOf(criterionId),
                Map.of("before", before.toString(), "after", after.toString(), "reason", reason));
        return after;
    }

    void freeze(long setId) {
        store.freeze(setId);
    }

    private CurrentStaff requireOffice() {
        CurrentStaff staff = access.current().orElseThrow(() -> DomainException.forbidden("parindex-forbidden",
                "parindex.error.forbidden"));
        if (!staff.has(Role.PAR_OFFICE) && !staff.has(Role.ADMIN)) {
            throw DomainException.forbidden("parindex-forbidden", "parindex.error.forbidden");
        }
        return staff;
    }
}
