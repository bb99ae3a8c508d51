package io.parhub.org.web;

import io.parhub.org.AdminUnit;
import io.parhub.org.AdminUnits;
import io.parhub.org.Agency;
import io.parhub.org.UnitLevel;
import io.parhub.org.store.AgencyStore;
import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Public, read-only pages: the unit tree, one unit with its lineage, the agency tree; all as of a date. */
@Controller
class OrgPagesController {

    private final AdminUnits units;
    private final AgencyStore agencies;
    private final Clock clock;

    OrgPagesController(AdminUnits units, AgencyStore agencies, Clock clock) {
        this.units = units;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/units")
    String tree(@RequestParam(required = false) @Nullable String at, Model model) {
        LocalDate day = AsOf.parse(at, clock);
        List<AdminUnit> all = units.list(day, null, null);
        Map<UnitLevel, Long> counts = new EnumMap<>(UnitLevel.class);
        for (UnitLevel level : UnitLevel.values()) {
            counts.put(level, all.stream().filter(u -> u.level() == level).count());
        }
        model.addAttribute("at", day);
        model.addAttribute("counts", counts);
        model.addAttribute("roots", Tree.of(all, AdminUnit::code, AdminUnit::parentCode));
        return "org/units";
    }

    @GetMapping("/units/{code}")
    String unit(@PathVariable String code, @RequestParam(required = false) @Nullable String at, Model model) {
        LocalDate day = AsOf.parse(at, clock);
        AdminUnit unit = units.latestUpTo(code, day).orElseThrow(() -> DomainException.notFound("unit-not-found",
                "org.problem.unit-not-found", code, day.toString()));
        model.addAttribute("at", day);
        model.addAttribute("unit", unit);
        model.addAttribute("existsOn", unit.existsOn(day));
        model.addAttribute("predecessors", units.predecessors(unit.id()));
        model.addAttribute("successors", units.successors(unit.id()));
        model.addAttribute("history", units.history(code));
        model.addAttribute("agencies", agencies.all(unit.existsOn(day) ? day : unit.validTo().minusDays(1))
                .stream().filter(a -> code.equals(a.unitCode())).toList());
        return "org/unit";
    }

    @GetMapping("/agencies")
    String agencies(@RequestParam(required = false) @Nullable String at, Model model) {
        LocalDate day = AsOf.parse(at, clock);
        List<Agency> all = agencies.all(day);
        model.addAttribute("at", day);
        model.addAttribute("total", all.size());
        model.addAttribute("roots", Tree.of(all, Agency::id, Agency::parentId));
        return "org/agencies";
    }
}
