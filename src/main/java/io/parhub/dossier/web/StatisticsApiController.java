package io.parhub.dossier.web;

import io.parhub.dossier.DossierStatistics;
import io.parhub.dossier.Figures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Dossier statistics as open data: aggregates only, computed from the dossiers when asked. */
@RestController
@Tag(name = "Dossier statistics", description = "Thống kê hồ sơ: received = carried over + new = resolved + "
        + "withdrawn + refused + suspended + pending, for any unit subtree and period")
class StatisticsApiController {

    /** Figures with the sums and rates the reports print. */
    record FiguresJson(long received, long carriedOver, long newTotal, long newCounter, long newOnline, long newPost,
            long resolved, long resolvedOnTime, long resolvedLate, long withdrawn, long refused, long suspended,
            long pending, long pendingNotDue, long pendingOverdue, @Nullable Double onTimeRate,
            @Nullable Double averageDays, @Nullable Double onlineRate, long supplementRequested,
            long secondSupplements, long apologised, long bundles) {

        static FiguresJson of(Figures f) {
            return new FiguresJson(f.received(), f.carriedOver(), f.newTotal(), f.newCounter(), f.newOnline(),
                    f.newPost(), f.resolved(), f.resolvedOnTime(), f.resolvedLate(), f.withdrawn(), f.refused(),
                    f.suspended(), f.pending(), f.pendingNotDue(), f.pendingOverdue(), f.onTimeRate(),
                    f.averageDays(), f.onlineRate(), f.supplementRequested(), f.secondSupplements(), f.apologised(),
                    f.bundles());
        }
    }

    record RowJson(String key, String label, FiguresJson figures) {
    }

    record ReportJson(@Nullable String unit, LocalDate from, LocalDate to, String groupBy, LocalDateTime takenAt,
            FiguresJson total, List<RowJson> rows) {
    }

    private final DossierStatistics statistics;

    StatisticsApiController(DossierStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/stats/dossiers")
    @Operation(summary = "Dossier figures of a period, grouped (open data)",
            description = "unit: an agency code, its whole subtree (default: every agency). from/to: the period, "
                    + "both days included. groupBy: none, agency, level, field, procedure, channel or month. "
                    + "Optional drill-down filters agency (exactly that agency), procedure, field, channel; asOf: "
                    + "the moment the figures are taken at (default now). The sums always hold: received = "
                    + "carriedOver + newTotal = resolved + withdrawn + refused + suspended + pending.")
    ReportJson dossiers(@ParameterObject StatsParams params) {
        DossierStatistics.Report report = statistics.report(params.query());
        return new ReportJson(params.unit(), report.query().from(), report.query().to(),
                report.query().groupBy().name().toLowerCase(Locale.ROOT),
                report.takenAt(), FiguresJson.of(report.total()), report.rows().stream()
                        .map(r -> new RowJson(r.key(), r.label(), FiguresJson.of(r.figures()))).toList());
    }

    @GetMapping("/api/v1/stats/dossiers/online")
    @Operation(summary = "Online submissions of a period by the online mode of their procedure (open data)",
            description = "Procedures with dossiers, of which with online dossiers (and the share), new online "
                    + "dossiers by mode FULL (toàn trình), PARTIAL (một phần), NONE or NOT_STATED. Online payment "
                    + "is not recorded by parhub. Same parameters as /api/v1/stats/dossiers (groupBy ignored).")
    DossierStatistics.Online online(@ParameterObject StatsParams params) {
        return statistics.online(params.query("none"));
    }

    @GetMapping("/api/v1/stats/dossiers/lateness")
    @Operation(summary = "Lateness by step, performing unit and officer (officers named to staff only)",
            description = "Step runs of the dossiers in scope that ended in the period, or were still open at its "
                    + "end, past their planned time: count and minutes late, worst first (at most 50 rows). Same "
                    + "parameters as /api/v1/stats/dossiers (groupBy ignored).")
    List<DossierStatistics.StepLateness> lateness(@ParameterObject StatsParams params) {
        return statistics.lateness(params.query("none"));
    }
}
