package io.parhub.planning.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
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

/** Staff API of periodic reports: periods, a unit's report, its edits and the submit / return / accept workflow. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Báo cáo CCHC định kỳ: periods, unit reports, workflow, the province's report")
class ReportApiController {

    private final ReportService service;
    private final ReportReader reader;
    private final Clock clock;

    ReportApiController(ReportService service, ReportReader reader, Clock clock) {
        this.service = service;
        this.reader = reader;
        this.clock = clock;
    }

    record StartRequest(String agencyCode) {
    }

    record EditRequest(int version, @Nullable Map<String, String> sections, @Nullable Long documentsSent,
            @Nullable Long documentsElectronic) {
    }

    record VersionRequest(int version) {
    }

    record ReturnRequest(int version, @Nullable String remark) {
    }

    @GetMapping("/periods")
    @Operation(summary = "Periods of a year, with counts of submitted and accepted reports and the caller's own units")
    List<ReportViews.PeriodItem> periods(@RequestParam int year) {
        return reader.periods(year, now());
    }

    @PostMapping("/periods")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a period (PAR office): kind, year, number, optional dates, deadline, units")
    ReportViews.Period create(@RequestBody ReportService.NewPeriod period) {
        return service.createPeriod(period, now());
    }

    @GetMapping("/periods/{id}")
    @Operation(summary = "Every unit's state and the province's report summed over the accepted reports")
    ReportViews.Overview overview(@PathVariable long id) {
        return reader.overview(id, now());
    }

    @PostMapping("/periods/{id}/reports")
    @Operation(summary = "The unit's report of the period, drafted the first time (the unit's PAR focal point)")
    ReportViews.UnitReport start(@PathVariable long id, @RequestBody StartRequest request) {
        return service.start(id, request.agencyCode(), now());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A unit's report: tables (frozen once submitted), sections, state, what the caller may do")
    ReportViews.UnitReport read(@PathVariable long id) {
        return reader.report(id, now());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Write sections and the documents indicator of a draft or returned report")
    ReportViews.UnitReport edit(@PathVariable long id, @RequestBody EditRequest request) {
        return service.edit(id, new ReportService.Edit(request.version(), request.sections() == null ? Map.of()
                : request.sections(), request.documentsSent(), request.documentsElectronic()), now());
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit the report: its figures are frozen as sent")
    ReportViews.UnitReport submit(@PathVariable long id, @RequestBody VersionRequest request) {
        return service.submit(id, request.version(), now());
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return a submitted report for revision with a remark (PAR office)")
    ReportViews.UnitReport returnReport(@PathVariable long id, @RequestBody ReturnRequest request) {
        return service.returnReport(id, request.version(), request.remark(), now());
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept a submitted report (PAR office)")
    ReportViews.UnitReport accept(@PathVariable long id, @RequestBody VersionRequest request) {
        return service.accept(id, request.version(), now());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
