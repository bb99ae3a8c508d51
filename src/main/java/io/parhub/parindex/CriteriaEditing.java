package io.parhub.parindex;

import io.parhub.account.AccessPolicy;
import io.parhub.account.CurrentStaff;
import io.parhub.account.Role;
import io.parhub.parindex.store.CriteriaStore;
import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PAR office's editor of a year's criteria sets and band table, beside {@link CriteriaSets}: add and remove
 * criteria of a set no cycle uses, edit one with a check that nobody changed it meanwhile, make a new version of a
 * frozen set, change the band table before the year's cycle opens. Criteria and bands carry no version column, so
 * the page sends back a revision (a digest of what it showed) and a changed row is refused as stale.
 */
@Service
@Transactional
public class CriteriaEditing {

    private final CriteriaStore store;
    private final CriteriaSets sets;
    private final AccessPolicy access;
    private final AuditTrail audit;

    public CriteriaEditing(CriteriaStore store, CriteriaSets sets, AccessPolicy access, AuditTrail audit) {
        this.store = store;
        this.sets = sets;
        this.access = access;
        this.audit = audit;
    }

    /** A set as the list shows it: leaves (the criteria that carry points), their total and the cycles using it. */
    public record SetSummary(CriteriaSet set, int criteria, BigDecimal maxTotal, List<Integer> usedBy) {
    }

