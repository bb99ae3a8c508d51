package io.parhub.planning.page;

import io.parhub.planning.PlanEdits;
import io.parhub.planning.PlanView;
import io.parhub.planning.Plans;
import io.parhub.planning.ProgressInput;
import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Staff pages: plans of a year with the issued-plan tally, one plan with its flags, the progress form; the plan's
 * author also gets the editing forms ({@link PlanEditPageController}).
 */
@Controller
class PlanPageController {

    private final Plans plans;
    private final PlanEdits edits;
    private final Clock clock;

    PlanPageController(Plans plans, PlanEdits edits, Clock clock) {
        this.plans = plans;
        this.edits = edits;
        this.clock = clock;
    }

    @GetMapping("/staff/plans")
    ModelAndView list(@RequestParam(required = false) @Nullable Integer year) {
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        return new ModelAndView("planning/list")
                .addObject("year", y)
                .addObject("plans", plans.list(y, today))
                .addObject("tally", plans.tally(y, today));
    }

    @GetMapping("/staff/plans/{id}")
    ModelAndView plan(@PathVariable long id) {
        PlanView plan = plans.find(id, LocalDate.now(clock)).orElseThrow(() -> DomainException.notFound(
                "plan-not-found", "planning.problem.not-found", id));
        return new ModelAndView("planning/plan").addObject("plan", plan)
                .addObject("editable", edits.mayEdit(id))
                .addObject("amendments", edits.amendments(id).stream()
                        .collect(Collectors.groupingBy(PlanEdits.Amendment::itemId)));
    }

    @PostMapping("/staff/plans/{id}/assignments/{assignmentId}/progress")
    String progress(@PathVariable long id, @PathVariable long assignmentId, @RequestParam int version,
            @RequestParam int percent, @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable String evidenceLink) {
        plans.progress(assignmentId, new ProgressInput(version, percent, note, evidenceLink), LocalDateTime.now(clock));
        return "redirect:/staff/plans/" + id + "?updated=" + assignmentId + "#assignment-" + assignmentId;
    }
}
