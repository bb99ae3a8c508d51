package io.parhub.dossier.portal;

import com.sun.net.httpserver.HttpServer;
import io.parhub.ApplicationTest;
import io.parhub.dossier.ActionInput;
import io.parhub.dossier.Applicant;
import io.parhub.dossier.DossierAction;
import io.parhub.dossier.DossierView;
import io.parhub.dossier.Dossiers;
import io.parhub.dossier.Reception;
import io.parhub.procedure.Channel;
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.ProcedureChange;
import io.parhub.procedure.ProcedureContent;
import io.parhub.procedure.ProcedureLevel;
import io.parhub.procedure.ProcedurePublications;
import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.PublicationDecision;
import io.parhub.procedure.TimeUnit;
import io.parhub.shared.DomainException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The outbox to the national portal, against a local stand-in of the portal: messages are written in the command's
 * transaction, delivered in each dossier's order in the portal's shape, retried with growing delays, FAILED after the
 * maximum, retried by hand, and shown on the failures page. The sender is called directly with explicit times.
 */
class PortalSyncTest extends ApplicationTest {

    static final String COUNTER = "motcua.ttpvhcc";
    static final String SPECIALIST = "chuyenvien.stp";
    static final String LEADER = "lanhdao.stp";
    static final String TOKEN = "Bearer test-portal-token";

    /** One request the stand-in received. */
    record Received(String path, String token, JsonNode body) {
        String code() {
            return body.get("MaHoSo").asString();
        }
    }

    /** The portal stand-in: records every request; answers 503 to a dossier's messages while told to fail. */
    static final HttpServer PORTAL;
    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    static final Map<String, AtomicInteger> FAILURES = new ConcurrentHashMap<>();

