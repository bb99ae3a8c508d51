package io.parhub.procedure.bench;

import io.parhub.ParhubApplication;
import io.parhub.procedure.ChangeKind;
import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.Procedure;
import io.parhub.procedure.ProcedureChange;
import io.parhub.procedure.ProcedureContent;
import io.parhub.procedure.ProcedureLevel;
import io.parhub.procedure.ProcedureQuery;
import io.parhub.procedure.ProcedurePublications;
import io.parhub.procedure.Procedures;
import io.parhub.procedure.PublicationDecision;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search latency with 10,000 procedures (issue 4: p99 &lt; 20 ms on the 2-core machine). Starts the whole
 * application on a throw-away embedded PostgreSQL (Flyway migrations and the 415-procedure seed run as usual),
 * publishes variants of the real procedures through the normal decision path until the catalogue holds 10,000,
 * warms up, then times a mix of real queries (accented, unaccented, misspelt, codes, filters, later pages) through
 * the {@code Procedures} facade and through HTTP. Not a test: run {@code scripts/bench-procedure-search}.
 *
 * <p>Arguments: [procedures=10000] [searches=2000] [seed=42].
 */
public final class ProcedureSearchBenchmark {

    private static final LocalDate AT = LocalDate.of(2026, 1, 1);
    private static final LocalDate VARIANTS_FROM = LocalDate.of(2025, 9, 1);
    /** Variant wording appended to real names, as provincial catalogues word sub-cases. */
    private static final String[] SUFFIXES = {"đối với cá nhân", "đối với tổ chức", "trường hợp cấp lại",
        "trường hợp bị mất, hỏng", "cho người nước ngoài", "tại Trung tâm Phục vụ hành chính công",
        "theo cơ chế liên thông", "có yếu tố nước ngoài", "trong khu kinh tế", "đối với hộ kinh doanh",
        "thực hiện trực tuyến", "lần đầu", "điều chỉnh nội dung", "gia hạn", "cấp đổi"};
    private static final String[] QUERIES = {"dang ky khai sinh", "Đăng ký khai sinh", "khai sihn", "khai sinh",
        "dang ky ket hon", "đăng ký kết hôn", "ket hn", "chung thuc ban sao", "chứng thực chữ ký", "cap doi can cuoc",
        "căn cước", "dang ky thuong tru", "thường trú", "tam tru", "giay phep xay dung", "giấy phép xây dựng",
        "giay phep xay dung nha o rieng le", "cap giay chung nhan quyen su dung dat", "quyền sử dụng đất",
        "chuyen muc dich su dung dat", "dang ky doanh nghiep", "thành lập doanh nghiệp", "ho kinh doanh",
        "hop tac xa", "dang ky xe", "biển số xe", "giay phep lai xe", "ly lich tu phap", "phiếu lý lịch tư pháp",
        "nuoi con nuoi", "quoc tich", "nguoi co cong", "tro cap", "bao hiem xa hoi", "cong chung",
        "phong chay chua chay", "khieu nai", "tro giup phap ly", "giam ngheo", "dau tu", "nha o xa hoi",
        "dang ky khai tu", "khai tu", "thay doi cai chinh ho tich", "xac nhan tinh trang hon nhan",
        "tinh trang hon nhan", "dat dai", "thu hoi dat", "giao dat", "1.001193", "1.00", "2.0"};
    private static final String[] FIELDS = {"Hộ tịch", "Đất đai", "Chứng thực", "Cư trú", "Nhà ở"};

