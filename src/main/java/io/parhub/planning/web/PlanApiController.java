package io.parhub.planning.web;

import io.parhub.planning.IssuedPlansTally;
import io.parhub.planning.NewPlan;
import io.parhub.planning.PlanSummary;
import io.parhub.planning.PlanView;
import io.parhub.planning.Plans;
import io.parhub.planning.ProgressInput;
import io.parhub.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff API of reform plans: list by year, one plan, draft, issue, assign, progress, obligations and the tally. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans", description = "Kế hoạch CCHC: plans, task groups, items, assignments, progress, issued-plan tally")
class PlanApiController {

    private final Plans plans;
    private final Clock clock;

    PlanApiController(Plans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    record IssueRequest(int version, String number, LocalDate issuedOn, String signer) {
    }

    record AssignRequest(List<String> agencyCodes) {
    }

    record ObligationRequest(List<String> agencyCodes, LocalDate dueOn) {
    }

    @GetMapping
    @Operation(summary = "Plans of a year (province and units) with counts of done and overdue assignments")
    List<PlanSummary> list(@RequestParam int year) {
        return plans.list(year, today());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One plan: task groups, items, assignments with progress, overdue and due-soon flags")
    PlanView read(@PathVariable long id) {
        return plans.find(id, today()).orElseThrow(() -> DomainException.notFound("plan-not-found",
                "planning.problem.not-found", id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft a plan (PROVINCE: PAR_OFFICE; UNIT: the unit's PAR_FOCAL_POINT or the PAR office)")
    PlanView create(@RequestBody NewPlan plan) {
        return plans.create(plan, now());
    }

    @PostMapping("/{id}/issue")
    @Operation(summary = "Issue a draft with its number (e.g. 163/KH-UBND), date and signer; 409 plan-stale")
    PlanView issue(@PathVariable long id, @RequestBody IssueRequest body) {
        return plans.issue(id, body.version(), String.valueOf(body.number()), body.issuedOn(),
                String.valueOf(body.signer()), now());
    }

    @PostMapping("/items/{itemId}/assignments")
    @Operation(summary = "Assign an item to more agencies (agency codes as of the plan's year)")
    PlanView assign(@PathVariable long itemId, @RequestBody AssignRequest body) {
        return plans.assign(itemId, body.agencyCodes(), now());
    }

    @PostMapping("/assignments/{id}/progress")
    @Operation(summary = "Record progress (percent, note, evidence link) — only the assigned unit; 409 when stale")
    PlanView.Assignment progress(@PathVariable long id, @RequestBody ProgressInput body) {
        return plans.progress(id, body, now());
    }

    @PutMapping("/obligations/{year}")
    @Operation(summary = "Which units must issue their plan for a year, and by when (PAR_OFFICE)")
    IssuedPlansTally require(@PathVariable int year, @RequestBody ObligationRequest body) {
        plans.requirePlans(year, body.agencyCodes(), body.dueOn(), now());
        return plans.tally(year, today());
    }

    @GetMapping("/tally")
    @Operation(summary = "Units that issued their plan for a year ('30/30 …'), the late ones, the sentence vi and en")
    IssuedPlansTally tally(@RequestParam int year, @RequestParam(required = false) @Nullable LocalDate at) {
        return plans.tally(year, at == null ? today() : at);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
