package io.parhub.parindex.page;

import io.parhub.parindex.ChartFigures;
import io.parhub.parindex.ParIndexCharts;
import io.parhub.shared.DomainException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The leaders' charts (provincial leaders, the PAR office, administrators): for a chosen final year the average
 * percent per area in each group, and the top and bottom units; over the final years the average per group and the
 * units per band.
 */
@Controller
class ChartsPageController {

    private final ParIndexCharts charts;
    private final PageSupport support;

    ChartsPageController(ParIndexCharts charts, PageSupport support) {
        this.charts = charts;
        this.support = support;
    }

    record GroupChart(ChartFigures.GroupAreas figures, ChartGeometry.Areas chart) {
    }

    record YearRow(ChartFigures.YearFigures figures, List<ChartGeometry.BandPiece> pieces) {
    }

    @GetMapping("/staff/par-index/charts")
    ModelAndView charts(@RequestParam(required = false) @Nullable Integer year) {
        List<Integer> years = charts.years();
        ModelAndView view = new ModelAndView("parindex/charts");
        view.addObject("years", newestFirst(years));
        view.addObject("office", support.isOffice(support.staff()));
        List<ChartFigures.YearFigures> trend = charts.trend();
        view.addObject("trend", ChartGeometry.trend(trend));
        view.addObject("yearRows", newestFirst(trend).stream().map(y -> new YearRow(y, ChartGeometry.bands(y)))
                .toList());
        Integer chosen = year != null ? year : years.isEmpty() ? null : years.get(years.size() - 1);
        view.addObject("year", chosen);
        if (chosen == null) {
            return view;
        }
        try {
            view.addObject("groups", charts.areas(chosen).stream()
                    .map(g -> new GroupChart(g, ChartGeometry.areas(g))).toList());
            view.addObject("extremes", charts.extremes(chosen));
        } catch (DomainException e) {
            if (e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            view.addObject("problem", support.message(e));
            view.setStatus(e.status());
        }
        return view;
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> out = new ArrayList<>(oldestFirst);
        Collections.reverse(out);
        return out;
    }
}
