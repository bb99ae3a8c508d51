package io.parhub.dossier.serviceindex;

import io.parhub.dossier.ServiceIndex;
import io.parhub.dossier.ServiceIndex.Period;
import io.parhub.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The service index of QĐ 766/QĐ-TTg as open data: aggregates only, computed from the dossiers when asked. */
@RestController
@Tag(name = "Service index (QĐ 766)", description = "Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định "
        + "766/QĐ-TTg): transparency 18, progress 20, digitisation 22, online service 22, satisfaction 18 = 100")
class ServiceIndexApiController {

    private final ServiceIndex index;

    ServiceIndexApiController(ServiceIndex index) {
        this.index = index;
    }

    @GetMapping("/api/v1/stats/service-index")
    @Operation(summary = "The service index of a unit for a week or a month (open data)",
            description = "unit: an agency code, its whole subtree (default: every agency of the province). "
                    + "period: week (ISO week, Monday–Sunday) or month; date: a day in it (default today). Each "
                    + "indicator of the indicator set in force gives its measured value, what it was counted of, its "
                    + "points and whether parhub can measure it (an indicator parhub cannot measure scores 0 and "
                    + "stays in the maximum of 100: measurableMax says how many points can be measured). ranking: "
                    + "each agency of the unit that handled dossiers in the period. Computed from the dossiers at "
                    + "the moment asked (takenAt), never stored.")
    ServiceIndex.Result index(@RequestParam(required = false) @Nullable String unit,
            @Parameter(description = "week | month") @RequestParam(defaultValue = "month") String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @Parameter(description = "drill-down: the dossiers of one procedure only")
            @RequestParam(required = false) @Nullable String procedure) {
        return index.compute(new ServiceIndex.Request(unit, period(period), date, procedure));
    }

    @GetMapping("/api/v1/stats/service-index/history")
    @Operation(summary = "The service index of a unit over the last weeks or months (open data)",
            description = "The count periods (weeks or months) ending with the one containing date (default "
                    + "today), oldest first, each computed like /api/v1/stats/service-index: total and groups. "
                    + "count: 1–104 weeks or 1–60 months (default 12).")
    ServiceIndex.History history(@RequestParam(required = false) @Nullable String unit,
            @Parameter(description = "week | month") @RequestParam(defaultValue = "month") String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(defaultValue = "12") int count,
            @RequestParam(required = false) @Nullable String procedure) {
        return index.history(new ServiceIndex.Request(unit, period(period), date, procedure), count);
    }

    static Period period(String period) {
        try {
            return Period.valueOf(period.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("service-index-period", "dossier.service-index.problem.period", period);
        }
    }
}
