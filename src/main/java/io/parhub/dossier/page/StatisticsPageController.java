package io.parhub.dossier.page;

import io.parhub.account.AccessPolicy;
import io.parhub.dossier.DossierStatistics;
import io.parhub.dossier.evaluation.DossierEvaluations;
import io.parhub.dossier.evaluation.EvaluationSummary;
import io.parhub.dossier.DossierStatistics.GroupBy;
import io.parhub.dossier.DossierStatistics.Query;
import io.parhub.dossier.DossierStatistics.Row;
import io.parhub.org.Agency;
import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The leaders' dashboard (/staff/stats): figures of a unit and period with a monthly trend, on-time rate by agency,
 * the procedures most often late and a ranking of agencies; drill-down unit → agency (its procedures) → procedure
 * (its late dossiers, linked to the dossier page). A plain GET form: it works without JavaScript.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class StatisticsPageController {

    static final List<String> SORTS = List.of("rate", "overdue", "volume");
    static final int LATE_LIMIT = 200;

    /** A row of a ranking table: its rank after sorting, and the late count (resolved late + overdue). */
    record Ranked(int rank, Row row, long late) {
    }

    private final DossierStatistics statistics;
    private final DossierEvaluations evaluations;
    private final AgencyChoices agencies;
    private final AccessPolicy access;
    private final MessageSource messages;
    private final Clock clock;

    StatisticsPageController(DossierStatistics statistics, DossierEvaluations evaluations, AgencyChoices agencies,
            AccessPolicy access, MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.evaluations = evaluations;
        this.agencies = agencies;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/staff/stats")
    ModelAndView dashboard(@RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String agency,
            @RequestParam(required = false) @Nullable String procedure,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "rate") String sort) {
        LocalDate today = LocalDate.now(clock);
        String u = unit == null ? province(today) : unit.strip();
        String a = blank(agency);
        String p = blank(procedure);
        String by = SORTS.contains(sort) ? sort : "rate";
        ModelAndView view = new ModelAndView("dossier/stats");
        view.addObject("presets", StatsPeriod.PRESETS);
        view.addObject("sorts", SORTS);
        view.addObject("unit", u);
        view.addObject("agency", a);
        view.addObject("procedure", p);
        view.addObject("sort", by);
        view.addObject("from", from);
        view.addObject("to", to);

        Optional<StatsPeriod> asked = StatsPeriod.of(period, from, to, today);
        view.addObject("period", asked.map(StatsPeriod::preset).orElse("custom"));
        view.addObject("agencyGroups", agencies.groups(asked.map(StatsPeriod::to).filter(d -> d.isBefore(today))
                .orElse(today)));
        if (asked.isEmpty()) {
            return problem(view, message("stats.problem.dates"));
        }
        StatsPeriod range = asked.get();
        view.addObject("range", range);
        StatsLinks links = new StatsLinks(u, range, by);
        view.addObject("links", links);
        try {
            String scope = u.isEmpty() ? null : u;
            view.addObject("unitName", scope == null ? message("stats.all-units") : name(scope, range));
            view.addObject("agencyName", a == null ? null : name(a, range));
            view.addObject("trend", StatsCharts.trend(statistics.report(query(scope, a, p, range, GroupBy.MONTH))
                    .rows()));
            view.addObject("lateness", statistics.lateness(query(scope, a, p, range, GroupBy.NONE)).stream()
                    .limit(10).toList());
            view.addObject("online", statistics.online(query(scope, a, p, range, GroupBy.NONE)));
            view.addObject("evaluation", a == null ? null : evaluation(a, range));
            if (p != null) {
                DossierStatistics.Report one = statistics.report(query(scope, a, p, range, GroupBy.PROCEDURE));
                view.addObject("level", "procedure");
                view.addObject("total", one.total());
                view.addObject("takenAt", one.takenAt());
                view.addObject("procedureName", one.rows().stream().findFirst().map(Row::label).orElse(p));
                view.addObject("late", statistics.lateDossiers(query(scope, a, p, range, GroupBy.NONE), LATE_LIMIT));
                view.addObject("lateLimit", LATE_LIMIT);
                return view;
            }
            DossierStatistics.Report procedures = statistics.report(query(scope, a, null, range, GroupBy.PROCEDURE));
            view.addObject("topLate", topLate(procedures.rows(), 10));
            if (a != null) {
                view.addObject("level", "agency");
                view.addObject("total", procedures.total());
                view.addObject("takenAt", procedures.takenAt());
                view.addObject("ranking", ranked(procedures.rows(), by));
                return view;
            }
            DossierStatistics.Report byAgency = statistics.report(query(scope, null, null, range, GroupBy.AGENCY));
            view.addObject("level", "unit");
            view.addObject("total", byAgency.total());
            view.addObject("takenAt", byAgency.takenAt());
            view.addObject("rates", StatsCharts.rates(byAgency.rows(), 15));
            view.addObject("ranking", ranked(byAgency.rows(), by));
            return view;
        } catch (DomainException e) {
            return problem(view, messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
        }
    }

    /** The province of the signed-in staff member: the top of their agency's tree (none for a caller without one). */
    /** The citizens' evaluations of the agency's dossiers, when the signed-in officer may read them. */
    private @Nullable EvaluationSummary evaluation(String agencyCode, StatsPeriod range) {
        try {
            return evaluations.summary(agencyCode, range.from(), range.to());
        } catch (DomainException e) {
            return null;
        }
    }

    private String province(LocalDate today) {
        Optional<Agency> at = access.current().flatMap(s -> agencies.byId(s.agencyId()));
        while (at.isPresent() && at.get().parentId() != null) {
            at = agencies.byId(at.get().parentId());
        }
        return at.map(Agency::code).orElse("");
    }

    private String name(String code, StatsPeriod range) {
        return agencies.byCode(code, range.to()).or(() -> agencies.byCode(code, range.from())).map(Agency::name)
                .orElse(code);
    }

    static List<Ranked> ranked(List<Row> rows, String by) {
        Comparator<Row> order = switch (by) {
            case "overdue" -> Comparator.comparingLong((Row r) -> late(r)).reversed();
            case "volume" -> Comparator.comparingLong((Row r) -> r.figures().received()).reversed();
            default -> Comparator.comparing((Row r) -> r.figures().onTimeRate(),
                    Comparator.nullsLast(Comparator.reverseOrder()));
        };
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(order.thenComparing(Comparator.comparingLong((Row r) -> r.figures().received()).reversed())
                .thenComparing(Row::label));
        List<Ranked> ranked = new ArrayList<>();
        for (Row r : sorted) {
            ranked.add(new Ranked(ranked.size() + 1, r, late(r)));
        }
        return ranked;
    }

    static List<Ranked> topLate(List<Row> rows, int limit) {
        List<Row> late = rows.stream().filter(r -> late(r) > 0)
                .sorted(Comparator.comparingLong((Row r) -> late(r)).reversed().thenComparing(Row::label))
                .limit(limit).toList();
        List<Ranked> ranked = new ArrayList<>();
        for (Row r : late) {
            ranked.add(new Ranked(ranked.size() + 1, r, late(r)));
        }
        return ranked;
    }

    private static long late(Row r) {
        return r.figures().resolvedLate() + r.figures().pendingOverdue();
    }

    private static Query query(@Nullable String unit, @Nullable String agency, @Nullable String procedure,
            StatsPeriod range, GroupBy by) {
        return new Query(unit, agency, procedure, null, null, range.from(), range.to(), by, null);
    }

    private ModelAndView problem(ModelAndView view, String message) {
        view.addObject("problem", message);
        view.setStatus(HttpStatus.BAD_REQUEST);
        return view;
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