    @Transactional(readOnly = true)
    public List<SetSummary> summaries() {
        return sets.sets().stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public SetSummary summary(CriteriaSet set) {
        List<Criterion> leaves = CriteriaSets.leaves(store.criteria(set.id()));
        return new SetSummary(set, leaves.size(), maxTotal(leaves), store.cycleYearsUsing(set.id()));
    }

    public static BigDecimal maxTotal(List<Criterion> leaves) {
        return leaves.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What the editing page sends back to prove it showed the latest state of a row or table. */
    public static String revision(Object state) {
        return Long.toHexString(UUID.nameUUIDFromBytes(state.toString().getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits());
    }

    @Transactional(readOnly = true)
    public boolean bandsEditable(int year) {
        return !store.cycleExists(year);
    }

    /** {@link CriteriaSets#edit} refused when the row changed since the page showed it; the maxima above follow. */
    public Criterion update(long criterionId, String revision, String name, BigDecimal maxPoints,
            @Nullable String guidance, @Nullable String evidence, CriterionSource source, @Nullable String metric,
            @Nullable String formula, @Nullable String reason) {
        office();
        Criterion before = criterion(criterionId);
        if (!revision(before).equals(revision)) {
            throw stale();
        }
        requireName(name);
        requirePoints(maxPoints);
        Criterion after = sets.edit(criterionId, name.strip(), maxPoints, blankToNull(guidance),
                blankToNull(evidence), source, blankToNull(metric), blankToNull(formula),
                reason == null ? "" : reason.strip());
        store.sumMaxima(after.setId());
        return store.criterion(criterionId).orElseThrow();
    }

    /**
     * Adds an area (no parent), a criterion under an area or a sub-criterion under a criterion, at the end of its
     * parent, with the next code ({@code 3} → {@code 3.4} → {@code 3.4.2}).
     */
    public Criterion add(long setId, @Nullable Long parentId, String name, BigDecimal maxPoints,
            @Nullable String guidance, @Nullable String evidence, CriterionSource source, @Nullable String metric,
            @Nullable String formula) {
        String actor = office().username();
        CriteriaSet set = editable(setId);
        requireName(name);
        requirePoints(maxPoints);
        requireFormula(source, metric, formula);
        List<Criterion> all = store.criteria(setId);
        Criterion parent = parentId == null ? null : all.stream().filter(c -> c.id() == parentId).findFirst()
                .orElseThrow(() -> DomainException.notFound("parindex-criterion-not-found",
                        "parindex.error.criterion-not-found", String.valueOf(parentId)));
        if (parent != null && "SUB".equals(parent.level())) {
            throw DomainException.invalid("parindex-too-deep", "parindex.admin.error.too-deep", parent.code());
        }
        String level = parent == null ? "AREA" : parent.isArea() ? "CRITERION" : "SUB";
        String prefix = parent == null ? "" : parent.code() + ".";
        int next = all.stream().filter(c -> parent == null ? c.parentId() == null
                : c.parentId() != null && c.parentId() == parent.id())
                .map(c -> c.code().substring(prefix.length())).filter(s -> s.matches("\\d+"))
                .mapToInt(Integer::parseInt).max().orElse(0) + 1;
        int position = all.stream().filter(c -> parent == null || within(c, parent, all))
                .mapToInt(Criterion::position).max().orElse(0);
        store.shiftPositions(setId, position);
        Criterion made = new Criterion(0, setId, parentId, level, prefix + next, position + 1, name.strip(), maxPoints,
                blankToNull(guidance), blankToNull(evidence), source, blankToNull(metric), blankToNull(formula),
                false);
        long id = store.insertCriterion(setId, parentId, made);
        store.sumMaxima(setId);
        audit.record(actor, "parindex.criterion.added", "parindex_criterion", String.valueOf(id),
                Map.of("set", set.id(), "code", made.code(), "maxPoints", maxPoints));
        return store.criterion(id).orElseThrow();
    }

    /** Removes a row without children that no score uses, from a set no cycle uses. */
    public void remove(long criterionId, String revision) {
        String actor = office().username();
        Criterion c = criterion(criterionId);
        editable(c.setId());
        if (!revision(c).equals(revision)) {
            throw stale();
        }
        if (store.criteria(c.setId()).stream().anyMatch(o -> o.parentId() != null && o.parentId() == c.id())) {
            throw DomainException.conflict("parindex-criterion-has-children", "parindex.admin.error.has-children",
                    c.code());
        }
        if (store.scoresOf(criterionId) > 0) {
            throw DomainException.conflict("parindex-criterion-used", "parindex.admin.error.used", c.code());
        }
        store.deleteCriterion(criterionId);
        store.sumMaxima(c.setId());
        audit.record(actor, "parindex.criterion.removed", "parindex_criterion", String.valueOf(criterionId),
                Map.of("set", c.setId(), "before", c.toString()));
    }

    /** A frozen set's changes go into a new version of the same year and group, copied from it. */
    public CriteriaSet newVersion(long setId) {
        String actor = office().username();
        CriteriaSet from = sets.set(setId);
        return sets.copy(from, from.year(), actor);
    }

    /** One band as the office types it; the bottom band has no lower bound. */
    public record BandInput(@Nullable BigDecimal lowerBound, boolean lowerInclusive, String wordingVi) {
    }

    /**
     * Replaces the bounds, boundary rules and wording of a year's bands (names and codes stay), before the year's
     * cycle opens: bounds fall from the top band down, between 0 and 100, and only the bottom band has none.
     */
    public BandTable editBands(int year, String revision, List<BandInput> input) {
        String actor = office().username();
        if (store.cycleExists(year)) {
            throw DomainException.conflict("parindex-bands-in-use", "parindex.admin.error.bands-in-use",
                    String.valueOf(year));
        }
        BandTable before = sets.bands(year);
        if (!revision(before).equals(revision)) {
            throw stale();
        }
        if (input.size() != before.bands().size()) {
            throw DomainException.invalid("parindex-bands-invalid", "parindex.admin.error.bands-count");
        }
        List<Band> after = new ArrayList<>();
        BigDecimal above = null;
        for (int i = 0; i < input.size(); i++) {
            Band b = before.bands().get(i);
            BandInput in = input.get(i);
            boolean bottom = i == input.size() - 1;
            BigDecimal bound = in.lowerBound();
            if (bottom != (bound == null) || bound != null && (bound.signum() < 0
                    || bound.compareTo(BigDecimal.valueOf(100)) > 0 || above != null && bound.compareTo(above) >= 0)) {
                throw DomainException.invalid("parindex-bands-invalid", "parindex.admin.error.bands-order", b.nameVi());
            }
            above = bound;
            String wording = in.wordingVi() == null || in.wordingVi().isBlank() ? b.wordingVi() : in.wordingVi().strip();
            after.add(new Band(b.position(), b.code(), b.nameVi(), b.nameEn(), bound, bottom || in.lowerInclusive(),
                    wording));
        }
        store.replaceBands(year, after);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("year", year);
        details.put("before", before.bands().toString());
        details.put("after", after.toString());
        audit.record(actor, "parindex.bands.edited", "parindex_band", String.valueOf(year), details);
        return new BandTable(year, store.bands(year));
    }

    private static boolean within(Criterion c, Criterion parent, List<Criterion> all) {
        Criterion at = c;
        while (at != null) {
            if (at.id() == parent.id()) {
                return true;
            }
            Long up = at.parentId();
            at = up == null ? null : all.stream().filter(o -> o.id() == up).findFirst().orElse(null);
        }
        return false;
    }

    private Criterion criterion(long id) {
        return store.criterion(id).orElseThrow(() -> DomainException.notFound("parindex-criterion-not-found",
                "parindex.error.criterion-not-found", String.valueOf(id)));
    }

    private CriteriaSet editable(long setId) {
        CriteriaSet set = sets.set(setId);
        if (set.frozen()) {
            throw DomainException.conflict("parindex-set-frozen", "parindex.error.set-frozen");
        }
        return set;
    }

    private static void requireName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("parindex-name-required", "parindex.admin.error.name-required");
        }
    }

    private static void requirePoints(@Nullable BigDecimal points) {
        if (points == null || points.signum() < 0 || points.compareTo(new BigDecimal("1000")) >= 0) {
            throw DomainException.invalid("parindex-points-invalid", "parindex.admin.error.points");
        }
    }

    private static void requireFormula(CriterionSource source, @Nullable String metric, @Nullable String formula) {
        if (source == CriterionSource.COMPUTED && (blankToNull(metric) == null || blankToNull(formula) == null)) {
            throw DomainException.invalid("parindex-formula-required", "parindex.error.formula-required");
        }
    }

    private CurrentStaff office() {
        CurrentStaff staff = access.current().orElseThrow(() -> DomainException.forbidden("parindex-forbidden",
                "parindex.error.forbidden"));
        if (!staff.has(Role.PAR_OFFICE) && !staff.has(Role.ADMIN)) {
            throw DomainException.forbidden("parindex-forbidden", "parindex.error.forbidden");
        }
        return staff;
    }

    private static DomainException stale() {
        return DomainException.conflict("parindex-stale", "parindex.error.stale");
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
