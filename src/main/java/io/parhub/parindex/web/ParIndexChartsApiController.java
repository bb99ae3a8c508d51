package io.parhub.parindex.web;

import io.parhub.parindex.ChartFigures;
import io.parhub.parindex.ParIndexCharts;
import io.parhub.parindex.Scoring;
import io.parhub.parindex.UnitGroup;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures of the leaders' charts over JSON (provincial leaders, the PAR office, administrators; checked by the
 * service). Only years whose results are LOCKED or PUBLISHED count; averages are of ranked units' percents.
 */
@RestController
class ParIndexChartsApiController {

    private final ParIndexCharts charts;

    ParIndexChartsApiController(ParIndexCharts charts) {
        this.charts = charts;
    }

    record Area(String code, String name, BigDecimal averagePercent, BigDecimal lowestPercent,
            BigDecimal highestPercent, boolean weakest) {
    }

    record GroupAreas(UnitGroup group, int units, BigDecimal averagePercent, List<Area> areas) {
    }

    record Areas(int year, List<GroupAreas> groups) {
    }

    record GroupAverage(UnitGroup group, int units, BigDecimal averagePercent) {
    }

    record BandCount(String band, String bandName, int units) {
    }

    record Year(int year, int units, List<GroupAverage> groups, List<BandCount> bands) {
    }

    record Unit(String unitCode, String unitName, BigDecimal percent, String band, @Nullable Integer rank) {
    }

    record Extremes(UnitGroup group, List<Unit> top, List<Unit> bottom) {
    }

    @Operation(summary = "Average percent per area in each unit group of a year whose results are locked or "
            + "published (ranked units, half-up to 2 decimals), with the weakest area; 404 for other years")
    @GetMapping("/api/v1/par-index/{year}/areas")
    Areas areas(@PathVariable int year) {
        return new Areas(year, charts.areas(year).stream().map(g -> new GroupAreas(g.group(), g.units(),
                g.averagePercent(), g.areas().stream().map(a -> new Area(a.code(), a.name(), a.averagePercent(),
                        a.lowestPercent(), a.highestPercent(), a == g.weakest())).toList())).toList());
    }

    @Operation(summary = "The province over the years whose results are locked or published: average percent per "
            + "unit group and ranked units per band (band code and Vietnamese name), oldest year first")
    @GetMapping("/api/v1/par-index/trend")
    List<Year> trend() {
        return charts.trend().stream().map(ParIndexChartsApiController::year).toList();
    }

    @Operation(summary = "The top and bottom five ranked units of each group in a year whose results are locked or "
            + "published; the bottom list never repeats a unit of the top list")
    @GetMapping("/api/v1/par-index/{year}/top-bottom")
    List<Extremes> extremes(@PathVariable int year) {
        return charts.extremes(year).stream().map(e -> new Extremes(e.group(), units(e.top()), units(e.bottom())))
                .toList();
    }

    private static Year year(ChartFigures.YearFigures y) {
        return new Year(y.year(), y.units(), y.groups().stream().map(g -> new GroupAverage(g.group(), g.units(),
                g.averagePercent())).toList(), y.bands().stream().map(b -> new BandCount(b.band().code(),
                        b.band().nameVi(), b.units())).toList());
    }

    private static List<Unit> units(List<Scoring.Ranked> ranked) {
        return ranked.stream().map(r -> new Unit(r.unit().unitCode(), r.unit().unitName(), r.percent(),
                r.band().nameVi(), r.rank())).toList();
    }
}
