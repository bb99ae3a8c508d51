package io.parhub.parindex.web;

import io.parhub.account.AccessPolicy;
import io.parhub.parindex.CriteriaSet;
import io.parhub.parindex.CriteriaSets;
import io.parhub.parindex.Cycle;
import io.parhub.parindex.CycleStatus;
import io.parhub.parindex.Entry;
import io.parhub.parindex.OpenCycle;
import io.parhub.parindex.ParIndex;
import io.parhub.parindex.ParIndexCycles;
import io.parhub.parindex.ParIndexResults;
import io.parhub.parindex.RankingRow;
import io.parhub.parindex.Score;
import io.parhub.parindex.Scorecard;
import io.parhub.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The PAR Index over JSON: the public ranking once published, and the staff commands of a cycle (roles checked by
 * the services: PAR office for opening, appraisal and rounds; the unit's PAR focal point for its own scores).
 */
@RestController
class ParIndexApiController {

    private final ParIndex index;
    private final ParIndexResults results;
    private final ParIndexCycles cycles;
    private final CriteriaSets sets;
    private final AccessPolicy access;

    ParIndexApiController(ParIndex index, ParIndexResults results, ParIndexCycles cycles, CriteriaSets sets,
            AccessPolicy access) {
        this.index = index;
        this.results = results;
        this.cycles = cycles;
        this.sets = sets;
        this.access = access;
    }

    @Operation(summary = "Published PAR Index ranking of a year: every unit with score, maximum, percent, band and "
            + "competition rank inside its group (null for units scored but not ranked); 404 until published")
    @GetMapping("/api/v1/par-index/{year}/ranking")
    List<RankingRow> ranking(@PathVariable int year) {
        return index.publishedRanking(year).orElseThrow(() -> DomainException.notFound("parindex-not-published",
                "parindex.error.not-published", String.valueOf(year)));
    }

    record OpenRequest(int year, @Nullable LocalDate scopeDate, LocalDate selfDeadline,
            @Nullable LocalDate explanationDeadline, @Nullable Map<String, String> exclusions,
            @Nullable List<OpenCycle.ExtraUnit> extraUnits) {
    }

    @Operation(summary = "Open a year's cycle for the units in scope on the scope date (PAR office)")
    @PostMapping("/api/v1/par-index/cycles")
    Cycle open(@RequestBody OpenRequest r) {
        return cycles.open(new OpenCycle(r.year(), r.scopeDate(), r.selfDeadline(), r.explanationDeadline(),
                r.exclusions() == null ? Map.of() : r.exclusions(), r.extraUnits() == null ? List.of()
                        : r.extraUnits()));
    }

    @Operation(summary = "Move a cycle to APPRAISAL, EXPLANATION, LOCKED or PUBLISHED (PAR office)")
    @PostMapping("/api/v1/par-index/{year}/status")
    Cycle advance(@PathVariable int year, @RequestParam CycleStatus to, @RequestParam int version) {
        return cycles.advance(year, to, version);
    }

    @Operation(summary = "Units of a year's cycle (staff)")
    @GetMapping("/api/v1/par-index/{year}/entries")
    List<Entry> entries(@PathVariable int year) {
        access.current().orElseThrow();
        return results.entries(year);
    }

    @Operation(summary = "Scorecard of a unit: every criterion with its scores, areas with the gap to the maximum")
    @GetMapping("/api/v1/par-index/entries/{id}/scorecard")
    Scorecard scorecard(@PathVariable long id) {
        Entry e = results.entry(id).orElseThrow(() -> DomainException.notFound("parindex-entry-not-found",
                "parindex.error.entry-not-found", String.valueOf(id)));
        if (e.agencyId() != null) {
            access.requireRead(e.agencyId());
        }
        return results.scorecard(id);
    }

    record SelfRequest(@Nullable BigDecimal score, @Nullable String comment, @Nullable String links, int version) {
    }

    @Operation(summary = "Self-assessment of one criterion by the unit's PAR focal point")
    @PutMapping("/api/v1/par-index/entries/{id}/criteria/{criterion}/self")
    Score self(@PathVariable long id, @PathVariable long criterion, @RequestBody SelfRequest r) {
        return cycles.selfAssess(id, criterion, r.score(), r.comment(), r.links(), r.version());
    }

    @Operation(summary = "Submit the unit's self-assessment (late after the deadline: accepted and flagged)")
    @PostMapping("/api/v1/par-index/entries/{id}/submit")
    Entry submit(@PathVariable long id, @RequestParam int version) {
        return cycles.submit(id, version);
    }

    record AppraisalRequest(BigDecimal score, @Nullable String remark, boolean sendBack, int version) {
    }

    @Operation(summary = "Appraised score and remark of one criterion; sendBack asks the unit to explain (PAR office)")
    @PutMapping("/api/v1/par-index/entries/{id}/criteria/{criterion}/appraisal")
    Score appraise(@PathVariable long id, @PathVariable long criterion, @RequestBody AppraisalRequest r) {
        return cycles.appraise(id, criterion, r.score(), r.remark(), r.sendBack(), r.version());
    }

    record ExplanationRequest(String explanation, @Nullable BigDecimal revisedScore, @Nullable String links,
            int version) {
    }

    @Operation(summary = "The unit's explanation of a criterion sent back (round 2)")
    @PutMapping("/api/v1/par-index/entries/{id}/criteria/{criterion}/explanation")
    Score explain(@PathVariable long id, @PathVariable long criterion, @RequestBody ExplanationRequest r) {
        return cycles.explain(id, criterion, r.explanation(), r.revisedScore(), r.links(), r.version());
    }

    @Operation(summary = "Copy every group's latest criteria set of a year into another year as new editable versions")
    @PostMapping("/api/v1/par-index/criteria-sets/copy")
    List<CriteriaSet> copy(@RequestParam int from, @RequestParam int to) {
        return sets.copyYear(from, to);
    }
}
