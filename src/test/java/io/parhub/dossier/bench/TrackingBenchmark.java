package io.parhub.dossier.bench;

import io.parhub.ParhubApplication;
import io.parhub.dossier.Dossiers;
import io.parhub.dossier.PublicTracking;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntFunction;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public tracking latency with 1,000,000 dossiers (issue 5: p99 &lt; 20 ms on the 2-core machine). Starts the whole
 * application on a throw-away embedded PostgreSQL, generates the dossiers and their status history with set-based
 * SQL ({@code generate_series}) straight into the dossier tables, runs {@code ANALYZE}, prints the plans of the two
 * tracking queries, warms up, then times random lookups (90% existing codes with the right check, 5% unknown codes,
 * 5% wrong checks) through {@link Dossiers#track} and through {@code GET /api/v1/public/dossiers/{code}?check=}.
 * Not a test: run {@code scripts/bench-dossier-tracking}.
 *
 * <p>Generated data: codes {@code {agency identifier}-{yyMMdd}-{seq4}} for 100 agencies over 1,000 days
 * (2023-12-01 onwards), each dossier with a mobile number, a status and 3–6 history rows consistent with it
 * (receive, forward, possibly a supplement request and the supplement, approve, possibly deliver).
 *
 * <p>Arguments: [dossiers=1000000] [lookups=5000] [seed=42].
 */
public final class TrackingBenchmark {

    private static final int AGENCIES = 100;
    private static final int DAYS = 1_000;
    /** Actions and resulting statuses of the four histories, concatenated: 3, 4, 5 and 6 events. */
    private static final String ACTIONS = "array['receive','forward','forward',"
            + "'receive','forward','approve','deliver',"
            + "'receive','forward','request-supplement','supplement','approve',"
            + "'receive','forward','request-supplement','supplement','approve','deliver']";
    private static final String TO = "array['RECEIVED','IN_PROGRESS','IN_PROGRESS',"
            + "'RECEIVED','IN_PROGRESS','RESOLVED','DELIVERED',"
            + "'RECEIVED','IN_PROGRESS','SUPPLEMENT_REQUESTED','IN_PROGRESS','RESOLVED',"
            + "'RECEIVED','IN_PROGRESS','SUPPLEMENT_REQUESTED','IN_PROGRESS','RESOLVED','DELIVERED']";

    private TrackingBenchmark() {
    }

    private record Lookup(String code, String check, boolean exists) {
    }

    public static void main(String[] args) throws Exception {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int lookups = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 42);
        Path dataDir = Files.createTempDirectory("parhub-bench");
        SpringApplication app = new SpringApplication(ParhubApplication.class);
        app.setDefaultProperties(Map.of("parhub.data-dir", dataDir.toString(),
                "parhub.db.embedded.ephemeral", "true", "server.port", "0", "parhub.demo.enabled", "false",
                "logging.level.root", "WARN", "spring.main.banner-mode", "off"));
        try (ConfigurableApplicationContext context = app.run()) {
            Dossiers dossiers = context.getBean(Dossiers.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            generate(jdbc, new TransactionTemplate(context.getBean(PlatformTransactionManager.class)), target);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "8080"));
            List<Lookup> warmUp = lookups(jdbc, 2_000, random);
            List<Lookup> mix = lookups(jdbc, lookups, random);
            explain(jdbc, mix.get(0).code());

            for (Lookup l : warmUp) { // warm-up: JIT, plan caches, shared buffers
                check(l, dossiers.track(l.code(), l.check()));
            }
            report("facade (Dossiers.track)", lookups, i -> {
                Lookup l = mix.get(i);
                long start = System.nanoTime();
                Optional<PublicTracking> found = dossiers.track(l.code(), l.check());
                long took = System.nanoTime() - start;
                check(l, found);
                return took;
            });
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 1_000; i++) {
                Lookup l = warmUp.get(i);
                check(l, get(http, port, l));
            }
            report("HTTP GET /api/v1/public/dossiers/{code}", lookups, i -> {
                Lookup l = mix.get(i);
                long start = System.nanoTime();
                int status = get(http, port, l);
                long took = System.nanoTime() - start;
                check(l, status);
                return took;
            });
        }
    }

    /**
     * 100 agency identifiers, then the dossiers (chronological: day {@code k / perDay}, agency {@code n % 100},
     * daily sequence {@code k % perDay + 1} with {@code k = n / 100}), then their history, in one transaction.
     * Foreign-key triggers are off during the load ({@code session_replication_role = replica}); the rows are
     * consistent by construction. The tracking queries and their indexes are the real ones.
     */
    private static void generate(JdbcClient jdbc, TransactionTemplate tx, int target) {
        long existing = jdbc.sql("select count(*) from dossier").query(Long.class).single();
        int perDay = (int) Math.ceil(target / (double) (AGENCIES * DAYS));
        long started = System.nanoTime();
        tx.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            long before = jdbc.sql("select coalesce(max(id), 0) from dossier").query(Long.class).single();
            jdbc.sql("""
                    insert into dossier_agency_identifier (agency_code, identifier)
                    select 'BENCH-' || a, format('000.%s.%s.H%s', 10 + a % 10, 20 + a / 10,
                           lpad(((a * 37) % 99 + 1)::text, 2, '0'))
                    from generate_series(0, :agencies - 1) a""").param("agencies", AGENCIES).update();
            long rows = jdbc.sql("""
                    insert into dossier (code, procedure_code, procedure_name, regime, channel, receiving_agency_id,
                        handling_agency_id, applicant_name, applicant_id_number, applicant_phone, applicant_address,
                        status, submitted_at, received_at, due_at, original_due_at, supplement_requests,
                        current_step, resolved_at, delivered_at)
                    select g.code, p.code, p.name, case when g.day < date '2025-07-01' then 'ND61_2018' else
                           'ND118_2025' end, (array['COUNTER','ONLINE','POST'])[1 + (g.n % 3)::int], 1 + g.agency,
                           1 + g.agency, 'Người nộp ' || g.n, lpad((g.n::bigint * 7919 % 1000000000000)::text, 12, '0'),
                           g.phone, 'Số ' || (g.n % 200) || ', phường ' || (g.n % 30), g.status, g.at, g.at,
                           g.at + interval '15 days', g.at + interval '15 days', g.supplements,
                           case when g.status = 'IN_PROGRESS' then 2 end,
                           case when g.status in ('RESOLVED','DELIVERED') then g.at + interval '10 days' end,
                           case when g.status = 'DELIVERED' then g.at + interval '12 days' end
                    from (select n, n % :agencies as agency, day, i.identifier || '-' || to_char(day, 'YYMMDD')
                                 || '-' || lpad((n / :agencies % :perDay + 1)::text, 4, '0') as code,
                                 day + make_interval(hours => 7 + n % 10, mins => n % 60) as at,
                                 '09' || lpad(((n::bigint * 7919 + 12345) % 100000000)::text, 8, '0') as phone,
                                 (array['IN_PROGRESS','DELIVERED','RESOLVED','DELIVERED'])[1 + (n::bigint * 31 % 4)::int] as status,
                                 case when n::bigint * 31 % 4 >= 2 then 1 else 0 end as supplements
                          from (select n, date '2023-12-01' + (n / :agencies / :perDay)::int as day
                                from generate_series(0, :target - 1) n) s
                          join dossier_agency_identifier i on i.agency_code = 'BENCH-' || (n % :agencies)) g
                    cross join lateral (select (array['1.001193','1.000894','2.000305','1.004227','2.001263'])
                                               [1 + (g.n % 5)::int] as code,
                                               (array['Đăng ký khai sinh','Đăng ký kết hôn',
                                                      'Cấp giấy phép xây dựng nhà ở riêng lẻ',
                                                      'Chứng thực bản sao từ bản chính',
                                                      'Đăng ký thành lập hộ kinh doanh'])[1 + (g.n % 5)::int] as name) p
                    """).param("agencies", AGENCIES).param("perDay", perDay).param("target", target).update();
            // 3 events when in progress, 4 when delivered, 5 resolved after a supplement, 6 delivered after one
            long history = jdbc.sql("""
                    insert into dossier_status_history (dossier_id, at, actor, action, from_status, to_status, note)
                    select d.id, d.submitted_at + (e.i - 1) * interval '2 days', 'bench.officer',
                           (%s)[h.base + e.i], case when e.i > 1 then (%s)[h.base + e.i - 1] end,
                           (%s)[h.base + e.i], null
                    from dossier d
                    cross join lateral (select case when d.status = 'IN_PROGRESS' then 3
                                                    when d.supplement_requests = 0 then 4
                                                    when d.status = 'RESOLVED' then 5 else 6 end as events) c
                    cross join lateral (select (c.events - 3) * (c.events + 2) / 2 as base) h
                    cross join lateral generate_series(1, c.events) e(i)
                    where d.id > :after""".formatted(ACTIONS, TO, TO))
                    .param("after", before).update();
            System.out.printf("generated %d dossiers (%d before) and %d history rows%n", rows, existing, history);
        });
        double generation = (System.nanoTime() - started) / 1e9;
        long analyzeStart = System.nanoTime();
        jdbc.sql("analyze dossier").update();
        jdbc.sql("analyze dossier_status_history").update();
        System.out.printf("generation %.1f s, analyze %.1f s; sizes: dossier %s, history %s%n", generation,
                (System.nanoTime() - analyzeStart) / 1e9,
                jdbc.sql("select pg_size_pretty(pg_total_relation_size('dossier'))").query(String.class).single(),
                jdbc.sql("select pg_size_pretty(pg_total_relation_size('dossier_status_history'))")
                        .query(String.class).single());
    }

    /** 90% existing codes with the right check, 5% unknown codes, 5% existing codes with a wrong check. */
    private static List<Lookup> lookups(JdbcClient jdbc, int count, Random random) {
        long min = jdbc.sql("select min(id) from dossier").query(Long.class).single();
        long max = jdbc.sql("select max(id) from dossier").query(Long.class).single();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(min + (long) (random.nextDouble() * (max - min + 1)));
        }
        Map<Long, String[]> rows = new java.util.HashMap<>();
        jdbc.sql("select id, code, applicant_phone from dossier where id in (:ids)").param("ids", ids)
                .query((rs, n) -> new String[] {rs.getString("id"), rs.getString("code"),
                        rs.getString("applicant_phone")}).list()
                .forEach(r -> rows.put(Long.parseLong(r[0]), new String[] {r[1], r[2]}));
        List<Lookup> out = new ArrayList<>();
        for (long id : ids) {
            String[] row = rows.get(id);
            String check = row[1].substring(row[1].length() - 4);
            int kind = random.nextInt(20);
            if (kind == 0) { // unknown: a sequence number no agency reached that day
                out.add(new Lookup(row[0].substring(0, row[0].length() - 4) + (9000 + random.nextInt(1000)),
                        check, false));
            } else if (kind == 1) {
                out.add(new Lookup(row[0], String.format("%04d", (Integer.parseInt(check) + 1 + random.nextInt(
                        9998)) % 10000), false));
            } else {
                out.add(new Lookup(row[0], check, true));
            }
        }
        return out;
    }

    private static void explain(JdbcClient jdbc, String code) {
        long id = jdbc.sql("select id from dossier where code = :code").param("code", code).query(Long.class)
                .single();
        for (String sql : List.of("explain (analyze, buffers) select * from dossier where code = '" + code + "'",
                "explain (analyze, buffers) select at, actor, action, from_status, to_status, note"
                        + " from dossier_status_history where dossier_id = " + id + " order by id")) {
            System.out.println(sql.substring(sql.indexOf(" select") + 1) + ":");
            jdbc.sql(sql).query(String.class).list().forEach(line -> System.out.println("  " + line));
        }
    }

    private static void check(Lookup l, Optional<PublicTracking> found) {
        if (found.isPresent() != l.exists() || found.isPresent() && found.get().history().size() < 3) {
            throw new IllegalStateException("unexpected answer for " + l + ": " + found);
        }
    }

    private static void check(Lookup l, int status) {
        if (status != (l.exists() ? 200 : 404)) {
            throw new IllegalStateException("unexpected HTTP " + status + " for " + l);
        }
    }

    private static int get(HttpClient http, int port, Lookup l) {
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/public/dossiers/"
                + URLEncoder.encode(l.code(), StandardCharsets.UTF_8) + "?check=" + l.check());
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void report(String what, int n, IntFunction<Long> run) {
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            nanos[i] = run.apply(i);
        }
        Arrays.sort(nanos);
        System.out.printf("%-40s n=%d  p50=%.2f ms  p95=%.2f ms  p99=%.2f ms  max=%.2f ms%n", what, n,
                ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[n - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
