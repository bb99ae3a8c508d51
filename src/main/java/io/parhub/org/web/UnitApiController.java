package io.parhub.org.web;

import io.parhub.org.AdminUnit;
import io.parhub.org.AdminUnits;
import io.parhub.org.UnitLevel;
import io.parhub.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only, public: administrative units as of a date. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Administrative units", description = "Provinces, districts and communes over time, with lineage")
class UnitApiController {

    private final AdminUnits units;
    private final Clock clock;

    UnitApiController(AdminUnits units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Units that exist on a date",
            description = "Ordered by depth, then Vietnamese alphabetical order. parent selects the whole subtree "
                    + "below that unit (all its communes, for a province before 1/7/2025).")
    List<UnitJson> list(
            @Parameter(description = "YYYY-MM-DD; today in Asia/Ho_Chi_Minh when absent") @RequestParam(required = false) @Nullable String at,
            @Parameter(description = "code of an ancestor unit") @RequestParam(required = false) @Nullable String parent,
            @Parameter(description = "province, district or commune") @RequestParam(required = false) @Nullable String level) {
        LocalDate day = AsOf.parse(at, clock);
        UnitLevel tier = level == null || level.isBlank() ? null : UnitLevel.fromKey(level.strip())
                .orElseThrow(() -> DomainException.invalid("invalid-level", "org.problem.level", level));
        if (parent != null && units.byCode(parent, day).isEmpty()) {
            throw DomainException.notFound("unit-not-found", "org.problem.unit-not-found", parent, day.toString());
        }
        return units.list(day, parent, tier).stream().map(UnitJson::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One unit as of a date, with predecessors and successors",
            description = "A unit that no longer exists on that date is still answered: the latest version that "
                    + "ended before it, with its validTo and successors. 404 when the code did not exist up to that "
                    + "date (a version that starts later is not shown).")
    UnitJson.Detail one(@PathVariable String code,
            @Parameter(description = "YYYY-MM-DD; today in Asia/Ho_Chi_Minh when absent") @RequestParam(required = false) @Nullable String at) {
        LocalDate day = AsOf.parse(at, clock);
        AdminUnit unit = units.latestUpTo(code, day).orElseThrow(() -> DomainException.notFound("unit-not-found",
                "org.problem.unit-not-found", code, day.toString()));
        return UnitJson.Detail.of(unit, units.predecessors(unit.id()), units.successors(unit.id()));
    }
}
