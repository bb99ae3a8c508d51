package io.parhub.dossier.serviceindex;

import io.parhub.dossier.ServiceIndex;
import io.parhub.dossier.ServiceIndex.HistoryPoint;
import io.parhub.dossier.ServiceIndex.Period;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The published index: read-only, for anyone, with the history drawn as an inline SVG (no JavaScript). */
@Controller
class ServiceIndexPageController {

    static final int HISTORY = 12;

    /** One point of the chart, in SVG coordinates, with its period and total. */
    record Dot(double x, double y, LocalDate from, double total) {
    }

    /** The history chart: a polyline of the totals (0–100) over the periods. */
    record Chart(int width, int height, String points, List<Dot> dots, List<Double> gridY) {

        static final int PAD = 30;

        static Chart of(List<HistoryPoint> history) {
            int width = 640;
            int height = 200;
            List<Dot> dots = new ArrayList<>();
            StringBuilder points = new StringBuilder();
            int n = history.size();
            for (int i = 0; i < n; i++) {
                double x = n == 1 ? width / 2.0 : PAD + i * (width - 2.0 * PAD) / (n - 1);
                double y = y(history.get(i).total(), height);
                dots.add(new Dot(x, y, history.get(i).from(), history.get(i).total()));
                points.append(i == 0 ? "" : " ").append(Math.round(x * 10) / 10.0).append(',')
                        .append(Math.round(y * 10) / 10.0);
            }
            return new Chart(width, height, points.toString(), dots,
                    List.of(y(0, height), y(50, height), y(100, height)));
        }

        private static double y(double total, int height) {
            return height - PAD + 10 - total / 100.0 * (height - 2.0 * PAD);
        }
    }

    private final ServiceIndex index;
    private final Agencies agencies;
    private final Clock clock;

    ServiceIndexPageController(ServiceIndex index, Agencies agencies, Clock clock) {
        this.index = index;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/service-index")
    String page(@RequestParam(required = false) @Nullable String unit,
            @RequestParam(defaultValue = "month") String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            Model model) {
        Period p = ServiceIndexApiController.period(period);
        String u = unit == null || unit.isBlank() ? null : unit.strip();
        LocalDate today = LocalDate.now(clock);
        ServiceIndex.Request request = new ServiceIndex.Request(u, p, date == null ? today : date, null);
        ServiceIndex.Result result = index.compute(request);
        ServiceIndex.History history = index.history(request, HISTORY);
        List<Agency> units = agencies.all(result.to().isAfter(today) ? today : result.to());
        model.addAttribute("result", result);
        model.addAttribute("history", history);
        model.addAttribute("chart", Chart.of(history.points()));
        model.addAttribute("units", units);
        model.addAttribute("unit", u == null ? "" : u);
        model.addAttribute("period", p.name().toLowerCase(Locale.ROOT));
        model.addAttribute("date", date == null ? today : date);
        model.addAttribute("english", "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale()
                .getLanguage()));
        return "dossier/service-index";
    }
}
