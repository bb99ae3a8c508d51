package io.parhub.dossier.bench;

import io.parhub.ParhubApplication;
import io.parhub.dossier.DossierStatistics;
import io.parhub.dossier.DossierStatistics.GroupBy;
import io.parhub.dossier.DossierStatistics.LateDossier;
import io.parhub.dossier.DossierStatistics.Query;
import io.parhub.dossier.DossierStatistics.Report;
import io.parhub.dossier.Figures;
import io.parhub.dossier.bench.ProvinceScenario.Targets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Dossier statistics over 1,000,000 dossiers (issue 6: the province's 6-month report in &lt; 1 s, a drill-down in
 * &lt; 200 ms, on the 2-core machine). Starts the whole application on a throw-away embedded PostgreSQL, replays
 * Sóc Trăng's first half of 2020 with the seed's figures ({@link ProvinceScenario}) plus filler dossiers of the same
 * province received in 2019 and from July 2020 to 2021, checks that the seed's totals still come out, warms up, then
 * times through {@link DossierStatistics}: the province's report (no grouping, by agency, by month) and the
 * drill-downs (the busiest agency by procedure, its month trend, the late dossiers of one agency and procedure).
 * Not a test: run {@code scripts/bench-dossier-stats}.
 *
 * <p>Arguments: [dossiers=1000000] [runs=30] [seed=2020].
 */
public final class StatisticsBenchmark {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDate TO = LocalDate.of(2020, 6, 30);
    private static final String PROVINCE = "UBND-94";

    private StatisticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2020;
        Path dataDir = Files.createTempDirectory("parhub-bench");
        SpringApplication app = new SpringApplication(ParhubApplication.class);
        // the demo accounts give the late-dossier list a staff member to read it as
        app.setDefaultProperties(Map.of("parhub.data-dir", dataDir.toString(),
                "parhub.db.embedded.ephemeral", "true", "server.port", "0", "parhub.demo.enabled", "true",
                "logging.level.root", "WARN", "spring.main.banner-mode", "off"));
        try (ConfigurableApplicationContext context = app.run()) {
            DataSource dataSource = context.getBean(DataSource.class);
            DossierStatistics statistics = context.getBean(DossierStatistics.class);
            generate(dataSource, target, seed);
            login(context.getBean(UserDetailsService.class), "admin");

            Figures total = statistics.report(query(null, null, GroupBy.NONE)).total();
            check(total);
            System.out.printf("province %s %s..%s: received %,d = %,d new (%,d counter, %,d online, %,d post) + %,d"
                    + " carried; resolved %,d on time + %,d late; pending %,d not due + %,d overdue%n", PROVINCE,
                    FROM, TO, total.received(), total.newTotal(), total.newCounter(), total.newOnline(),
                    total.newPost(), total.carriedOver(), total.resolvedOnTime(), total.resolvedLate(),
                    total.pendingNotDue(), total.pendingOverdue());
            Report byAgency = statistics.report(query(null, null, GroupBy.AGENCY));
            String agency = byAgency.rows().get(0).key();
            List<LateDossier> late = statistics.lateDossiers(query(null, null, GroupBy.NONE), 500);
            LateDossier sample = late.get(0);
            System.out.printf("busiest agency %s (%,d received); late-list sample: %s %s (%d late in the province"
                    + " list)%n", agency, byAgency.rows().get(0).figures().received(), sample.agencyCode(),
                    sample.procedureCode(), late.size());

            List<String[]> table = new ArrayList<>();
            table.add(time("report: province, no grouping", "< 1 s", runs,
                    () -> statistics.report(query(null, null, GroupBy.NONE))));
            table.add(time("report: province by agency", "< 1 s", runs,
                    () -> statistics.report(query(null, null, GroupBy.AGENCY))));
            table.add(time("report: province by month (6 periods)", "< 1 s", runs,
                    () -> statistics.report(query(null, null, GroupBy.MONTH))));
            table.add(time("drill-down: busiest agency by procedure", "< 200 ms", runs,
                    () -> statistics.report(query(agency, null, GroupBy.PROCEDURE))));
            table.add(time("drill-down: busiest agency by month", "< 200 ms", runs,
                    () -> statistics.report(query(agency, null, GroupBy.MONTH))));
            table.add(time("drill-down: late dossiers, agency+procedure", "< 200 ms", runs,
                    () -> statistics.lateDossiers(new Query(PROVINCE, sample.agencyCode(), sample.procedureCode(),
                            null, null, FROM, TO, GroupBy.NONE, null), 100)));
            check(statistics.report(query(null, null, GroupBy.NONE)).total());
            System.out.printf("%n%-46s %-9s %9s %9s %9s %9s%n", "query (" + runs + " runs after 5 warm-up)", "target",
                    "p50 ms", "p95 ms", "p99 ms", "max ms");
            table.forEach(r -> System.out.printf("%-46s %-9s %9s %9s %9s %9s%n", (Object[]) r));
        }
    }

    /** The seed's half-year, then filler of the same province in 2019 and from July 2020 to the end of 2021. */
    private static void generate(DataSource dataSource, int target, long seed) {
        long started = System.nanoTime();
        Targets t = Targets.SOC_TRANG_2020_H1;
        long filler = Math.max(0, target - t.received());
        long before = filler * 2 / 5; // 2019 has about 2/5 of the filler's working days
        ProvinceScenario scenario = new ProvinceScenario(dataSource, PROVINCE, FROM, "ST.", seed);
        long written = scenario.filler(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), FROM, TO, before).write();
        written += scenario.period(FROM, TO, t).write();
        written += scenario.filler(LocalDate.of(2020, 7, 1), LocalDate.of(2021, 12, 31), FROM, TO, filler - before)
                .write();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        System.out.printf("generated %,d dossiers in %.1f s (all dossiers: %,d, history rows: %,d); sizes: dossier %s,"
                + " history %s%n", written, (System.nanoTime() - started) / 1e9,
                jdbc.sql("select count(*) from dossier").query(Long.class).single(),
                jdbc.sql("select count(*) from dossier_status_history").query(Long.class).single(),
                jdbc.sql("select pg_size_pretty(pg_total_relation_size('dossier'))").query(String.class).single(),
                jdbc.sql("select pg_size_pretty(pg_total_relation_size('dossier_status_history'))")
                        .query(String.class).single());
    }

    private static Query query(String agency, String procedure, GroupBy groupBy) {
        return new Query(PROVINCE, agency, procedure, null, null, FROM, TO, groupBy, null);
    }

    private static void check(Figures f) {
        Targets t = Targets.SOC_TRANG_2020_H1;
        if (f.newTotal() != t.fresh() || f.carriedOver() != t.carried() || f.resolvedOnTime() != t.onTime()
                || f.resolvedLate() != t.late() || f.pendingNotDue() != t.notDue()
                || f.pendingOverdue() != t.overdue() || f.withdrawn() + f.refused() + f.suspended() != 0) {
            throw new IllegalStateException("the seed's totals do not come out: " + f);
        }
    }

    private static void login(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private static String[] time(String what, String target, int runs, Supplier<Object> run) {
        for (int i = 0; i < 5; i++) {
            run.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        String[] row = {what, target, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
                String.format("%.1f", nanos[runs - 1] / 1e6)};
        System.out.printf("%-46s p50=%s ms p95=%s ms p99=%s ms max=%s ms%n", what, row[2], row[3], row[4], row[5]);
        return row;
    }

    private static String ms(long[] sorted, double q) {
        return String.format("%.1f", sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6);
    }
}
