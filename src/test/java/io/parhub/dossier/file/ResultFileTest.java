package io.parhub.dossier.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * Result files of a dossier over HTTP on the real database: attached by the handling agency (roles, agency, status,
 * file checks, idempotency, audit), downloaded by the citizen with the tracking check once signed off, and the pages.
 */
class ResultFileTest extends ApplicationTest {

    private static final String PASSWORD = "Parhub@2026";
    private static final String COUNTER = "motcua.ttpvhcc";
    private static final String SPECIALIST = "chuyenvien.stp";
    private static final String LEADER = "lanhdao.stp";
    /** An agency leader of another agency (UBND thành phố Sóc Trăng), outside Sở Tư pháp's subtree. */
    private static final String OTHER_LEADER = "lanhdao.soctrang";
    private static final List<String> COMPONENTS = List.of("Tờ khai", "Bản sao giấy khai sinh", "Ảnh 4x6");

    @Autowired
    ProcedurePublications publications;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierFiles dossierFiles;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A dossier received Mon 1/6/2026 at the counter, handled by Sở Tư pháp; {@code phone} gives the check. */
    private DossierView received(String phone) {
        as(COUNTER);
        return dossiers.receive(new Reception(procedure(), Channel.COUNTER, "STP-92",
                new Applicant("Nguyễn Văn An", "094123456789", phone, "Phường Phú Lợi, Cần Thơ"), COMPONENTS,
                List.of(), null), LocalDateTime.of(2026, 6, 1, 9, 0), null).dossier();
    }

    private DossierView inProgress(String phone) {
        return act(COUNTER, received(phone), DossierAction.FORWARD, LocalDateTime.of(2026, 6, 2, 8, 0));
    }

    private DossierView resolve(DossierView d, LocalDateTime at) {
        return act(LEADER, d, DossierAction.APPROVE, at);
    }