    static {
        try {
            PORTAL = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        PORTAL.createContext("/portal", exchange -> {
            JsonNode body = JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String token = exchange.getRequestHeaders().getFirst("Authorization");
            AtomicInteger failing = FAILURES.get(body.get("MaHoSo").asString());
            boolean fail = failing != null && failing.getAndDecrement() > 0;
            if (!fail) {
                RECEIVED.add(new Received(exchange.getRequestURI().getPath(), token == null ? "" : token, body));
            }
            byte[] answer = (fail ? "{\"error\":\"tạm dừng\"}" : "{\"ok\":true}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(fail ? 503 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        PORTAL.start();
    }

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        registry.add("parhub.portal.enabled", () -> "true");
        registry.add("parhub.portal.base-url", () -> "http://127.0.0.1:" + PORTAL.getAddress().getPort() + "/portal/");
        registry.add("parhub.portal.token", () -> TOKEN);
        registry.add("parhub.portal.max-attempts", () -> "3");
        registry.add("parhub.portal.backoff-initial", () -> "PT1M");
        registry.add("parhub.portal.backoff-factor", () -> "3");
        registry.add("parhub.portal.backoff-max", () -> "PT1H");
        registry.add("parhub.portal.status-map.REFUSED", () -> "3");
    }

    @AfterAll
    static void stopPortal() {
        PORTAL.stop(0);
    }

    @Autowired
    ProcedurePublications publications;

    @Autowired
    Dossiers dossiers;

    @Autowired
    UserDetailsService users;

    @Autowired
    PortalOutbox outbox;

    @Autowired
    PortalSender sender;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void receptionAndActionsWriteTheirMessagesInTheCommandsTransaction() {
        String procedure = procedure();
        String[] code = new String[1];
        transactions.executeWithoutResult(tx -> {
            DossierView d = receive(procedure, LocalDateTime.of(2026, 6, 1, 9, 0));
            code[0] = d.code();
            // visible inside the command's transaction, before any commit
            assertThat(outbox.of(d.code())).extracting(PortalOutbox.Message::kind)
                    .containsExactly(PortalOutbox.Kind.DOSSIER);
            act(COUNTER, d, DossierAction.FORWARD, LocalDateTime.of(2026, 6, 1, 10, 0));
            assertThat(outbox.of(d.code())).hasSize(3);
            tx.setRollbackOnly();
        });
        assertThat(dossiers.find(code[0])).isEmpty();
        assertThat(outbox.of(code[0])).isEmpty();

        DossierView d = receive(procedure, LocalDateTime.of(2026, 6, 1, 9, 0));
        DossierView forwarded = act(COUNTER, d, DossierAction.FORWARD, LocalDateTime.of(2026, 6, 1, 10, 0));
        // a command that fails (stale version) writes nothing
        assertThatThrownBy(() -> act(SPECIALIST, d, DossierAction.FORWARD, LocalDateTime.of(2026, 6, 1, 11, 0)))
                .isInstanceOf(DomainException.class);
        assertThat(outbox.of(d.code())).extracting(PortalOutbox.Message::kind).containsExactly(
                PortalOutbox.Kind.DOSSIER, PortalOutbox.Kind.DOSSIER, PortalOutbox.Kind.PROGRESS);
        assertThat(outbox.of(d.code())).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(PortalOutbox.Status.PENDING);
            assertThat(m.attempts()).isZero();
        });
        assertThat(forwarded.status()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void theSenderDeliversADossiersMessagesInOrderInThePortalsShape() {
        DossierView d = receive(procedure(), LocalDateTime.of(2026, 6, 1, 9, 0));
        d = act(COUNTER, d, DossierAction.FORWARD, LocalDateTime.of(2026, 6, 2, 8, 0));
        d = act(LEADER, d, DossierAction.APPROVE, LocalDateTime.of(2026, 6, 4, 15, 0));
        d = act(SPECIALIST, d, DossierAction.FORWARD, LocalDateTime.of(2026, 6, 4, 16, 0));
        d = act(COUNTER, d, DossierAction.DELIVER, LocalDateTime.of(2026, 6, 5, 9, 30));

        PortalSender.Report report = sender.sendDue(clock.instant());
        assertThat(report.sent()).isGreaterThanOrEqualTo(9);
        List<Received> mine = received(d.code());
        assertThat(mine).extracting(Received::path).containsExactly("/portal/dossiers",
                "/portal/dossiers", "/portal/progress", "/portal/dossiers", "/portal/progress",
                "/portal/dossiers", "/portal/progress", "/portal/dossiers", "/portal/progress");
        assertThat(mine).allSatisfy(r -> assertThat(r.token()).isEqualTo(TOKEN));

        JsonNode first = mine.get(0).body();
        assertThat(first.get("MaHoSo").asString()).isEqualTo(d.code());
        assertThat(first.get("MaTTHC").asString()).isEqualTo(d.procedureCode());
        assertThat(first.get("TenTTHC").asString()).startsWith("Thủ tục thử cổng");
        assertThat(first.get("MaLinhVuc").asString()).isEqualTo("Lĩnh vực thử");
        assertThat(first.get("ChuHoSo").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(first.get("HinhThuc").asInt()).isEqualTo(1);
        assertThat(first.get("NgayTiepNhan").asString()).isEqualTo("20260601090000");
        assertThat(first.get("NgayHenTra").asString()).matches("2026060[0-9]{7}");
        assertThat(first.get("TrangThaiHoSo").asInt()).isEqualTo(2);
        assertThat(first.get("DonViXuLy").asString()).isNotBlank();
        assertThat(first.get("DanhSachLePhi").isArray()).isTrue();
        assertThat(first.has("NgayTra")).isFalse();

        JsonNode forwarded = mine.get(2).body();
        assertThat(forwarded.get("NguoiXuLy").asString()).isNotBlank().isNotEqualTo(COUNTER);
        assertThat(forwarded.get("ThoiDiemXuLy").asString()).isEqualTo("20260602080000");
        assertThat(forwarded.get("NoiDungXuLy").asString()).isEqualTo("Chuyển xử lý");
        assertThat(forwarded.get("TrangThai").asInt()).isEqualTo(4);
        assertThat(mine.get(4).body().get("NoiDungXuLy").asString()).isEqualTo("Phê duyệt kết quả");
        assertThat(mine.get(4).body().get("TrangThai").asInt()).isEqualTo(9);

        JsonNode last = mine.get(7).body();
        assertThat(last.get("TrangThaiHoSo").asInt()).isEqualTo(10);
        assertThat(last.get("NgayTra").asString()).isEqualTo("20260605093000");
        assertThat(last.get("NgayKetThucXuLy").asString()).isEqualTo("20260604150000");
        assertThat(mine.get(8).body().get("ThoiDiemXuLy").asString()).isEqualTo("20260605093000");

        assertThat(outbox.of(d.code())).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(PortalOutbox.Status.SENT);
            assertThat(m.sentAt()).isNotNull();
        });
        // nothing is sent twice
        sender.sendDue(clock.instant().plus(Duration.ofDays(1)));
        assertThat(received(d.code())).hasSize(9);
    }

    @Test
    void theStatusMappingComesFromConfiguration() {
        DossierView d = receive(procedure(), LocalDateTime.of(2026, 6, 1, 9, 0));
        d = act(SPECIALIST, d.code(), DossierAction.REFUSE, new ActionInput(d.version(), null,
                List.of("Không thuộc thẩm quyền"), null, null), LocalDateTime.of(2026, 6, 1, 14, 0));
        assertThat(d.status()).isEqualTo("REFUSED");
        sender.sendDue(clock.instant());
        List<Received> mine = received(d.code());
        assertThat(mine).hasSize(3);
        // REFUSED defaults to 8 (Dừng xử lý); the test configuration maps it to 3
        assertThat(mine.get(1).body().get("TrangThaiHoSo").asInt()).isEqualTo(3);
        assertThat(mine.get(2).body().get("TrangThai").asInt()).isEqualTo(3);
        assertThat(mine.get(2).body().get("NoiDungXuLy").asString()).isEqualTo("Từ chối giải quyết");
    }

    @Test
    void aFailingPortalGetsRetriesWithGrowingDelaysAndTheMessageEndsFailed() {
        DossierView d = receive(procedure(), LocalDateTime.of(2026, 6, 1, 9, 0));
        FAILURES.put(d.code(), new AtomicInteger(100));
        Instant t0 = clock.instant().truncatedTo(ChronoUnit.MILLIS).plusMillis(1);

        sender.sendDue(t0);
        PortalOutbox.Message m = only(d.code());
        assertThat(m.attempts()).isEqualTo(1);
        assertThat(m.status()).isEqualTo(PortalOutbox.Status.PENDING);
        assertThat(m.lastError()).startsWith("HTTP 503");
        assertThat(m.nextAttemptAt()).isEqualTo(t0.plus(Duration.ofMinutes(1)));

        // not due yet: nothing happens
        sender.sendDue(t0.plusSeconds(59));
        assertThat(only(d.code()).attempts()).isEqualTo(1);

        Instant t1 = m.nextAttemptAt();
        sender.sendDue(t1);
        m = only(d.code());
        assertThat(m.attempts()).isEqualTo(2);
        assertThat(m.nextAttemptAt()).isEqualTo(t1.plus(Duration.ofMinutes(3)));

        sender.sendDue(m.nextAttemptAt());
        m = only(d.code());
        assertThat(m.attempts()).isEqualTo(3);
        assertThat(m.status()).isEqualTo(PortalOutbox.Status.FAILED);

        // FAILED is not retried by the sender any more
        sender.sendDue(t0.plus(Duration.ofDays(30)));
        assertThat(only(d.code()).attempts()).isEqualTo(3);
        assertThat(received(d.code())).isEmpty();
        FAILURES.remove(d.code());
    }

    @Test
    void laterMessagesWaitBehindAFailedOneUntilItIsRetriedByHand() throws Exception {
        DossierView d = receive(procedure(), LocalDateTime.of(2026, 6, 1, 9, 0));
        FAILURES.put(d.code(), new AtomicInteger(3));
        Instant t = clock.instant().truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
        for (int i = 0; i < 3; i++) {
            sender.sendDue(t);
            t = only(d.code()).nextAttemptAt();
        }
        PortalOutbox.Message failed = only(d.code());
        assertThat(failed.status()).isEqualTo(PortalOutbox.Status.FAILED);

        // a later change of the same dossier is written but waits
        act(COUNTER, d, DossierAction.FORWARD, LocalDateTime.of(2026, 6, 1, 10, 0));
        sender.sendDue(t.plus(Duration.ofDays(1)));
        assertThat(received(d.code())).isEmpty();
        assertThat(outbox.of(d.code())).extracting(PortalOutbox.Message::status).containsExactly(
                PortalOutbox.Status.FAILED, PortalOutbox.Status.PENDING, PortalOutbox.Status.PENDING);

        // the failures page and API list it
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/portal-sync/failures").with(user(staff("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.FAILED").exists())
                .andExpect(jsonPath("$.failures[?(@.id == " + failed.id() + ")].status").value("FAILED"));
        mvc.perform(MockMvcRequestBuilders.get("/admin/portal-sync").with(user(staff("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "data-id=\"" + failed.id() + "\"")));

        // retry now (form with CSRF), audited
        mvc.perform(post("/admin/portal-sync/messages/{id}/retry", failed.id()).with(user(staff("cchc.snv")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/portal-sync"));
        PortalOutbox.Message reset = outbox.find(failed.id()).orElseThrow();
        assertThat(reset.status()).isEqualTo(PortalOutbox.Status.PENDING);
        assertThat(reset.attempts()).isZero();
        assertThat(jdbc.sql("""
                select actor from shared_audit_event
                where action = 'dossier.portal.retried' and subject_id = :id""")
                .param("id", Long.toString(failed.id())).query(String.class).list()).containsExactly("cchc.snv");
        // a message that is not FAILED cannot be retried
        mvc.perform(post("/api/v1/portal-sync/messages/{id}/retry", failed.id()).with(user(staff("admin"))))
                .andExpect(status().isConflict());

        sender.sendDue(clock.instant());
        assertThat(received(d.code())).extracting(Received::path)
                .containsExactly("/portal/dossiers", "/portal/dossiers", "/portal/progress");
        assertThat(outbox.of(d.code())).extracting(PortalOutbox.Message::status)
                .containsOnly(PortalOutbox.Status.SENT);
    }

    @Test
    void theFailuresPageIsForTheAdministratorAndThePAROfficeOnly() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/admin/portal-sync").with(user(staff("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("portal-status-map")));
        mvc.perform(MockMvcRequestBuilders.get("/admin/portal-sync").with(user(staff("cchc.snv"))).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Failed and retrying")));
        mvc.perform(MockMvcRequestBuilders.get("/admin/portal-sync").with(user(staff(COUNTER))))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/portal-sync/failures").with(user(staff(COUNTER))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/portal-sync/messages/{id}/retry", 1).with(user(staff(COUNTER))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/admin").with(user(staff("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("admin-portal-sync")));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private List<Received> received(String code) {
        return RECEIVED.stream().filter(r -> r.code().equals(code)).toList();
    }

    private PortalOutbox.Message only(String code) {
        List<PortalOutbox.Message> messages = outbox.of(code);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private UserDetails staff(String username) {
        return users.loadUserByUsername(username);
    }

    private String procedure() {
        String code = "T9." + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        List<String> components = List.of("Tờ khai", "Bản sao giấy khai sinh");
        ProcedureContent content = new ProcedureContent("Thủ tục thử cổng " + code, "Lĩnh vực thử",
                List.of(ProcedureLevel.PROVINCE), "Sở Tư pháp", "Trung tâm Phục vụ hành chính công",
                List.of("Bước 1"), components.stream().map(n -> new DossierComponent(n, 1, 0, null)).toList(),
                ProcessingTime.of(5, TimeUnit.WORKING_DAYS), List.of(), null, "Giấy chứng nhận", null,
                List.of("61/2018/NĐ-CP"), OnlineMode.PARTIAL, null,
                List.of(Channel.COUNTER, Channel.ONLINE, Channel.POST), List.of(), null, null);
        LocalDate from = LocalDate.of(2024, 1, 1);
        publications.publish(new PublicationDecision(ThreadLocalRandom.current().nextInt(100_000, 999_999)
                + "/QĐ-UBND-PORTAL", from.minusDays(5), "Chủ tịch UBND tỉnh thử", from, "UBND tỉnh thử", null,
                List.of(ProcedureChange.added(code, content))), "test");
        return code;
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private DossierView receive(String procedure, LocalDateTime at) {
        as(COUNTER);
        return dossiers.receive(new Reception(procedure, Channel.COUNTER, "STP-92",
                new Applicant("Nguyễn Văn An", "094123456789", "0901234567", "Phường Phú Lợi, Cần Thơ"),
                List.of("Tờ khai", "Bản sao giấy khai sinh"), List.of(), null), at, null).dossier();
    }

    private DossierView act(String user, String code, DossierAction action, ActionInput input, LocalDateTime at) {
        as(user);
        return dossiers.act(code, action, input, at);
    }

    private DossierView act(String user, DossierView d, DossierAction action, LocalDateTime at) {
        return act(user, d.code(), action, ActionInput.of(d.version()), at);
    }
}
