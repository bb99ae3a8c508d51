package io.parhub.parindex;

import io.parhub.account.AccessPolicy;
import io.parhub.account.CurrentStaff;
import io.parhub.account.Role;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.parindex.store.CriteriaStore;
import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a cycle from the office's page: the units the cycle will hold, shown before it opens, and the checks a
 * person typing dates needs (deadlines after the scope date, a reason for each exclusion) before
 * {@link ParIndexCycles#open} does the rest in the same transaction.
 */
@Service
@Transactional
public class CycleOpening {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ParIndexCycles cycles;
    private final CriteriaStore criteria;
    private final Agencies agencies;
    private final AccessPolicy access;
    private final CycleScope scope;

    CycleOpening(ParIndexCycles cycles, CriteriaStore criteria, Agencies agencies, AccessPolicy access,
            CycleScope scope) {
        this.scope = scope;
        this.cycles = cycles;
        this.criteria = criteria;
        this.agencies = agencies;
        this.access = access;
    }

    public record Unit(String code, String name, UnitGroup group) {
    }

    /** The units per group with the set each group would use (null: the group has none and opening would fail). */
    public record Preview(int year, LocalDate scopeDate, boolean exists, Map<UnitGroup, List<Unit>> units,
            Map<UnitGroup, @Nullable CriteriaSet> sets) {

        public int size() {
            return units.values().stream().mapToInt(List::size).sum();
        }

        public List<UnitGroup> missingSets() {
            return units.keySet().stream().filter(g -> sets.get(g) == null).toList();
        }
    }

    public static LocalDate defaultScope(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** The units in force on the scope date, grouped as {@link ParIndexCycles#open} groups them. */
    @Transactional(readOnly = true)
    public Preview preview(int year, @Nullable LocalDate scopeDate) {
        office();
        LocalDate scope = scopeDate == null ? defaultScope(year) : scopeDate;
        Map<UnitGroup, List<Unit>> units = new EnumMap<>(UnitGroup.class);
        for (Agency a : agencies.all(scope)) {
            this.scope.group(a, scope).ifPresent(g -> units.computeIfAbsent(g, k -> new ArrayList<>())
                    .add(new Unit(a.code(), a.name(), g)));
        }
        Map<UnitGroup, @Nullable CriteriaSet> sets = new EnumMap<>(UnitGroup.class);
        units.keySet().forEach(g -> sets.put(g, this.scope.setFor(year, g).orElse(null)));
        return new Preview(year, scope, criteria.cycleExists(year), units, sets);
    }

    /** Opens the cycle after the checks of the page's form; the cycle's own refusals follow as they are. */
    public Cycle open(OpenCycle command) {
        office();
        LocalDate scope = command.scopeDate() == null ? defaultScope(command.year()) : command.scopeDate();
        if (command.year() < 2000 || command.year() > 2100) {
            throw DomainException.invalid("parindex-year-invalid", "parindex.admin.error.year",
                    String.valueOf(command.year()));
        }
        if (command.selfDeadline().isBefore(scope)) {
            throw DomainException.invalid("parindex-deadline-before-scope", "parindex.admin.error.deadline-before-scope",
                    DAY.format(command.selfDeadline()), DAY.format(scope));
        }
        if (command.explanationDeadline() != null && command.explanationDeadline().isBefore(command.selfDeadline())) {
            throw DomainException.invalid("parindex-deadline-order", "parindex.admin.error.deadline-order");
        }
        command.exclusions().forEach((code, reason) -> {
            if (reason == null || reason.isBlank()) {
                throw DomainException.invalid("parindex-reason-required", "parindex.admin.error.reason-required",
                        code);
            }
        });
        return cycles.open(command);
    }

    private CurrentStaff office() {
        CurrentStaff staff = access.current().orElseThrow(() -> DomainException.forbidden("parindex-forbidden",
                "parindex.error.forbidden"));
        if (!staff.has(Role.PAR_OFFICE) && !staff.has(Role.ADMIN)) {
            throw DomainException.forbidden("parindex-forbidden", "parindex.error.forbidden");
        }
        return staff;
    }
}
