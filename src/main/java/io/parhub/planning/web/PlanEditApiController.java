package io.parhub.planning.web;

import io.parhub.planning.NewPlan;
import io.parhub.planning.PlanEdits;
import io.parhub.planning.PlanView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff API for editing a plan: a draft's title, groups, items, assignments; an issued plan's item amendments. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans", description = "Kế hoạch CCHC: plans, task groups, items, assignments, progress, issued-plan tally")
class PlanEditApiController {

    private final PlanEdits edits;
    private final Clock clock;

    PlanEditApiController(PlanEdits edits, Clock clock) {
        this.edits = edits;
        this.clock = clock;
    }

    record TitleRequest(int version, String title) {
    }

    record GroupRequest(int version, int number, String name) {
    }

    record ItemRequest(int version, String number, String content, @Nullable String output,
            @Nullable LocalDate deadline, @Nullable String indicators, @Nullable List<String> assignees,
            @Nullable List<Long> provinceItemIds, @Nullable String reason) {
    }

    @PutMapping("/{id}/title")
    @Operation(summary = "Retitle a draft (its author); 409 plan-stale on a stale version, plan-issued once issued")
    PlanView retitle(@PathVariable long id, @RequestBody TitleRequest body) {
        return edits.retitle(id, body.version(), String.valueOf(body.title()), now());
    }

    @PostMapping("/{id}/groups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a task group to a draft: {version, number, name}")
    PlanView addGroup(@PathVariable long id, @RequestBody GroupRequest body) {
        return edits.addGroup(id, body.version(), body.number(), String.valueOf(body.name()), now());
    }

    @PutMapping("/groups/{groupId}")
    @Operation(summary = "Rename a draft's task group: {version, name}")
    PlanView renameGroup(@PathVariable long groupId, @RequestBody GroupRequest body) {
        return edits.renameGroup(groupId, body.version(), String.valueOf(body.name()), now());
    }

    @DeleteMapping("/groups/{groupId}")
    @Operation(summary = "Remove an empty task group of a draft (?version=)")
    PlanView removeGroup(@PathVariable long groupId, @RequestParam int version) {
        return edits.removeGroup(groupId, version, now());
    }

    @PostMapping("/groups/{groupId}/items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an item to a draft's group, with its assignees and links to province items")
    PlanView addItem(@PathVariable long groupId, @RequestBody ItemRequest body) {
        return edits.addItem(groupId, body.version(), new NewPlan.Item(String.valueOf(body.number()),
                String.valueOf(body.content()), body.output(), body.deadline(), body.indicators(),
                body.assignees() == null ? List.of() : body.assignees(),
                body.provinceItemIds() == null ? List.of() : body.provinceItemIds()), now());
    }

    @PutMapping("/items/{itemId}")
    @Operation(summary = "Edit a draft's item; on an issued plan only content and deadline, with a reason (điều chỉnh)")
    PlanView editItem(@PathVariable long itemId, @RequestBody ItemRequest body) {
        return edits.editItem(itemId, body.version(), new PlanEdits.ItemChange(String.valueOf(body.number()),
                String.valueOf(body.content()), body.output(), body.deadline(), body.indicators(),
                body.provinceItemIds()), body.reason(), now());
    }

    @DeleteMapping("/items/{itemId}")
    @Operation(summary = "Remove a draft's item with its assignments, when none has progress (?version=)")
    PlanView removeItem(@PathVariable long itemId, @RequestParam int version) {
        return edits.removeItem(itemId, version, now());
    }

    @DeleteMapping("/assignments/{id}")
    @Operation(summary = "Remove a draft's assignment that has no progress (?version=)")
    PlanView removeAssignment(@PathVariable long id, @RequestParam int version) {
        return edits.removeAssignment(id, version, now());
    }

    @GetMapping("/{id}/amendments")
    @Operation(summary = "Amendments of an issued plan's items: when, by whom, why, content and deadline before/after")
    List<PlanEdits.Amendment> amendments(@PathVariable long id) {
        return edits.amendments(id);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
