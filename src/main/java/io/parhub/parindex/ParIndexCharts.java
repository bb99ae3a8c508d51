package io.parhub.parindex;

import io.parhub.account.AccessPolicy;
import io.parhub.account.CurrentStaff;
import io.parhub.account.Role;
import io.parhub.parindex.ChartFigures.AreaPoints;
import io.parhub.parindex.store.ChartStore;
import io.parhub.shared.DomainException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures behind the leaders' charts and a unit's history. Only years whose results are final (LOCKED or
 * PUBLISHED) count: the scores of a year still open move every day and would make the comparison meaningless.
 */
@Service
@Transactional(readOnly = true)
public class ParIndexCharts {

    private final ChartStore store;
    private final ParIndexResults results;
    private final AccessPolicy access;

    public ParIndexCharts(ChartStore store, ParIndexResults results, AccessPolicy access) {
        this.store = store;
        this.results = results;
        this.access = access;
    }

    /** The province's leaders, the PAR office and administrators read the charts; anyone else gets a 403. */
    public CurrentStaff requireReader() {
        CurrentStaff staff = access.current().orElseThrow(ParIndexCharts::forbidden);
        if (!staff.has(Role.PROVINCIAL_LEADER) && !staff.has(Role.PAR_OFFICE) && !staff.has(Role.ADMIN)) {
            throw forbidden();
        }
        return staff;
    }

    /** Final years, oldest first. */
    public List<Integer> years() {
        requireReader();
        return store.finalYears();
    }

    /** Average percent per area and group of a final year; 404 for a year not final or without a cycle. */
    public List<ChartFigures.GroupAreas> areas(int year) {
        requireReader();
        return ChartFigures.areaAverages(finalRows(year));
    }

    /** Every final year: average percent per group and ranked units per band. */
    @Transactional
    public List<ChartFigures.YearFigures> trend() {
        requireReader();
        Map<Integer, List<AreaPoints>> byYear = store.areaPoints().stream()
                .collect(Collectors.groupingBy(AreaPoints::year, TreeMap::new, Collectors.toList()));
        List<ChartFigures.YearFigures> out = new ArrayList<>();
        byYear.forEach((year, rows) -> out.add(ChartFigures.year(year, rows, results.bands(year))));
        return out;
    }

    /** The top and bottom ranked units of each group in a final year. */
    @Transactional
    public List<ChartFigures.Extremes> extremes(int year) {
        requireReader();
        return ChartFigures.extremes(ranking(year, finalRows(year)));
    }

    /**
     * A unit's percent, band, rank and change in every final year it was assessed. The caller has checked that the
     * signed-in staff member may read the unit (the scorecard's own rule).
     */
    @Transactional
    public List<ChartFigures.HistoryRow> history(String unitCode) {
        Map<Integer, List<Scoring.Ranked>> rankings = new TreeMap<>();
        store.areaPointsOfUnit(unitCode).stream()
                .collect(Collectors.groupingBy(AreaPoints::year, TreeMap::new, Collectors.toList()))
                .forEach((year, rows) -> rankings.put(year, ranking(year, rows)));
        return ChartFigures.history(unitCode, rankings);
    }

    private List<Scoring.Ranked> ranking(int year, List<AreaPoints> rows) {
        return Scoring.rank(ChartFigures.totals(rows), results.bands(year), Map.<String, BigDecimal>of());
    }

    private List<AreaPoints> finalRows(int year) {
        List<AreaPoints> rows = store.areaPoints(year);
        if (rows.isEmpty()) {
            throw DomainException.notFound("parindex-not-final", "parindex.charts.error.not-final",
                    year);
        }
        return rows;
    }

    private static DomainException forbidden() {
        return DomainException.forbidden("parindex-forbidden", "parindex.error.forbidden");
    }
}