    private ProcedureSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int searches = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 42);
        Path dataDir = Files.createTempDirectory("parhub-bench");
        SpringApplication app = new SpringApplication(ParhubApplication.class);
        app.setDefaultProperties(java.util.Map.of("parhub.data-dir", dataDir.toString(),
                "parhub.db.embedded.ephemeral", "true", "server.port", "0", "parhub.demo.enabled", "false",
                "logging.level.root", "WARN", "spring.main.banner-mode", "off"));
        try (ConfigurableApplicationContext context = app.run()) {
            Procedures procedures = context.getBean(Procedures.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long loaded = fill(context.getBean(ProcedurePublications.class), procedures, jdbc, target, random);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "8080"));
            List<ProcedureQuery> mix = mix(procedures, searches, random);
            System.out.printf("procedures valid on %s: %d (versions stored: %d)%n", AT, loaded,
                    jdbc.sql("select count(*) from procedure_version").query(Long.class).single());

            for (int i = 0; i < 500; i++) { // warm-up: JIT, plan caches, shared buffers
                procedures.search(mix.get(i % mix.size()));
            }
            long[] each = new long[searches];
            report("facade (Procedures.search)", searches, i -> {
                long start = System.nanoTime();
                procedures.search(mix.get(i));
                each[i] = System.nanoTime() - start;
                return each[i];
            });
            java.util.stream.IntStream.range(0, searches).boxed()
                    .sorted((a, b) -> Long.compare(each[b], each[a])).limit(5)
                    .forEach(i -> System.out.printf("  slow: %.2f ms %s%n", each[i] / 1e6, mix.get(i)));
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 300; i++) {
                get(http, port, mix.get(i % mix.size()));
            }
            report("HTTP GET /api/v1/procedures", searches, i -> {
                long start = System.nanoTime();
                get(http, port, mix.get(i));
                return System.nanoTime() - start;
            });
        }
    }

    /** Publishes variants of the real procedures, 1,000 per decision, until {@code target} are valid on AT. */
    private static long fill(ProcedurePublications publications, Procedures procedures, JdbcClient jdbc, int target,
            Random random) {
        List<String> codes = jdbc.sql("select code from procedure_version where valid_to is null order by code")
                .query(String.class).list();
        List<ProcedureContent> originals = codes.stream().map(c -> procedures.find(c, AT).map(Procedure::content)
                .orElseThrow()).toList();
        long have = procedures.stats(AT).total();
        long started = System.nanoTime();
        int batch = 0;
        while (have < target) {
            List<ProcedureChange> changes = new ArrayList<>();
            for (int i = 0; i < 1_000 && have + changes.size() < target; i++) {
                int n = (int) have + changes.size();
                ProcedureContent real = originals.get(n % originals.size());
                changes.add(new ProcedureChange(ChangeKind.NEW, "B." + String.format("%06d", n), null,
                        variant(real, n, random)));
            }
            publications.publish(new PublicationDecision("BENCH-" + (++batch), VARIANTS_FROM, null, VARIANTS_FROM,
                    "Benchmark", null, changes), "bench");
            have += changes.size();
        }
        System.out.printf("loaded up to %d procedures in %.1f s%n", have, (System.nanoTime() - started) / 1e9);
        return procedures.stats(AT).total();
    }

    private static ProcedureContent variant(ProcedureContent c, int n, Random random) {
        String name = c.name() + " " + SUFFIXES[n % SUFFIXES.length];
        List<ProcedureLevel> levels = switch (random.nextInt(3)) {
            case 0 -> List.of(ProcedureLevel.PROVINCE);
            case 1 -> List.of(ProcedureLevel.COMMUNE);
            default -> List.of(ProcedureLevel.PROVINCE, ProcedureLevel.COMMUNE);
        };
        OnlineMode[] modes = {OnlineMode.FULL, OnlineMode.PARTIAL, OnlineMode.NONE, null};
        String field = random.nextInt(4) == 0 ? FIELDS[random.nextInt(FIELDS.length)] : c.field();
        return new ProcedureContent(name, field, levels, c.competentAgency(), c.receivingAgency(), c.steps(),
                c.components(), c.processingTime(), c.fees(), c.feeText(), c.result(), c.requirements(),
                c.legalBases(), modes[random.nextInt(modes.length)], null, c.channels(), c.applicantTypes(),
                c.nationalDecision(), c.portalUrl());
    }

    /** 70% text only, 20% text with a filter, 10% filters only or a later page. */
    private static List<ProcedureQuery> mix(Procedures procedures, int count, Random random) {
        List<String> fields = procedures.fields(AT);
        List<ProcedureQuery> mix = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = QUERIES[random.nextInt(QUERIES.length)];
            int kind = random.nextInt(10);
            if (kind < 7) {
                mix.add(new ProcedureQuery(text, null, null, null, null, AT, 0, 20));
            } else if (kind < 9) {
                ProcedureLevel level = random.nextBoolean() ? ProcedureLevel.PROVINCE : ProcedureLevel.COMMUNE;
                mix.add(new ProcedureQuery(text, null, level, random.nextBoolean() ? "uy ban" : null,
                        random.nextBoolean() ? OnlineMode.FULL : null, AT, 0, 20));
            } else {
                mix.add(new ProcedureQuery(null, fields.get(random.nextInt(fields.size())),
                        random.nextBoolean() ? ProcedureLevel.COMMUNE : null, null, null, AT, random.nextInt(3), 20));
            }
        }
        return mix;
    }

    private static void get(HttpClient http, int port, ProcedureQuery q) {
        StringBuilder url = new StringBuilder("http://127.0.0.1:" + port + "/api/v1/procedures?at=" + q.at()
                + "&page=" + q.page() + "&size=" + q.size());
        append(url, "q", q.text());
        append(url, "field", q.field());
        append(url, "level", q.level() == null ? null : q.level().name().toLowerCase(java.util.Locale.ROOT));
        append(url, "agency", q.agency());
        append(url, "onlineMode", q.onlineMode() == null ? null : q.onlineMode().name().toLowerCase(java.util.Locale.ROOT));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " → " + response.statusCode() + " " + response.body());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static void report(String what, int n, IntFunction<Long> run) {
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            nanos[i] = run.apply(i);
        }
        Arrays.sort(nanos);
        System.out.printf("%-30s n=%d  p50=%.2f ms  p95=%.2f ms  p99=%.2f ms  max=%.2f ms%n", what, n,
                ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[n - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
