package io.parhub.procedure.process;

import io.parhub.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The internal process of one procedure: read it as of a date (public), approve a new one (procedure control). */
@RestController
@RequestMapping("/api/v1/procedures/{code}/process")
@Tag(name = "Internal processes", description = "Quy trình nội bộ: ordered steps, performers and times of a procedure")
class ProcessApiController {

    private final ProcessApprovals approvals;
    private final Clock clock;

    ProcessApiController(ProcessApprovals approvals, Clock clock) {
        this.approvals = approvals;
        this.clock = clock;
    }

    /** Amounts may be JSON numbers or strings ("0.5"); unit WORKING_DAYS, WORKING_HOURS or CALENDAR_DAYS. */
    record Request(@Nullable String decisionNumber, @Nullable String approvedOn, @Nullable String validFrom,
            @Nullable List<ProcessRequests.StepInput> steps) {
    }

    @GetMapping
    @Operation(summary = "The internal process in force on a date",
            description = "With the procedure's processing time on that date and whether the steps add up to it. "
                    + "consistent=false (status NEEDS_REAPPROVAL) when the procedure was amended with another time "
                    + "after the process was approved. 404 when no process was approved by that date.")
    ProcessJson read(@PathVariable String code,
            @Parameter(description = "YYYY-MM-DD; today in Asia/Ho_Chi_Minh when absent")
            @RequestParam(required = false) @Nullable String at) {
        LocalDate day = day(at);
        return approvals.read(code, day).map(r -> ProcessJson.of(r, false))
                .orElseThrow(() -> DomainException.notFound("process-not-found",
                        "procedure.process.problem.not-found", code, day.toString()));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PROCEDURE_CONTROL', 'ADMIN')")
    @Operation(summary = "Approve an internal process (role PROCEDURE_CONTROL or ADMIN)",
            description = "The steps must add up exactly to the procedure's processing time in force on validFrom "
                    + "(working days and working hours mix at 8 hours a day; calendar days only with calendar days). "
                    + "It replaces the previous process from validFrom; earlier dates keep the earlier one. "
                    + "Idempotent by (code, decisionNumber): a retry returns the first result with 200, the same "
                    + "number with other content is a 409. validFrom defaults to approvedOn.")
    ResponseEntity<ProcessJson> approve(@PathVariable String code, @RequestBody Request body, Principal principal) {
        ProcessDraft draft = ProcessRequests.draft(code, body.decisionNumber(), body.approvedOn(), body.validFrom(),
                body.steps() == null ? List.of() : body.steps());
        ProcessApprovals.Approval result = approvals.approve(draft, principal.getName());
        return ResponseEntity.status(result.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(ProcessJson.of(result.reading(), result.replayed()));
    }

    private LocalDate day(@Nullable String at) {
        if (at == null || at.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid-date", "procedure.process.problem.date", "at", at);
        }
    }
}
