package io.parhub.dossier.serviceindex;

import io.parhub.dossier.DossierStatistics;
import io.parhub.dossier.DossierStatistics.GroupBy;
import io.parhub.dossier.Figures;
import io.parhub.dossier.ServiceIndex;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.ProcedureStats;
import io.parhub.procedure.Procedures;
import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the index when asked, from the dossier statistics (one query grouped by agency), two counting queries of
 * its own (files and portal messages; evaluations) and the catalogue's counts. Nothing is stored or cached, so the
 * index changes with the first dossier action after it; one read-only transaction with repeatable read gives every
 * query of one answer the same snapshot.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class ServiceIndexService implements ServiceIndex {

    static final int MAX_WEEKS = 104;
    static final int MAX_MONTHS = 60;

    private final DossierStatistics statistics;
    private final ServiceIndexStore store;
    private final IndicatorSets sets;
    private final Agencies agencies;
    private final Procedures procedures;
    private final Clock clock;

    ServiceIndexService(DossierStatistics statistics, ServiceIndexStore store, IndicatorSets sets, Agencies agencies,
            Procedures procedures, Clock clock) {
        this.statistics = statistics;
        this.store = store;
        this.sets = sets;
        this.agencies = agencies;
        this.procedures = procedures;
        this.clock = clock;
    }

    /** The measured facts of one agency or of the whole unit. */
    record Facts(Figures figures, ServiceIndexStore.Files files, ServiceIndexStore.Evaluations evaluations) {

        static final Facts ZERO = new Facts(Figures.ZERO, new ServiceIndexStore.Files(0, 0, 0, 0, 0),
                new ServiceIndexStore.Evaluations(0, 0, 0));

        Facts plus(Facts o) {
            ServiceIndexStore.Files a = files;
            ServiceIndexStore.Files b = o.files;
            ServiceIndexStore.Evaluations e = evaluations;
            ServiceIndexStore.Evaluations f = o.evaluations;
            return new Facts(figures.plus(o.figures), new ServiceIndexStore.Files(a.fresh() + b.fresh(),
                    a.digitised() + b.digitised(), a.resolved() + b.resolved(), a.withResult() + b.withResult(),
                    a.synced() + b.synced()), new ServiceIndexStore.Evaluations(e.count() + f.count(),
                    e.totalSum() + f.totalSum(), e.maxSum() + f.maxSum()));
        }
    }

    /** Procedures in force that are fully online, out of those in force (the same for every agency). */
    record Catalogue(long full, long total) {
    }

    @Override
    public Result compute(Request request) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate[] period = period(request.period(), request.date() == null ? now.toLocalDate() : request.date());
        checkNotFuture(period[0], now);
        IndicatorSet set = set(period[1]);
        Computed c = computePeriod(request, set, period[0], period[1], now, GroupBy.AGENCY);
        List<AgencyScore> ranking = new ArrayList<>();
        List<Map.Entry<String, Facts>> byAgency = new ArrayList<>(c.byAgency().entrySet());
        List<AgencyScore> unranked = new ArrayList<>();
        for (Map.Entry<String, Facts> e : byAgency) {
            if (e.getValue().figures().received() == 0) {
                continue;
            }
            List<IndicatorScore> scores = score(set, e.getValue(), c.catalogue(), c.portal());
            unranked.add(new AgencyScore(0, e.getKey(), c.names().getOrDefault(e.getKey(), e.getKey()),
                    e.getValue().figures().received(), total(scores), groups(scores)));
        }
        unranked.sort(Comparator.comparingDouble(AgencyScore::total).reversed()
                .thenComparing(AgencyScore::agencyCode));
        for (int i = 0; i < unranked.size(); i++) {
            AgencyScore a = unranked.get(i);
            // equal totals share a rank
            int rank = i > 0 && unranked.get(i - 1).total() == a.total() ? ranking.get(i - 1).rank() : i + 1;
            ranking.add(new AgencyScore(rank, a.agencyCode(), a.agencyName(), a.dossiers(), a.total(), a.groups()));
        }
        return new Result(blank(request.unit()), unitName(request.unit(), period[1]), request.period(), period[0],
                period[1], now, set.code(), set.name(), total(c.scores()), measurableMax(c.scores()),
                groups(c.scores()), c.scores(), List.copyOf(ranking));
    }

    @Override
    public History history(Request request, int count) {
        int max = request.period() == Period.WEEK ? MAX_WEEKS : MAX_MONTHS;
        if (count < 1 || count > max) {
            throw DomainException.invalid("service-index-count", "dossier.service-index.problem.count",
                    String.valueOf(max));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate[] last = period(request.period(), request.date() == null ? now.toLocalDate() : request.date());
        checkNotFuture(last[0], now);
        List<HistoryPoint> points = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            LocalDate day = request.period() == Period.WEEK ? last[0].minusWeeks(i) : last[0].minusMonths(i);
            LocalDate[] p = period(request.period(), day);
            var set = sets.on(p[1]);
            if (set.isEmpty()) {
                continue; // before the first indicator set: no index for that period
            }
            Computed c = computePeriod(request, set.get(), p[0], p[1], now, GroupBy.NONE);
            points.add(new HistoryPoint(p[0], p[1], total(c.scores()), groups(c.scores())));
        }
        return new History(blank(request.unit()), unitName(request.unit(), last[1]), request.period(), now,
                List.copyOf(points));
    }

    record Computed(List<IndicatorScore> scores, Map<String, Facts> byAgency, Map<String, String> names,
            Catalogue catalogue, boolean portal) {
    }

    private Computed computePeriod(Request request, IndicatorSet set, LocalDate from, LocalDate to,
            LocalDateTime now, GroupBy groupBy) {
        String unit = blank(request.unit());
        String procedure = blank(request.procedure());
        // the statistics of every agency, kept to the unit's subtree here: the subtree is found once, by path
        List<Agency> within = unit == null ? null : subtree(unit, from, to);
        Set<String> codes = new HashSet<>();
        if (within != null) {
            within.forEach(a -> codes.add(a.code()));
        }
        DossierStatistics.Report report = statistics.report(new DossierStatistics.Query(null, null, procedure, null,
                null, from, to, GroupBy.AGENCY, now));
        LocalDateTime end = to.plusDays(1).atStartOfDay().isAfter(now) ? now : to.plusDays(1).atStartOfDay();
        ServiceIndexStore.Scope scope = new ServiceIndexStore.Scope(within == null ? null
                : within.stream().map(Agency::id).toList(), procedure);
        boolean portal = store.portalOutbox();
        Map<Long, ServiceIndexStore.Files> files = store.files(scope, from.atStartOfDay(), end, portal);
        Map<Long, ServiceIndexStore.Evaluations> evaluations = store.evaluations(scope, from.atStartOfDay(), end);

        Map<Long, Agency> cache = new HashMap<>();
        Map<String, Facts> byAgency = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        Facts total = Facts.ZERO;
        for (DossierStatistics.Row row : report.rows()) {
            if (within != null && !codes.contains(row.key())) {
                continue;
            }
            Facts f = new Facts(row.figures(), Facts.ZERO.files(), Facts.ZERO.evaluations());
            total = total.plus(f);
            if (groupBy == GroupBy.AGENCY) {
                byAgency.merge(row.key(), f, Facts::plus);
                names.put(row.key(), row.label());
            }
        }
        for (Map.Entry<Long, ServiceIndexStore.Files> e : files.entrySet()) {
            Facts f = new Facts(Figures.ZERO, e.getValue(), Facts.ZERO.evaluations());
            total = total.plus(f);
            if (groupBy == GroupBy.AGENCY) {
                byAgency.merge(code(e.getKey(), cache), f, Facts::plus);
            }
        }
        for (Map.Entry<Long, ServiceIndexStore.Evaluations> e : evaluations.entrySet()) {
            Facts f = new Facts(Figures.ZERO, Facts.ZERO.files(), e.getValue());
            total = total.plus(f);
            if (groupBy == GroupBy.AGENCY) {
                byAgency.merge(code(e.getKey(), cache), f, Facts::plus);
            }
        }
        Catalogue catalogue = catalogue(procedure, to.isAfter(now.toLocalDate()) ? now.toLocalDate() : to);
        return new Computed(score(set, total, catalogue, portal), byAgency, names, catalogue, portal);
    }

    private Catalogue catalogue(@Nullable String procedure, LocalDate at) {
        if (procedure != null) {
            return procedures.find(procedure, at)
                    .map(p -> new Catalogue(p.content().onlineMode() == OnlineMode.FULL ? 1 : 0, 1))
                    .orElse(new Catalogue(0, 0));
        }
        ProcedureStats stats = procedures.stats(at);
        return new Catalogue(stats.byOnlineMode().full(), stats.total());
    }

    /** Each indicator of the set measured from the facts and scored by its rule. */
    static List<IndicatorScore> score(IndicatorSet set, Facts facts, Catalogue catalogue, boolean portal) {
        List<IndicatorScore> scores = new ArrayList<>();
        for (IndicatorSet.Indicator i : set.indicators()) {
            Measure m = measure(i.metric(), facts, catalogue, portal);
            double points = m.rate() == null ? 0 : round2(i.points() * i.rule().share(m.rate()));
            scores.add(new IndicatorScore(i.code(), i.group(), i.name(), i.nameEn(), i.metric(), i.points(),
                    i.rule().describe(), m.measured(), m.value(), m.numerator(), m.denominator(), points));
        }
        return List.copyOf(scores);
    }

    /** A measured rate (0..1, null when there is nothing to measure), the value shown, and what it was counted of. */
    record Measure(boolean measured, @Nullable Double rate, @Nullable Double value, long numerator,
            long denominator) {

        static Measure notMeasured() {
            return new Measure(false, null, null, 0, 0);
        }

        static Measure rate(long numerator, long denominator) {
            if (denominator == 0) {
                return new Measure(true, null, null, 0, 0);
            }
            double rate = Math.min(1, (double) numerator / denominator);
            return new Measure(true, rate, round2(rate * 100), numerator, denominator);
        }
    }

    static Measure measure(Metric metric, Facts facts, Catalogue catalogue, boolean portal) {
        if (!metric.measured() || (metric == Metric.PORTAL_SYNC_RATE && !portal)) {
            return Measure.notMeasured();
        }
        Figures f = facts.figures();
        ServiceIndexStore.Files files = facts.files();
        return switch (metric) {
            // every received dossier has a code and a public tracking page (parhub has no untracked dossier)
            case TRACKABLE_RATE -> Measure.rate(f.received(), f.received());
            case PORTAL_SYNC_RATE -> Measure.rate(files.synced(), files.fresh());
            case ON_TIME_RATE -> Measure.rate(f.resolvedOnTime(), f.resolved());
            case NOT_OVERDUE_RATE -> f.pending() == 0 && f.received() > 0 ? Measure.rate(1, 1)
                    : Measure.rate(f.pendingNotDue(), f.pending());
            case NO_SECOND_SUPPLEMENT_RATE -> Measure.rate(f.received() - f.secondSupplements(), f.received());
            case DIGITISED_DOSSIER_RATE -> Measure.rate(files.digitised(), files.fresh());
            case DIGITISED_RESULT_RATE -> Measure.rate(files.withResult(), files.resolved());
            case FULL_ONLINE_PROCEDURE_RATE -> Measure.rate(catalogue.full(), catalogue.total());
            case ONLINE_DOSSIER_RATE -> Measure.rate(f.newOnline(), f.newTotal());
            case EVALUATION_AVERAGE -> {
                ServiceIndexStore.Evaluations e = facts.evaluations();
                yield e.count() == 0 || e.maxSum() == 0 ? new Measure(true, null, null, 0, 0)
                        : new Measure(true, Math.min(1, (double) e.totalSum() / e.maxSum()),
                                round2((double) e.totalSum() / e.count()), e.totalSum(), e.count());
            }
            case DATA_REUSE_RATE, ONLINE_PAYMENT_RATE -> Measure.notMeasured();
        };
    }

    static double total(List<IndicatorScore> scores) {
        return round2(scores.stream().mapToDouble(IndicatorScore::points).sum());
    }

    static double measurableMax(List<IndicatorScore> scores) {
        return round2(scores.stream().filter(IndicatorScore::measured).mapToDouble(IndicatorScore::maxPoints).sum());
    }

    static List<GroupScore> groups(List<IndicatorScore> scores) {
        List<GroupScore> groups = new ArrayList<>();
        for (Group g : Group.values()) {
            List<IndicatorScore> in = scores.stream().filter(s -> s.group() == g).toList();
            groups.add(new GroupScore(g, total(in), g.max(), measurableMax(in)));
        }
        return List.copyOf(groups);
    }

    /** The ISO week (Monday–Sunday) or the calendar month containing {@code day}: first and last day. */
    static LocalDate[] period(Period period, LocalDate day) {
        if (period == Period.WEEK) {
            LocalDate monday = day.with(DayOfWeek.MONDAY);
            return new LocalDate[] {monday, monday.plusDays(6)};
        }
        return new LocalDate[] {day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth())};
    }

    private static void checkNotFuture(LocalDate from, LocalDateTime now) {
        if (from.isAfter(now.toLocalDate())) {
            throw DomainException.invalid("service-index-future", "dossier.service-index.problem.future",
                    from.toString());
        }
    }

    private IndicatorSet set(LocalDate day) {
        return sets.on(day).orElseThrow(() -> DomainException.invalid("service-index-no-set",
                "dossier.service-index.problem.no-set", day.toString()));
    }

    /** The unit's agencies as they stood on the first or the last day of the period (as the statistics count). */
    private List<Agency> subtree(String unit, LocalDate from, LocalDate to) {
        List<Agency> roots = new ArrayList<>();
        for (LocalDate day : List.of(from, to)) {
            agencies.byCode(unit, day).filter(a -> roots.stream().noneMatch(r -> r.id() == a.id()))
                    .ifPresent(roots::add);
        }
        if (roots.isEmpty()) {
            throw DomainException.invalid("stats-unknown-unit", "dossier.stats.problem.unit", unit);
        }
        Map<Long, Agency> within = new LinkedHashMap<>();
        for (LocalDate day : List.of(from, to)) {
            for (Agency a : agencies.all(day)) {
                // a subtree is a path prefix (org.Agency#path)
                if (roots.stream().anyMatch(r -> a.path().startsWith(r.path()))) {
                    within.putIfAbsent(a.id(), a);
                }
            }
        }
        return List.copyOf(within.values());
    }

    private String unitName(@Nullable String unit, LocalDate day) {
        String code = blank(unit);
        return code == null ? "" : agencies.byCode(code, day).map(Agency::name).orElse(code);
    }

    private String code(long agencyId, Map<Long, Agency> cache) {
        return cache.computeIfAbsent(agencyId, id -> agencies.byId(id).orElseThrow()).code();
    }

    static double round2(double d) {
        return Math.round(d * 100) / 100.0;
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
