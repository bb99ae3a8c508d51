package io.parhub.parindex;

import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.org.AgencyKind;
import io.parhub.parindex.store.CriteriaStore;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which agencies a cycle holds, in which group, and the criteria set each group uses: one rule for opening a cycle
 * and for the list the office sees before it opens one.
 */
@Component
class CycleScope {

    private final Agencies agencies;
    private final CriteriaStore criteria;

    CycleScope(Agencies agencies, CriteriaStore criteria) {
        this.agencies = agencies;
        this.criteria = criteria;
    }

    /** The group an agency is compared in; empty for agencies not assessed (the one-stop centre, communes…). */
    Optional<UnitGroup> group(Agency a, LocalDate scope) {
        return switch (a.kind()) {
            case DEPARTMENT, BOARD, OTHER -> Optional.of(UnitGroup.DEPARTMENT);
            case SERVICE_UNIT -> Optional.of(UnitGroup.SERVICE_UNIT);
            case CENTRAL_AGENCY -> Optional.of(UnitGroup.CENTRAL_AGENCY);
            case PEOPLES_COMMITTEE -> a.parentId() == null ? Optional.empty()
                    : agencies.byId(a.parentId()).filter(p -> p.parentId() == null && p.kind()
                            == AgencyKind.PEOPLES_COMMITTEE).map(p -> scope.isBefore(ParIndexCycles.NO_DISTRICTS_FROM)
                                    ? UnitGroup.DISTRICT : UnitGroup.COMMUNE);
            default -> Optional.empty();
        };
    }

    /** The group's latest set of the year; service units and central agencies use the department set if they have none. */
    Optional<CriteriaSet> setFor(int year, UnitGroup group) {
        Optional<CriteriaSet> own = criteria.latest(year, group);
        if (own.isEmpty() && (group == UnitGroup.SERVICE_UNIT || group == UnitGroup.CENTRAL_AGENCY)) {
            own = criteria.latest(year, UnitGroup.DEPARTMENT);
        }
        return own;
    }
}
