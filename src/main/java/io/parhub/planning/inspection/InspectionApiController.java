package io.parhub.planning.inspection;

import io.parhub.planning.InspectionFigures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff API of inspections: the year's plan, teams, units, visits, findings, recommendations and remediation. */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "Inspections", description = "Kiểm tra công tác CCHC: plan, teams, visits, findings, follow-up")
class InspectionApiController {

    private final InspectionService service;
    private final InspectionReader reader;
    private final Clock clock;

    InspectionApiController(InspectionService service, InspectionReader reader, Clock clock) {
        this.service = service;
        this.reader = reader;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "A year's inspection plan, teams, units with their visit's state, and the year's figures")
    InspectionView.Year year(@RequestParam int year) {
        return reader.year(year, today());
    }

    @GetMapping("/figures")
    @Operation(summary = "A year's figures: units planned and visited, findings by area, recommendations done/overdue")
    InspectionFigures figures(@RequestParam int year, @RequestParam(required = false) @Nullable LocalDate at) {
        return reader.figures(year, at == null ? today() : at);
    }

    @PostMapping("/plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The year's inspection plan as issued, e.g. 17/KH-UBND (PAR office)")
    Map<String, Long> createPlan(@RequestBody InspectionInput.NewPlan body) {
        return Map.of("id", service.createPlan(body, now()));
    }

    @PostMapping("/plans/{id}/teams")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Form an inspection team: name, leader, members one a line (PAR office)")
    Map<String, Long> addTeam(@PathVariable long id, @RequestBody InspectionInput.NewTeam body) {
        return Map.of("id", service.addTeam(id, body, now()));
    }

    @PostMapping("/plans/{id}/units")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put a unit on the plan with its planned date and team; returns its visit (PAR office)")
    InspectionView.Visit addUnit(@PathVariable long id, @RequestBody InspectionInput.NewUnit body) {
        return reader.visit(service.addUnit(id, body, now()), today());
    }

    @GetMapping("/visits/{id}")
    @Operation(summary = "One visit: team, findings, recommendations with flags and remediation reports")
    InspectionView.Visit visit(@PathVariable long id) {
        return reader.visit(id, today());
    }

    @PostMapping("/visits/{id}/record")
    @Operation(summary = "Record the visit as done with its date and conclusion (PAR office); 409 when stale")
    InspectionView.Visit record(@PathVariable long id, @RequestBody InspectionInput.VisitRecord body) {
        service.recordVisit(id, body, now());
        return reader.visit(id, today());
    }

    @PostMapping("/visits/{id}/findings")
    @Operation(summary = "Add a finding: kind SHORTCOMING/LIMITATION, reform area 1–7, text (PAR office)")
    InspectionView.Visit finding(@PathVariable long id, @RequestBody InspectionInput.NewFinding body) {
        service.addFinding(id, body, now());
        return reader.visit(id, today());
    }

    @PostMapping("/visits/{id}/recommendations")
    @Operation(summary = "Add a recommendation: text, responsible unit (default the visited one), deadline")
    InspectionView.Visit recommendation(@PathVariable long id, @RequestBody InspectionInput.NewRecommendation body) {
        service.addRecommendation(id, body, now());
        return reader.visit(id, today());
    }

    @PostMapping("/recommendations/{id}/remediation")
    @Operation(summary = "The responsible unit reports what it did, when, with an evidence link; 409 when stale")
    void remediation(@PathVariable long id, @RequestBody InspectionInput.Remediation body) {
        service.reportRemediation(id, body, now());
    }

    @PostMapping("/recommendations/{id}/decision")
    @Operation(summary = "The PAR office accepts the waiting report (done) or returns it with a note; 409 when stale")
    void decide(@PathVariable long id, @RequestBody InspectionInput.Decision body) {
        service.decide(id, body, now());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
