package io.parhub.dossier.evaluation;

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
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Finished dossiers driven through the engine's public API (handled by STP-92), and anonymous POSTs. */
abstract class EvaluationTestSupport extends ApplicationTest {

    static final String COUNTER = "motcua.ttpvhcc";
    static final String SPECIALIST = "chuyenvien.stp";
    static final String LEADER = "lanhdao.stp";
    static final String OTHER_COUNTER = "motcua.phuong";
    static final String HANDLING_AGENCY = "STP-92";
    static final List<String> COMPONENTS = List.of("Tờ khai", "Bản sao giấy khai sinh");
    /** The applicant's phone ends in 4567: the tracking check. */
    static final String CHECK = "4567";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    ProcedurePublications publications;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierEvaluations evaluations;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    String procedure() {
        String code = "T9." + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        ProcedureContent content = new ProcedureContent("Thủ tục thử đánh giá " + code, "Lĩnh vực thử",
                List.of(ProcedureLevel.PROVINCE), "Sở Tư pháp", "Trung tâm Phục vụ hành chính công",
                List.of("Bước 1"), COMPONENTS.stream().map(n -> new DossierComponent(n, 1, 0, null)).toList(),
                ProcessingTime.of(5, TimeUnit.WORKING_DAYS), List.of(), null, "Giấy chứng nhận", null,
                List.of("61/2018/NĐ-CP"), OnlineMode.PARTIAL, null, List.of(Channel.COUNTER, Channel.POST),
                List.of(), null, null);
        LocalDate from = LocalDate.of(2024, 1, 1);
        publications.publish(new PublicationDecision(ThreadLocalRandom.current().nextInt(100_000, 999_999)
                + "/QĐ-UBND-EVAL", from.minusDays(5), "Chủ tịch UBND tỉnh thử", from, "UBND tỉnh thử", null,
                List.of(ProcedureChange.added(code, content))), "test");
        return code;
    }

    private static Applicant applicant() {
        return new Applicant("Trần Thị Bình", "094123456780", "0901234567", "Phường Phú Lợi, Cần Thơ");
    }

    /** A complete dossier received at the counter: RECEIVED, not finished. */
    DossierView received(LocalDateTime at) {
        as(COUNTER);
        return dossiers.receive(new Reception(procedure(), Channel.COUNTER, HANDLING_AGENCY, applicant(),
                COMPONENTS, List.of(), null), at, null).dossier();
    }

    /** The shortest finished dossier: refused at reception with a reason. */
    DossierView refusedAtReception(LocalDateTime at) {
        as(COUNTER);
        DossierView d = dossiers.receive(new Reception(procedure(), Channel.COUNTER, HANDLING_AGENCY, applicant(),
                List.of(), List.of("Không thuộc thẩm quyền giải quyết"), null), at, null).dossier();
        SecurityContextHolder.clearContext();
        return d;
    }

    /** Reception → processing → approval → result step → delivery, starting on {@code start} (a Monday). */
    DossierView delivered(LocalDate start) {
        DossierView d = received(start.atTime(9, 0));
        d = act(COUNTER, d, DossierAction.FORWARD, start.plusDays(1).atTime(8, 0));
        d = act(LEADER, d, DossierAction.APPROVE, start.plusDays(2).atTime(15, 0));
        d = act(SPECIALIST, d, DossierAction.FORWARD, start.plusDays(2).atTime(16, 0));
        d = act(COUNTER, d, DossierAction.DELIVER, start.plusDays(3).atTime(9, 0));
        SecurityContextHolder.clearContext();
        return d;
    }

    private DossierView act(String user, DossierView d, DossierAction action, LocalDateTime at) {
        as(user);
        return dossiers.act(d.code(), action, ActionInput.of(d.version()), at);
    }

    /** An anonymous POST of JSON over HTTP (no session, no CSRF token), as a citizen's browser or app would. */
    HttpResponse<String> postAnonymous(String path, String json, String language) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Accept-Language", language).POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Scores as JSON: {"scores":{"1":s1,...}}. */
    static String scores(int... values) {
        StringBuilder json = new StringBuilder("{\"scores\":{");
        for (int i = 0; i < values.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(i + 1).append("\":").append(values[i]);
        }
        return json.append("}}").toString();
    }

    long storedEvaluations(String code) {
        return jdbc.sql("select count(*) from dossier_evaluation where dossier_code = :code").param("code", code)
                .query(Long.class).single();
    }

    long auditEntries(String code) {
        return jdbc.sql("select count(*) from shared_audit_event where action = 'dossier.evaluated' "
                + "and subject_id = :code").param("code", code).query(Long.class).single();
    }
}
