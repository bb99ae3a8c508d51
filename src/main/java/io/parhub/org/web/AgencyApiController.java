package io.parhub.org.web;

import io.parhub.org.Agency;
import io.parhub.org.AgencyKind;
import io.parhub.org.store.AgencyStore;
import io.parhub.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only, public: agencies as of a date. */
@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Agencies", description = "People's Committees, departments, service units and central agencies over time")
class AgencyApiController {

    private final AgencyStore agencies;
    private final Clock clock;

    AgencyApiController(AgencyStore agencies, Clock clock) {
        this.agencies = agencies;
        this.clock = clock;
    }

    record AgencyJson(String code, String name, AgencyKind kind, @Nullable String parentCode, @Nullable String unitCode,
            LocalDate validFrom, @Nullable LocalDate validTo) {
    }

    @GetMapping
    @Operation(summary = "Agencies that exist on a date", description = "Parents before children. parent selects the "
            + "whole subtree below that agency; central agencies are roots of their own.")
    List<AgencyJson> list(
            @Parameter(description = "YYYY-MM-DD; today in Asia/Ho_Chi_Minh when absent") @RequestParam(required = false) @Nullable String at,
            @Parameter(description = "code of an ancestor agency, e.g. UBND-94") @RequestParam(required = false) @Nullable String parent,
            @Parameter(description = "PEOPLES_COMMITTEE, DEPARTMENT, BOARD, SERVICE_UNIT, ONE_STOP_CENTRE, CENTRAL_AGENCY or OTHER")
            @RequestParam(required = false) @Nullable String kind) {
        LocalDate day = AsOf.parse(at, clock);
        AgencyKind wanted = kind == null || kind.isBlank() ? null : Arrays.stream(AgencyKind.values())
                .filter(k -> k.name().equalsIgnoreCase(kind.strip())).findFirst()
                .orElseThrow(() -> DomainException.invalid("invalid-agency-kind", "org.problem.agency-kind", kind));
        if (parent != null && agencies.byCode(parent, day).isEmpty()) {
            throw DomainException.notFound("agency-not-found", "org.problem.agency-not-found", parent, day.toString());
        }
        Map<Long, String> codes = agencies.all(day).stream()
                .collect(Collectors.toMap(Agency::id, Agency::code, (a, b) -> a));
        Function<Agency, @Nullable String> parentCode = a -> a.parentId() == null ? null
                : codes.getOrDefault(a.parentId(), agencies.byId(a.parentId()).map(Agency::code).orElse(null));
        return agencies.list(day, parent, wanted).stream().map(a -> new AgencyJson(a.code(), a.name(), a.kind(),
                parentCode.apply(a), a.unitCode(), a.validFrom(), a.validTo())).toList();
    }
}
