package io.parhub.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.parhub.ParhubApplication;
import io.parhub.dossier.ActionInput;
import io.parhub.dossier.Applicant;
import io.parhub.dossier.DossierAction;
import io.parhub.dossier.DossierView;
import io.parhub.dossier.Dossiers;
import io.parhub.dossier.Reception;
import io.parhub.procedure.Channel;
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.Procedure;
import io.parhub.procedure.Procedures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Dossiers completed per second through parhub and through an embedded Flowable 7 engine on the same PostgreSQL
 * server, with the same number of concurrent clients, plus the raw pgbench write ceiling of that server (issue 5:
 * parhub ≥ 3× Flowable). Not a test: run {@code scripts/bench-dossier-flowable} (Maven profile
 * {@code bench-flowable}; neither Flowable nor this class is on the default build's classpath).
 *
 * <p>One complete dossier is seven commands, each its own transaction, in both systems:
 * <ul>
 * <li>parhub ({@link Dossiers}, the facade the controllers call, with the acting officer signed in on the thread):
 * receive at the counter (seed procedure 2.000908, handled by STP-92, 5-step internal process) → forward
 * (counter, step 2) → forward (specialist, step 3) → approve (leader) → forward (specialist, step 4) → forward
 * (specialist, step 5) → deliver (counter);</li>
 * <li>Flowable ({@code dossier.bpmn20.xml}): start the process with the dossier data as variables → complete the six
 * user tasks (reception, appraisal, review, result, issue, delivery), each found by a task query for the process
 * instance and completed with a variable update and a due date, as a task-list client would.</li>
 * </ul>
 * parhub's database is the application's own; Flowable gets its own database {@code flowable_bench} on the same
 * server (its tables created by {@code databaseSchemaUpdate=true}, history level audit, a Hikari pool of the same
 * size as parhub's); pgbench gets a scratch database {@code pgbench_scratch}. The phases run one after another, each
 * with a warm-up, so they never compete for the machine.
 *
 * <p>Arguments: [seconds per measured phase=30] [clients=8] [warm-up seconds=30]. The warm-up is long because the
 * JIT compiler is still busy after 10 s (with 10 s, its thread took about a quarter of the CPU during the measured
 * phase), and the figure wanted is the steady one of a server that has been running.
 */
public final class FlowableComparisonBenchmark {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String PROCEDURE = "2.000908";
    private static final String COUNTER = "motcua.ttpvhcc";
    private static final String SPECIALIST = "chuyenvien.stp";
    private static final String LEADER = "lanhdao.stp";
    private static final int COMMANDS_PER_DOSSIER = 7;

    private FlowableComparisonBenchmark() {
    }

    /** One client's work: completes one dossier. */
    @FunctionalInterface
    private interface Client {
        void completeOne() throws Exception;
    }

    private record Phase(long dossiers, double seconds, long commits) {
        double perSecond() {
            return dossiers / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Path dataDir = Files.createTempDirectory("parhub-bench");
        SpringApplication app = new SpringApplication(ParhubApplication.class);
        app.setDefaultProperties(Map.of("parhub.data-dir", dataDir.toString(),
                "parhub.db.embedded.ephemeral", "true", "server.port", "0", "parhub.demo.enabled", "false",
                "logging.level.root", "WARN", "spring.main.banner-mode", "off"));
        try (ConfigurableApplicationContext context = app.run()) {
            DataSource parhubDs = context.getBean(DataSource.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            String url;
            try (Connection c = parhubDs.getConnection()) {
                url = c.getMetaData().getURL();
            }
            Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)").matcher(url);
            if (!m.find()) {
                throw new IllegalStateException("unexpected JDBC URL " + url);
            }
            String host = m.group(1);
            int port = Integer.parseInt(m.group(2));
            String parhubDb = m.group(3);
            int pool = parhubDs instanceof HikariDataSource h ? h.getMaximumPoolSize() : 10;
            System.out.printf("PostgreSQL %s at %s:%d, parhub database %s (pool %d); %d clients, %d s warm-up, "
                    + "%d s measured per phase%n", jdbc.sql("show server_version").query(String.class).single(),
                    host, port, parhubDb, pool, clients, warmUp, seconds);
            System.out.printf("server settings: shared_buffers %s, synchronous_commit %s, fsync %s, wal_level %s%n",
                    show(jdbc, "shared_buffers"), show(jdbc, "synchronous_commit"), show(jdbc, "fsync"),
                    show(jdbc, "wal_level"));
            jdbc.sql("create database flowable_bench").update();
            jdbc.sql("create database pgbench_scratch").update();

            // parhub
            Dossiers dossiers = context.getBean(Dossiers.class);
            UserDetailsService users = context.getBean(UserDetailsService.class);
            Map<String, SecurityContext> staff = new HashMap<>();
            for (String u : List.of(COUNTER, SPECIALIST, LEADER)) {
                UserDetails user = users.loadUserByUsername(u);
                SecurityContext sc = SecurityContextHolder.createEmptyContext();
                sc.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                        user.getAuthorities()));
                staff.put(u, sc);
            }
            Procedure procedure = context.getBean(Procedures.class)
                    .find(PROCEDURE, LocalDate.now(VIETNAM)).orElseThrow();
            List<String> components = procedure.content().components().stream().map(DossierComponent::name).toList();
            Client parhub = () -> parhubDossier(dossiers, staff, components);
            run("parhub warm-up", parhub, clients, warmUp, () -> 0L);
            Phase p = run("parhub", parhub, clients, seconds, () -> commits(jdbc, parhubDb));
            long delivered = jdbc.sql("select count(*) from dossier where status = 'DELIVERED'")
                    .query(Long.class).single();
            System.out.printf("parhub: %d dossiers delivered in the database in total (warm-up included)%n",
                    delivered);

            // Flowable on the same server
            HikariConfig hc = new HikariConfig();
            hc.setJdbcUrl("jdbc:postgresql://" + host + ":" + port + "/flowable_bench");
            hc.setUsername("postgres");
            hc.setMaximumPoolSize(pool);
            hc.setPoolName("flowable");
            Phase f;
            try (HikariDataSource flowableDs = new HikariDataSource(hc)) {
                StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
                cfg.setDataSource(flowableDs);
                cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
                cfg.setAsyncExecutorActivate(false);
                cfg.setHistory("audit");
                long engineStart = System.nanoTime();
                ProcessEngine engine = cfg.buildProcessEngine();
                try {
                    engine.getRepositoryService().createDeployment().addClasspathResource("dossier.bpmn20.xml")
                            .name("bench dossier").deploy();
                    System.out.printf("Flowable %s engine built and process deployed in %.1f s%n",
                            ProcessEngine.class.getPackage().getImplementationVersion(),
                            (System.nanoTime() - engineStart) / 1e9);
                    RuntimeService runtime = engine.getRuntimeService();
                    TaskService tasks = engine.getTaskService();
                    Client flowable = () -> flowableDossier(runtime, tasks, components);
                    run("Flowable warm-up", flowable, clients, warmUp, () -> 0L);
                    f = run("Flowable", flowable, clients, seconds, () -> commits(jdbc, "flowable_bench"));
                    System.out.printf("Flowable: %d finished process instances in history, %d running%n",
                            engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count(),
                            runtime.createProcessInstanceQuery().count());
                } finally {
                    engine.close();
                }
            }

            // pgbench ceiling on the same server
            Double tps = pgbench(host, port, clients, seconds);

            System.out.println();
            System.out.println("=== summary (same PostgreSQL server, " + clients + " clients, " + seconds
                    + " s each) ===");
            System.out.printf("parhub:   %8.1f dossiers/s  (%d in %.1f s; %d commands/s; %.1f database commits per "
                    + "dossier, %.0f commits/s)%n", p.perSecond(), p.dossiers(), p.seconds(),
                    Math.round(p.perSecond() * COMMANDS_PER_DOSSIER), p.commits() / (double) p.dossiers(),
                    p.commits() / p.seconds());
            System.out.printf("Flowable: %8.1f dossiers/s  (%d in %.1f s; %d commands/s; %.1f database commits per "
                    + "dossier, %.0f commits/s)%n", f.perSecond(), f.dossiers(), f.seconds(),
                    Math.round(f.perSecond() * COMMANDS_PER_DOSSIER), f.commits() / (double) f.dossiers(),
                    f.commits() / f.seconds());
            System.out.printf("ratio parhub / Flowable: %.2f× (target ≥ 3×: %s)%n", p.perSecond() / f.perSecond(),
                    p.perSecond() / f.perSecond() >= 3 ? "met" : "NOT met");
            if (tps != null) {
                double parhubWrites = p.perSecond() * COMMANDS_PER_DOSSIER;
                System.out.printf("pgbench -N (simple update, write transactions): %.0f tps%n", tps);
                System.out.printf("parhub write commands (%d per dossier) per second / pgbench tps: %.1f%% "
                        + "(Flowable: %.1f%%)%n", COMMANDS_PER_DOSSIER, 100 * parhubWrites / tps,
                        100 * f.perSecond() * COMMANDS_PER_DOSSIER / tps);
            } else {
                System.out.println("pgbench: not on PATH, no ceiling measured");
            }
        }
    }

    private static String show(JdbcClient jdbc, String setting) {
        return jdbc.sql("show " + setting).query(String.class).single();
    }

    /** Committed transactions of a database so far (pg_stat_database, includes read-only ones). */
    private static long commits(JdbcClient jdbc, String database) {
        jdbc.sql("select pg_stat_clear_snapshot()").query(Object.class).optional();
        return jdbc.sql("select xact_commit from pg_stat_database where datname = :db").param("db", database)
                .query(Long.class).single();
    }

    /** Runs {@code clients} threads completing dossiers for {@code seconds}; stops at the first error. */
    private static Phase run(String name, Client client, int clients, int seconds,
            java.util.function.LongSupplier commits) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long commitsBefore = commits.getAsLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                try {
                    while (System.nanoTime() < end && failure.get() == null) {
                        client.completeOne();
                        done.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }, name + "-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double took = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException(name + " failed", failure.get());
        }
        long commitDelta = commits.getAsLong() - commitsBefore;
        Phase phase = new Phase(done.get(), took, commitDelta);
        System.out.printf("%-16s %6d dossiers in %.1f s = %.1f dossiers/s%s%n", name, done.get(), took,
                phase.perSecond(), commitDelta > 0 ? ", " + commitDelta + " database commits" : "");
        return phase;
    }

    private static Reception reception(List<String> components) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String phone = "09" + r.nextInt(10_000_000, 99_999_999);
        return new Reception(PROCEDURE, Channel.COUNTER, "STP-92", new Applicant("Nguyễn Văn Bench",
                String.format("%012d", r.nextLong(1_000_000_000_000L)), phone, "Phường Phú Lợi, Cần Thơ"),
                components, List.of(), null);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(VIETNAM);
    }

    private static DossierView act(Map<String, SecurityContext> staff, String user, DossierView d,
            Dossiers dossiers, DossierAction action) {
        SecurityContextHolder.setContext(staff.get(user));
        return dossiers.act(d.code(), action, ActionInput.of(d.version()), now());
    }

    private static void parhubDossier(Dossiers dossiers, Map<String, SecurityContext> staff,
            List<String> components) {
        SecurityContextHolder.setContext(staff.get(COUNTER));
        DossierView d = dossiers.receive(reception(components), now(), null).dossier();
        d = act(staff, COUNTER, d, dossiers, DossierAction.FORWARD);
        d = act(staff, SPECIALIST, d, dossiers, DossierAction.FORWARD);
        d = act(staff, LEADER, d, dossiers, DossierAction.APPROVE);
        d = act(staff, SPECIALIST, d, dossiers, DossierAction.FORWARD);
        d = act(staff, SPECIALIST, d, dossiers, DossierAction.FORWARD);
        d = act(staff, COUNTER, d, dossiers, DossierAction.DELIVER);
        if (!"DELIVERED".equals(d.status()) || d.currentStep() == null || d.currentStep() != 5) {
            throw new IllegalStateException("parhub dossier " + d.code() + " ended " + d.status() + " at step "
                    + d.currentStep());
        }
    }

    private static void flowableDossier(RuntimeService runtime, TaskService tasks, List<String> components) {
        Reception r = reception(components);
        Map<String, Object> vars = new HashMap<>();
        vars.put("procedureCode", r.procedureCode());
        vars.put("handlingAgency", r.handlingAgencyCode());
        vars.put("channel", r.channel().name());
        vars.put("applicantName", r.applicant().name());
        vars.put("applicantIdNumber", r.applicant().idNumber());
        vars.put("applicantPhone", r.applicant().phone());
        vars.put("applicantAddress", r.applicant().address());
        vars.put("componentsHandedIn", String.join("\n", r.componentsHandedIn()));
        vars.put("status", "RECEIVED");
        vars.put("receivedAt", new Date());
        vars.put("dueAt", new Date(System.currentTimeMillis() + 86_400_000L));
        vars.put("stepDue", new Date(System.currentTimeMillis() + 3_600_000L));
        String code = "STP-92-" + System.nanoTime();
        String id = runtime.startProcessInstanceByKey("dossier", code, vars).getId();
        String[][] steps = {{"reception", "IN_PROGRESS"}, {"appraisal", "IN_PROGRESS"}, {"review", "IN_PROGRESS"},
                {"result", "RESOLVED"}, {"issue", "RESOLVED"}, {"delivery", "DELIVERED"}};
        for (String[] step : steps) {
            Task task = tasks.createTaskQuery().processInstanceId(id).singleResult();
            if (task == null || !task.getTaskDefinitionKey().equals(step[0])) {
                throw new IllegalStateException("Flowable dossier " + code + " expected task " + step[0] + ", found "
                        + (task == null ? "none" : task.getTaskDefinitionKey()));
            }
            tasks.complete(task.getId(), Map.of("status", step[1], "stepDue",
                    new Date(System.currentTimeMillis() + 3_600_000L), "lastAction", step[0]));
        }
        if (runtime.createProcessInstanceQuery().processInstanceId(id).count() != 0) {
            throw new IllegalStateException("Flowable dossier " + code + " did not end");
        }
    }

    /** {@code pgbench -i -s 10} then {@code pgbench -N -c clients -j 2 -T seconds}; null when pgbench is absent. */
    private static Double pgbench(String host, int port, int clients, int seconds) throws Exception {
        List<String> base = List.of("-h", host, "-p", String.valueOf(port), "-U", "postgres");
        List<String> init = new ArrayList<>(List.of("pgbench", "-i", "-q", "-s", "10"));
        init.addAll(base);
        init.add("pgbench_scratch");
        try {
            if (exec(init, null) != 0) {
                return null;
            }
        } catch (java.io.IOException e) {
            return null;
        }
        List<String> cmd = new ArrayList<>(List.of("pgbench", "-N", "-c", String.valueOf(clients), "-j", "2", "-T",
                String.valueOf(seconds)));
        cmd.addAll(base);
        cmd.add("pgbench_scratch");
        System.out.println("running " + String.join(" ", cmd));
        StringBuilder out = new StringBuilder();
        if (exec(cmd, out) != 0) {
            throw new IllegalStateException("pgbench failed:\n" + out);
        }
        System.out.print(out);
        Matcher m = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no tps in pgbench output:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    private static int exec(List<String> cmd, StringBuilder out) throws Exception {
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(proc.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (out != null) {
                    out.append(line).append('\n');
                }
            }
        }
        return proc.waitFor();
    }
}
