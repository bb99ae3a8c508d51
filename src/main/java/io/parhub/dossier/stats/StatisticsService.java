package io.parhub.dossier.stats;

import io.parhub.account.AccessPolicy;
import io.parhub.dossier.DossierStatistics;
import io.parhub.dossier.Figures;
import io.parhub.org.AdminUnit;
import io.parhub.org.AdminUnits;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.procedure.Procedures;
import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The statistics of {@link DossierStatistics}: one counting query, rolled up in memory by the asked grouping. */
@Service
@Transactional(readOnly = true)
class StatisticsService implements DossierStatistics {

    /** Longest period one report covers: a multi-year report is asked year by year. */
    static final int MAX_DAYS = 3 * 366;

    private final StatisticsStore store;
    private final Agencies agencies;
    private final AdminUnits units;
    private final AccessPolicy access;
    private final Procedures procedures;
    private final Clock clock;

    StatisticsService(StatisticsStore store, Agencies agencies, AdminUnits units, AccessPolicy access,
            Procedures procedures, Clock clock) {
        this.store = store;
        this.agencies = agencies;
        this.units = units;
        this.access = access;
        this.procedures = procedures;
        this.clock = clock;
    }

    @Override
    public Report report(Query q) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime takenAt = q.asOf() == null || q.asOf().isAfter(now) ? now : q.asOf();
        validate(q, takenAt);
        StatisticsStore.Scope scope = scope(q);
        if (q.groupBy() == GroupBy.MONTH) {
            return months(q, scope, takenAt);
        }
        List<StatisticsStore.Cell> cells = store.cells(scope, q.from().atStartOfDay(), end(q.to(), takenAt),
                keys(q.groupBy()));
        Map<Long, Agency> byId = new HashMap<>();
        Function<StatisticsStore.Cell, String[]> key = switch (q.groupBy()) {
            case NONE, MONTH -> c -> new String[] {"total", ""};
            case AGENCY -> c -> {
                Agency a = agency(c.agencyId(), byId);
                return new String[] {a.code(), a.name()};
            };
            case LEVEL -> c -> {
                String level = level(agency(c.agencyId(), byId));
                return new String[] {level, level};
            };
            case FIELD -> c -> new String[] {c.field() == null ? "" : c.field(), c.field() == null ? "" : c.field()};
            case PROCEDURE -> c -> new String[] {c.procedureCode(), c.procedureName()};
            case CHANNEL -> c -> new String[] {c.channel(), c.channel()};
        };
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Figures> sums = new LinkedHashMap<>();
        Figures total = Figures.ZERO;
        for (StatisticsStore.Cell c : cells) {
            String[] k = key.apply(c);
            labels.putIfAbsent(k[0], k[1]);
            sums.merge(k[0], c.figures(), Figures::plus);
            total = total.plus(c.figures());
        }
        List<Row> rows = new ArrayList<>();
        sums.forEach((k, f) -> rows.add(new Row(k, labels.get(k), f)));
        rows.sort(Comparator.comparingLong((Row r) -> r.figures().received()).reversed()
                .thenComparing(Row::key));
        return new Report(q, takenAt, rows, total);
    }

    /** Each month of the period as a period of its own (its carried over is the previous month's pending). */
    private Report months(Query q, StatisticsStore.Scope scope, LocalDateTime takenAt) {
        List<Row> rows = new ArrayList<>();
        Figures total = Figures.ZERO;
        for (YearMonth m = YearMonth.from(q.from()); !m.atDay(1).isAfter(q.to()); m = m.plusMonths(1)) {
            LocalDate from = m.atDay(1).isBefore(q.from()) ? q.from() : m.atDay(1);
            LocalDate to = m.atEndOfMonth().isAfter(q.to()) ? q.to() : m.atEndOfMonth();
            if (from.atStartOfDay().isAfter(takenAt)) {
                break;
            }
            Figures f = store.cells(scope, from.atStartOfDay(), end(to, takenAt), Set.of()).stream()
                    .map(StatisticsStore.Cell::figures).reduce(Figures.ZERO, Figures::plus);
            rows.add(new Row(m.toString(), m.toString(), f));
            total = total.plus(f);
        }
        return new Report(q, takenAt, rows, total);
    }

    @Override
    public Online online(Query q) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime takenAt = q.asOf() == null || q.asOf().isAfter(now) ? now : q.asOf();
        validate(q, takenAt);
        Map<String, Figures> byProcedure = new HashMap<>();
        for (StatisticsStore.Cell c : store.cells(scope(q), q.from().atStartOfDay(), end(q.to(), takenAt),
                Set.of(StatisticsStore.Key.PROCEDURE))) {
            byProcedure.merge(c.procedureCode(), c.figures(), Figures::plus);
        }
        Map<String, Long> byMode = new java.util.TreeMap<>();
        long withDossiers = 0;
        long withOnline = 0;
        long online = 0;
        long total = 0;
        for (Map.Entry<String, Figures> e : byProcedure.entrySet()) {
            Figures f = e.getValue();
            if (f.newTotal() == 0) {
                continue;
            }
            withDossiers++;
            total += f.newTotal();
            if (f.newOnline() > 0) {
                withOnline++;
                online += f.newOnline();
                String mode = procedures.find(e.getKey(), q.to()).map(p -> p.content().onlineMode())
                        .map(Enum::name).orElse("NOT_STATED");
                byMode.merge(mode, f.newOnline(), Long::sum);
            }
        }
        return Online.of(withDossiers, withOnline, byMode, online, total);
    }

    @Override
    public List<LateDossier> lateDossiers(Query q, int limit) {
        if (access.current().isEmpty()) {
            throw DomainException.forbidden("forbidden", "error.page.403");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime takenAt = q.asOf() == null || q.asOf().isAfter(now) ? now : q.asOf();
        validate(q, takenAt);
        Map<Long, Agency> byId = new HashMap<>();
        return store.late(scope(q), q.from().atStartOfDay(), end(q.to(), takenAt), Math.max(1, Math.min(limit, 500)))
                .stream().filter(l -> access.canRead(l.agencyId())).map(l -> {
                    LateDossier d = l.dossier();
                    return new LateDossier(d.code(), d.procedureCode(), d.procedureName(),
                            agency(l.agencyId(), byId).code(), d.receivedAt(), d.dueAt(), d.resolvedAt(), d.status());
                }).toList();
    }

    @Override
    public List<StepLateness> lateness(Query q) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime takenAt = q.asOf() == null || q.asOf().isAfter(now) ? now : q.asOf();
        validate(q, takenAt);
        List<StepLateness> found = store.lateness(scope(q), q.from().atStartOfDay(), end(q.to(), takenAt));
        // officers are named to staff only; the public sees steps and units
        return access.current().isPresent() ? found : found.stream()
                .map(s -> new StepLateness(s.step(), s.performer(), null, s.lateRuns(), s.lateMinutes())).toList();
    }

    private static Set<StatisticsStore.Key> keys(GroupBy by) {
        return switch (by) {
            case NONE, MONTH, CHANNEL -> Set.of();
            case AGENCY, LEVEL -> Set.of(StatisticsStore.Key.AGENCY);
            case FIELD -> Set.of(StatisticsStore.Key.FIELD);
            case PROCEDURE -> Set.of(StatisticsStore.Key.PROCEDURE);
        };
    }

    private static LocalDateTime end(LocalDate to, LocalDateTime takenAt) {
        LocalDateTime periodEnd = to.plusDays(1).atStartOfDay();
        return periodEnd.isAfter(takenAt) ? takenAt : periodEnd;
    }

    private static void validate(Query q, LocalDateTime takenAt) {
        if (q.to().isBefore(q.from())) {
            throw DomainException.invalid("stats-period", "dossier.stats.problem.period", q.from().toString(),
                    q.to().toString());
        }
        if (q.to().toEpochDay() - q.from().toEpochDay() >= MAX_DAYS) {
            throw DomainException.invalid("stats-period-too-long", "dossier.stats.problem.too-long",
                    String.valueOf(MAX_DAYS));
        }
        if (q.from().atStartOfDay().isAfter(takenAt)) {
            throw DomainException.invalid("stats-future", "dossier.stats.problem.future", q.from().toString());
        }
    }

    /** The agencies counted: the unit's subtree as it stood at any time in the period. */
    private StatisticsStore.Scope scope(Query q) {
        List<Long> ids = null;
        if (q.agency() != null && !q.agency().isBlank()) {
            ids = versions(q.agency().strip(), q).stream().map(Agency::id).toList();
        } else if (q.unit() != null && !q.unit().isBlank()) {
            List<Agency> roots = versions(q.unit().strip(), q);
            Set<Long> within = new LinkedHashSet<>();
            for (LocalDate day : List.of(q.from(), q.to())) {
                for (Agency a : agencies.all(day)) {
                    // a subtree is a path prefix: no query per agency
                    if (roots.stream().anyMatch(r -> a.path().startsWith(r.path()))) {
                        within.add(a.id());
                    }
                }
            }
            ids = List.copyOf(within);
        }
        String channel = q.channel() == null || q.channel().isBlank() ? null : q.channel().strip();
        return new StatisticsStore.Scope(ids, blank(q.procedure()), blank(q.field()), channel);
    }

    private List<Agency> versions(String code, Query q) {
        List<Agency> found = new ArrayList<>();
        for (LocalDate day : List.of(q.from(), q.to())) {
            agencies.byCode(code, day).filter(a -> found.stream().noneMatch(f -> f.id() == a.id()))
                    .ifPresent(found::add);
        }
        if (found.isEmpty()) {
            throw DomainException.invalid("stats-unknown-unit", "dossier.stats.problem.unit", code);
        }
        return found;
    }

    private Agency agency(long id, Map<Long, Agency> cache) {
        return cache.computeIfAbsent(id, i -> agencies.byId(i).orElseThrow());
    }

    /** The administrative level the agency serves (province, district, commune), from its unit. */
    private String level(Agency a) {
        if (a.unitCode() == null) {
            return "";
        }
        return units.latestUpTo(a.unitCode(), a.validFrom()).map(AdminUnit::level).map(l -> l.name())
                .orElse("");
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