    private DossierView act(String user, DossierView d, DossierAction action, LocalDateTime at) {
        as(user);
        return dossiers.act(d.code(), action, ActionInput.of(d.version()), at);
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private String procedure() {
        String code = "T10." + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        ProcedureContent content = new ProcedureContent("Thủ tục thử kết quả " + code, "Lĩnh vực thử",
                List.of(ProcedureLevel.PROVINCE), "Sở Tư pháp", "Trung tâm Phục vụ hành chính công",
                List.of("Bước 1"), COMPONENTS.stream().map(n -> new DossierComponent(n, 1, 0, null)).toList(),
                ProcessingTime.of(5, TimeUnit.WORKING_DAYS), List.of(), null, "Giấy chứng nhận", null,
                List.of("61/2018/NĐ-CP"), OnlineMode.FULL, null,
                List.of(Channel.COUNTER, Channel.ONLINE, Channel.POST), List.of(), null, null);
        LocalDate from = LocalDate.of(2024, 1, 1);
        publications.publish(new PublicationDecision(ThreadLocalRandom.current().nextInt(100_000, 999_999)
                + "/QĐ-UBND-RESULT", from.minusDays(5), "Chủ tịch UBND tỉnh thử", from, "UBND tỉnh thử", null,
                List.of(ProcedureChange.added(code, content))), "test");
        return code;
    }

    private static String phone() {
        return "09" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    private static String check(String phone) {
        return phone.substring(phone.length() - 4);
    }

    private ResultActions attach(String code, String username, String language, MockMultipartFile... files)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/dossiers/" + code + "/results");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return mvc.perform(request.header("Accept-Language", language).with(httpBasic(username, PASSWORD)));
    }

    private static MockHttpServletRequestBuilder request(String path) {
        return MockMvcRequestBuilders.get(path);
    }

    private static MockMultipartFile file(String name, String type, byte[] bytes) {
        return new MockMultipartFile("file", name, type, bytes);
    }

    private long rows(String code, String kind) {
        return jdbc.sql("select count(*) from dossier_file where dossier_code = :c and kind = :k").param("c", code)
                .param("k", kind).query(Long.class).single();
    }

    private List<String> auditedHashes(String code) {
        return jdbc.sql("""
                select details ->> 'sha256' from shared_audit_event
                where action = 'dossier.result-file-attached' and subject_type = 'dossier' and subject_id = :c
                order by id""").param("c", code).query(String.class).list();
    }

    private static JsonNode read(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void theHandlersSpecialistAttachesTheResultOnceAuditedAndARetryChangesNothing() throws Exception {
        DossierView d = inProgress(phone());
        byte[] pdf = FileValidatorTest.pdf(3000);
        byte[] png = FileValidatorTest.png();
        JsonNode attached = read(attach(d.code(), SPECIALIST, "vi",
                file("giấy chứng nhận.pdf", "application/pdf", pdf), file("phụ lục.png", "image/png", png),
                file("bản sao.pdf", "application/pdf", pdf))
                .andExpect(status().isCreated()));
        assertThat(attached).hasSize(2);
        assertThat(attached.get(0).get("kind").asString()).isEqualTo("RESULT");
        assertThat(attached.get(0).get("originalName").asString()).isEqualTo("giấy chứng nhận.pdf");
        assertThat(attached.get(0).get("sha256").asString()).isEqualTo(FileValidator.sha256(pdf));
        assertThat(attached.get(1).get("uploadedBy").asString()).isEqualTo(SPECIALIST);
        assertThat(rows(d.code(), "RESULT")).isEqualTo(2);
        assertThat(auditedHashes(d.code())).containsExactly(FileValidator.sha256(pdf), FileValidator.sha256(png));
        JsonNode details = JSON.readTree(jdbc.sql("""
                select details::text from shared_audit_event
                where action = 'dossier.result-file-attached' and subject_id = :c order by id limit 1""")
                .param("c", d.code()).query(String.class).single());
        assertThat(details.get("name").asString()).isEqualTo("giấy chứng nhận.pdf");
        assertThat(details.get("size").asLong()).isEqualTo(3000);

        // the same bytes again (a retry, or by the leader): 200, nothing stored or audited twice
        attach(d.code(), LEADER, "vi", file("lại.pdf", "application/pdf", pdf)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].sha256").value(FileValidator.sha256(pdf)));
        assertThat(rows(d.code(), "RESULT")).isEqualTo(2);
        assertThat(auditedHashes(d.code())).hasSize(2);

        // the staff list of all files shows the kind
        mvc.perform(request("/api/v1/dossiers/" + d.code() + "/files").with(httpBasic(COUNTER, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].kind").value("RESULT"));
    }

    @Test
    void aCounterOfficerOrALeaderOfAnotherAgencyGets403AndNothingIsWritten() throws Exception {
        DossierView d = inProgress(phone());
        MockMultipartFile pdf = file("kq.pdf", "application/pdf", FileValidatorTest.pdf(200));
        attach(d.code(), COUNTER, "en", pdf).andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value("/problems/dossier-role"));
        mvc.perform(multipart("/api/v1/dossiers/" + d.code() + "/results").file(pdf)
                .with(user(users.loadUserByUsername(OTHER_LEADER))).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", "application/problem+json"));
        assertThat(rows(d.code(), "RESULT")).isZero();
        assertThat(auditedHashes(d.code())).isEmpty();
    }

    @Test
    void beforeProcessingTheResultCannotBeAttachedInEitherLanguage() throws Exception {
        DossierView d = received(phone());
        assertThat(d.status()).isEqualTo("RECEIVED");
        MockMultipartFile pdf = file("kq.pdf", "application/pdf", FileValidatorTest.pdf(200));
        attach(d.code(), SPECIALIST, "vi", pdf).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/dossier-result-status"))
                .andExpect(jsonPath("$.title").value("Chưa thể đính kèm kết quả"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(d.code())));
        attach(d.code(), SPECIALIST, "en", pdf).andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("The result cannot be attached now"));
        assertThat(rows(d.code(), "RESULT")).isZero();
    }

    @Test
    void aFileThatIsNotPdfJpegOrPngIsRefusedAndNothingIsWritten() throws Exception {
        DossierView d = inProgress(phone());
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};
        attach(d.code(), SPECIALIST, "en", file("kq.pdf", "application/pdf", FileValidatorTest.pdf(100)),
                file("ket-qua.pdf", "application/pdf", exe))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/dossier-file-type"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ket-qua.pdf")));
        assertThat(rows(d.code(), "RESULT")).isZero();
        assertThat(auditedHashes(d.code())).isEmpty();
    }

    @Test
    void theCitizenDownloadsTheResultWithTheCheckOnceSignedOffButNeverAComponent() throws Exception {
        // an online dossier whose component file the citizen uploaded
        String phone = phone();
        byte[] component = FileValidatorTest.pdf(700);
        Reception online = new Reception(procedure(), Channel.ONLINE, "STP-92",
                new Applicant("Lê Văn Cường", null, phone, null), COMPONENTS, List.of(), null);
        String code = dossierFiles.submitOnline(online, "TTPVHCC-92", List.of(
                new UploadedFile(COMPONENTS.get(0), "to-khai.pdf", "application/pdf", component),
                new UploadedFile(COMPONENTS.get(1), "khai-sinh.png", "image/png", FileValidatorTest.png()),
                new UploadedFile(COMPONENTS.get(2), "anh.pdf", "application/pdf", FileValidatorTest.pdf(701))),
                LocalDateTime.of(2026, 6, 12, 20, 0), UUID.randomUUID().toString()).dossier().code();
        as(COUNTER);
        DossierView d = act(COUNTER, dossiers.find(code).orElseThrow(), DossierAction.ACCEPT,
                LocalDateTime.of(2026, 6, 15, 8, 0));
        d = act(COUNTER, d, DossierAction.FORWARD, LocalDateTime.of(2026, 6, 15, 9, 0));
        long componentId = jdbc.sql("select id from dossier_file where dossier_code = :c and kind = 'COMPONENT' "
                + "order by id limit 1").param("c", code).query(Long.class).single();

        // the same bytes as a component may be the result too (kind is part of the uniqueness)
        byte[] result = FileValidatorTest.pdf(1500);
        read(attach(code, SPECIALIST, "vi", file("ket-qua.pdf", "application/pdf", result),
                file("to-khai-xac-nhan.pdf", "application/pdf", component)).andExpect(status().isCreated()));
        long resultId = jdbc.sql("select id from dossier_file where dossier_code = :c and kind = 'RESULT' "
                + "order by id limit 1").param("c", code).query(Long.class).single();
        String base = "/api/v1/public/dossiers/" + code + "/results";

        // not signed off yet: 409 with the right check, 404 with a wrong one
        var notReady = get(base + "?check=" + check(phone), "en");
        assertThat(notReady.statusCode()).isEqualTo(409);
        assertThat(json(notReady).get("type").asString()).isEqualTo("/problems/dossier-result-not-ready");
        assertThat(get(base + "/" + resultId + "?check=" + check(phone)).statusCode()).isEqualTo(409);

        d = resolve(d, LocalDateTime.of(2026, 6, 15, 14, 0));
        assertThat(d.status()).isEqualTo("RESOLVED");
        var listed = get(base + "?check=" + check(phone));
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode list = json(listed);
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("id").asLong()).isEqualTo(resultId);
        assertThat(list.get(0).get("originalName").asString()).isEqualTo("ket-qua.pdf");
        assertThat(list.get(0).has("uploadedBy")).isFalse();

        byte[] downloaded = mvc.perform(request(base + "/" + resultId).param("check", check(phone)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Content-SHA256", FileValidator.sha256(result)))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(result);

        String wrong = check(phone).equals("0000") ? "1111" : "0000";
        var wrongList = get(base + "?check=" + wrong);
        assertThat(wrongList.statusCode()).isEqualTo(404);
        assertThat(json(wrongList).get("type").asString()).isEqualTo("/problems/dossier-not-found");
        assertThat(get(base + "/" + resultId + "?check=" + wrong).statusCode()).isEqualTo(404);
        // a component file is never served as a result, on the API or the page route
        var asComponent = get(base + "/" + componentId + "?check=" + check(phone));
        assertThat(asComponent.statusCode()).isEqualTo(404);
        assertThat(json(asComponent).get("type").asString()).isEqualTo("/problems/dossier-file-not-found");
        mvc.perform(request("/tracking/" + code + "/results/" + componentId).param("check", check(phone)))
                .andExpect(status().isNotFound());
        // and the public list of submitted files shows components only
        JsonNode components = json(get("/api/v1/public/dossiers/" + code + "/files?check=" + check(phone)));
        assertThat(components).hasSize(3);

        // still downloadable once delivered
        d = act(SPECIALIST, d, DossierAction.FORWARD, LocalDateTime.of(2026, 6, 16, 9, 0));
        d = act(COUNTER, d, DossierAction.DELIVER, LocalDateTime.of(2026, 6, 16, 10, 0));
        assertThat(d.status()).isEqualTo("DELIVERED");
        assertThat(get(base + "/" + resultId + "?check=" + check(phone)).statusCode()).isEqualTo(200);
        // and closed to more results
        attach(code, SPECIALIST, "vi", file("muon.pdf", "application/pdf", FileValidatorTest.pdf(99)))
                .andExpect(status().isConflict());
    }

    @Test
    void theDossierPageUploadsAndListsResultsAndTheTrackingPageLinksToThem() throws Exception {
        String phone = phone();
        DossierView d = inProgress(phone);
        String page = "/staff/dossiers/" + d.code();
        var specialist = user(users.loadUserByUsername(SPECIALIST));

        String html = mvc.perform(request(page).with(specialist)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("id=\"result-files\"").contains("id=\"result-files-none\"")
                .contains("id=\"result-upload-form\"").contains("enctype=\"multipart/form-data\"")
                .contains("name=\"_csrf\"");
        // a counter officer sees the card, not the form
        String counterHtml = mvc.perform(request(page).with(user(users.loadUserByUsername(COUNTER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(counterHtml).contains("id=\"result-files\"").doesNotContain("result-upload-form");

        byte[] pdf = FileValidatorTest.pdf(900);
        mvc.perform(multipart(page + "/results").file(file("quyết định.pdf", "application/pdf", pdf))
                .with(specialist).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page + "#result-files"))
                .andExpect(flash().attribute("resultDone", 1));
        long id = jdbc.sql("select id from dossier_file where dossier_code = :c and kind = 'RESULT'")
                .param("c", d.code()).query(Long.class).single();
        html = mvc.perform(request(page).with(specialist).flashAttr("resultDone", 1))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"result-done\"").contains("Đã đính kèm 1 tệp kết quả mới.")
                .contains("href=\"" + page + "/results/" + id + "\"")
                .contains(HtmlUtils.htmlEscape("quyết định.pdf", "UTF-8"));
        byte[] staffCopy = mvc.perform(request(page + "/results/" + id).with(specialist))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-SHA256", FileValidator.sha256(pdf)))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(staffCopy).isEqualTo(pdf);

        // a bad file on the page: back to the dossier with the reason, nothing written
        mvc.perform(multipart(page + "/results").file(file("x.pdf", "application/pdf", "not a pdf".getBytes()))
                .with(specialist).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("resultProblem", org.hamcrest.Matchers.containsString("x.pdf")));
        assertThat(rows(d.code(), "RESULT")).isOne();

        // tracking: no link before sign-off, a download link after it
        String tracking = "/tracking/" + d.code();
        assertThat(mvc.perform(request(tracking).param("check", check(phone))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("id=\"tracking-result\"")
                .doesNotContain("tracking-results");
        resolve(d, LocalDateTime.of(2026, 6, 4, 15, 0));
        String link = tracking + "/results/" + id + "?check=" + check(phone);
        String trackingHtml = mvc.perform(request(tracking).param("check", check(phone)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(trackingHtml).contains("id=\"tracking-results\"")
                .contains("href=\"" + HtmlUtils.htmlEscape(link) + "\"");
        byte[] citizenCopy = mvc.perform(request(tracking + "/results/" + id).param("check", check(phone)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(citizenCopy).isEqualTo(pdf);
        String wrong = check(phone).equals("0000") ? "1111" : "0000";
        mvc.perform(request(tracking + "/results/" + id).param("check", wrong))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(request(tracking).param("check", wrong)).andReturn().getResponse()
                .getContentAsString())
                .doesNotContain("tracking-results");
        // once resolved the specialist may still attach (before delivery); the form is still there
        assertThat(mvc.perform(request(page).with(specialist)).andReturn().getResponse()
                .getContentAsString())
                .contains("id=\"result-upload-form\"");
    }
}
