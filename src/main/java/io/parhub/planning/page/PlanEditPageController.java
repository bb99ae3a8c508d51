package io.parhub.planning.page;

import io.parhub.planning.NewPlan;
import io.parhub.planning.PlanEdits;
import io.parhub.planning.PlanView;
import io.parhub.planning.Plans;
import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editing forms inline on the plan page: title, task groups, items, assignments without progress; on an issued
 * plan, the amendment of an item's content and deadline with a reason. Each form carries the plan's version.
 */
@Controller
class PlanEditPageController {

    private final PlanEdits edits;
    private final Plans plans;
    private final Clock clock;

    PlanEditPageController(PlanEdits edits, Plans plans, Clock clock) {
        this.edits = edits;
        this.plans = plans;
        this.clock = clock;
    }

    @PostMapping("/staff/plans/{id}/title")
    String retitle(@PathVariable long id, @RequestParam int version, @RequestParam String title) {
        edits.retitle(id, version, title, now());
        return back(id, "plan-page");
    }

    @PostMapping("/staff/plans/{id}/groups")
    String addGroup(@PathVariable long id, @RequestParam int version, @RequestParam int number,
            @RequestParam String name) {
        edits.addGroup(id, version, number, name, now());
        return back(id, "group-" + number);
    }

    @PostMapping("/staff/plans/{id}/groups/{groupId}/name")
    String renameGroup(@PathVariable long id, @PathVariable long groupId, @RequestParam int version,
            @RequestParam String name) {
        edits.renameGroup(groupId, version, name, now());
        return back(id, "plan-page");
    }

    @PostMapping("/staff/plans/{id}/groups/{groupId}/remove")
    String removeGroup(@PathVariable long id, @PathVariable long groupId, @RequestParam int version) {
        edits.removeGroup(groupId, version, now());
        return back(id, "plan-page");
    }

    @PostMapping("/staff/plans/{id}/groups/{groupId}/items")
    String addItem(@PathVariable long id, @PathVariable long groupId, @RequestParam int version,
            @RequestParam String number, @RequestParam String content,
            @RequestParam(required = false) @Nullable String output,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline,
            @RequestParam(required = false) @Nullable String indicators,
            @RequestParam(required = false) @Nullable String assignees) {
        List<String> codes = assignees == null ? List.of() : Arrays.stream(assignees.split("[,;\\s]+"))
                .filter(s -> !s.isBlank()).toList();
        edits.addItem(groupId, version, new NewPlan.Item(number, content, output, deadline, indicators, codes,
                List.of()), now());
        return back(id, "plan-page");
    }

    /** A draft's item: every field; an issued plan's item: content and deadline, the rest kept, and a reason. */
    @PostMapping("/staff/plans/{id}/items/{itemId}")
    String editItem(@PathVariable long id, @PathVariable long itemId, @RequestParam int version,
            @RequestParam(required = false) @Nullable String number, @RequestParam String content,
            @RequestParam(required = false) @Nullable String output,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline,
            @RequestParam(required = false) @Nullable String indicators,
            @RequestParam(required = false) @Nullable String reason) {
        PlanView.Item item = plans.find(id, LocalDate.now(clock)).stream().flatMap(p -> p.groups().stream())
                .flatMap(g -> g.items().stream()).filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> DomainException.notFound("plan-item-not-found", "planning.problem.item-not-found",
                        itemId));
        boolean amendment = reason != null;
        edits.editItem(itemId, version, new PlanEdits.ItemChange(amendment ? item.number() : String.valueOf(number),
                content, amendment ? item.output() : output, deadline, amendment ? item.indicators() : indicators,
                null), reason, now());
        return back(id, "item-" + itemId);
    }

    @PostMapping("/staff/plans/{id}/items/{itemId}/remove")
    String removeItem(@PathVariable long id, @PathVariable long itemId, @RequestParam int version) {
        edits.removeItem(itemId, version, now());
        return back(id, "plan-page");
    }

    @PostMapping("/staff/plans/{id}/assignments/{assignmentId}/remove")
    String removeAssignment(@PathVariable long id, @PathVariable long assignmentId, @RequestParam int version) {
        edits.removeAssignment(assignmentId, version, now());
        return back(id, "plan-page");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String back(long id, String anchor) {
        return "redirect:/staff/plans/" + id + "?edited#" + anchor;
    }
}
