package io.parhub.dossier.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

/**
 * The citizen's HTML forms over MockMvc on the real database: online submission with files (idempotent, refusals
 * that write nothing), the evaluation form of the tracking page, and the counter's handling-agency picker.
 */
class CitizenFormsTest extends ApplicationTest {

    static final List<String> COMPONENTS = List.of("Tờ khai đề nghị", "Bản sao giấy khai sinh");
    private static final Pattern CODE = Pattern.compile("id=\"dossier-code\">([^<]+)<");

    @Autowired
    ProcedurePublications publications;

    @Autowired
    Dossiers dossiers;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A procedure of the Department of Justice ("Sở Tư pháp" → STP-92 by default), online unless said otherwise. */
    static String procedure(ProcedurePublications publications, @Nullable OnlineMode mode, List<Channel> channels) {
        String code = "T7." + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        ProcedureContent content = new ProcedureContent("Thủ tục thử nộp qua trang " + code, "Lĩnh vực thử",
                List.of(ProcedureLevel.PROVINCE), "Sở Tư pháp", "Trung tâm Phục vụ hành chính công",
                List.of("Bước 1"), COMPONENTS.stream().map(n -> new DossierComponent(n, 1, 0, null)).toList(),
                ProcessingTime.of(5, TimeUnit.WORKING_DAYS), List.of(), "Miễn phí", "Giấy chứng nhận", null,
                List.of("61/2018/NĐ-CP"), mode, null, channels, List.of(), null, null);
        LocalDate from = LocalDate.of(2024, 1, 1);
        publications.publish(new PublicationDecision(ThreadLocalRandom.current().nextInt(100_000, 999_999)
                + "/QĐ-UBND-FORM", from.minusDays(5), "Chủ tịch UBND tỉnh thử", from, "UBND tỉnh thử", null,
                List.of(ProcedureChange.added(code, content))), "test");
        return code;
    }

    private String onlineProcedure() {
        return procedure(publications, null, List.of(Channel.COUNTER, Channel.ONLINE));
    }

    /** A real one-page PDF; the title makes each one different (the same bytes are stored once per dossier). */
    static byte[] pdf(String title) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.getDocumentInformation().setTitle(title);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String phone() {
        return "09" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    private MockMultipartHttpServletRequestBuilder submission(String procedure, String key, String phone,
            MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/dossiers/new");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        request.with(csrf()).param("procedure", procedure).param("handlingAgencyCode", "STP-92")
                .param("name", "Lê Văn Cường").param("idNumber", "092123456789").param("phone", phone)
                .param("address", "Phường Ninh Kiều, Cần Thơ").param("idempotencyKey", key);
        return request;
    }

    private long count(String sql, Object... args) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < args.length; i++) {
            spec = spec.param(i + 1, args[i]);
        }
        return spec.query(Long.class).single();
    }

    private static String code(String html) {
        Matcher m = CODE.matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return m.group(1);
    }

    @Test
    void theFormShowsTheProcedureItsComponentsAndTheAgencyOfTheProcedure() throws Exception {
        String procedure = onlineProcedure();
        String html = mvc.perform(MockMvcRequestBuilders.get("/dossiers/new").param("procedure", procedure)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Thủ tục thử nộp qua trang " + procedure).contains("5 ngày làm việc")
                .contains("Miễn phí").contains("enctype=\"multipart/form-data\"").contains("name=\"_csrf\"")
                .contains("name=\"idempotencyKey\"").contains("name=\"file-0\"").contains("name=\"file-1\"")
                .contains("accept=\"application/pdf,image/jpeg,image/png")
                .contains("mỗi tệp tối đa 10 MB, tổng cộng tối đa 30 MB")
                .containsPattern("<option value=\"STP-92\"\\s+selected=\"selected\">Sở Tư pháp thành phố Cần Thơ<")
                .contains("<optgroup label=\"Ủy ban nhân dân\">");
        for (String c : COMPONENTS) {
            assertThat(html).contains(HtmlUtils.htmlEscape(c, "UTF-8"));
        }

        // the procedure's public page links to it; a procedure that is not online neither links nor shows the form
        mvc.perform(MockMvcRequestBuilders.get("/procedures/" + procedure)).andExpect(status().isOk()).andExpect(result -> assertThat(
                result.getResponse().getContentAsString()).contains("/dossiers/new?procedure=" + procedure));
        String offline = procedure(publications, OnlineMode.NONE, List.of(Channel.COUNTER));
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/procedures/" + offline)).andReturn().getResponse().getContentAsString())
                .doesNotContain("submit-online-link");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/dossiers/new").param("procedure", offline)).andReturn().getResponse()
                .getContentAsString()).contains("id=\"submit-not-online\"").doesNotContain("id=\"submit-form\"");
        mvc.perform(MockMvcRequestBuilders.get("/dossiers/new").param("procedure", "0.000000")).andExpect(status().isNotFound());
    }

    @Test
    void aSubmissionWithARealPdfMakesOneSubmittedDossierWithItsFilesEvenWhenSentTwice() throws Exception {
        String procedure = onlineProcedure();
        String key = UUID.randomUUID().toString();
        String phone = phone();
        byte[] pdf = pdf("Tờ khai");
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        MockMultipartFile[] files = {
            new MockMultipartFile("file-0", "to-khai.pdf", "application/pdf", pdf),
            new MockMultipartFile("file-1", "khai-sinh-trang-1.pdf", "application/pdf", pdf("Trang 1")),
            new MockMultipartFile("file-1", "khai-sinh-trang-2.pdf", "application/pdf", pdf("Trang 2"))};
        long before = count("select count(*) from dossier");

        String html = mvc.perform(submission(procedure, key, phone, files)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String code = code(html);
        String check = phone.substring(phone.length() - 4);
        assertThat(html).contains("data-status=\"SUBMITTED\"").contains("Chờ tiếp nhận")
                .contains("/tracking/" + code + "?check=" + check).contains("Hãy ghi lại")
                .doesNotContain("id=\"outcome-replayed\"");
        assertThat(jdbc.sql("select status from dossier where code = ?").param(code).query(String.class).single())
                .isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("select a.code from dossier d join org_agency a on a.id = d.receiving_agency_id "
                + "where d.code = ?").param(code).query(String.class).single()).isEqualTo("TTPVHCC-92");
        assertThat(count("select count(*) from dossier_file where dossier_code = ?", code)).isEqualTo(3);

        // the same form sent again (double click, refresh): the same dossier, no second one, no file twice
        String again = mvc.perform(submission(procedure, key, phone, files)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(code(again)).isEqualTo(code);
        assertThat(again).contains("id=\"outcome-replayed\"");
        assertThat(count("select count(*) from dossier")).isEqualTo(before + 1);
        assertThat(count("select count(*) from dossier_file where dossier_code = ?", code)).isEqualTo(3);

        // the citizen tracks it with the link of the confirmation
        mvc.perform(MockMvcRequestBuilders.get("/tracking/" + code).param("check", check)).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Mới nộp trực tuyến").doesNotContain("id=\"evaluation-form\""));
    }

    @Test
    void aWrongFileTypeIsExplainedAndWritesNothing() throws Exception {
        String procedure = onlineProcedure();
        long dossiersBefore = count("select count(*) from dossier");
        long filesBefore = count("select count(*) from dossier_file");
        String html = mvc.perform(submission(procedure, UUID.randomUUID().toString(), "0912 345 678",
                new MockMultipartFile("file-0", "to-khai.pdf", "application/pdf", pdf("Tờ khai")),
                new MockMultipartFile("file-1", "anh.png", "image/png",
                        "không phải ảnh".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"submit-problem\"").contains("anh.png")
                .contains("không thuộc loại được chấp nhận").contains("vui lòng chọn lại tệp")
                .contains("value=\"Lê Văn Cường\"").contains("value=\"0912 345 678\"")
                .containsPattern("<option value=\"STP-92\"\\s+selected=\"selected\"");
        assertThat(count("select count(*) from dossier")).isEqualTo(dossiersBefore);
        assertThat(count("select count(*) from dossier_file")).isEqualTo(filesBefore);

        // in English, and without any file
        String english = mvc.perform(submission(procedure, UUID.randomUUID().toString(), "0912 345 678")
                .header("Accept-Language", "en").param("lang", "en")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Please attach at least one file");
        // a phone without 4 digits
        assertThat(mvc.perform(submission(procedure, UUID.randomUUID().toString(), "09",
                new MockMultipartFile("file-0", "to-khai.pdf", "application/pdf", pdf("Tờ khai"))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("ít nhất 4 chữ số");
        assertThat(count("select count(*) from dossier")).isEqualTo(dossiersBefore);
        // without the CSRF token the form is refused
        mvc.perform(multipart("/dossiers/new").param("procedure", procedure)).andExpect(status().isForbidden());
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private DossierView act(String user, DossierView d, DossierAction action, LocalDateTime at) {
        as(user);
        return dossiers.act(d.code(), action, ActionInput.of(d.version()), at);
    }

    private DossierView received(String phone, LocalDateTime at) {
        as("motcua.ttpvhcc");
        DossierView d = dossiers.receive(new Reception(onlineProcedure(), Channel.COUNTER, "STP-92",
                new Applicant("Lê Văn Cường", null, phone, null), COMPONENTS, List.of(), null), at, null).dossier();
        SecurityContextHolder.clearContext();
        return d;
    }

    /** Reception → processing → approval → result step → delivery, from a Monday. */
    private DossierView delivered(String phone) {
        LocalDate start = LocalDate.of(2026, 6, 1);
        DossierView d = received(phone, start.atTime(9, 0));
        d = act("motcua.ttpvhcc", d, DossierAction.FORWARD, start.plusDays(1).atTime(8, 0));
        d = act("lanhdao.stp", d, DossierAction.APPROVE, start.plusDays(2).atTime(15, 0));
        d = act("chuyenvien.stp", d, DossierAction.FORWARD, start.plusDays(2).atTime(16, 0));
        d = act("motcua.ttpvhcc", d, DossierAction.DELIVER, start.plusDays(3).atTime(9, 0));
        SecurityContextHolder.clearContext();
        return d;
    }

    @Test
    void onlyAFinishedDossierIsEvaluatedOnceFromTheTrackingPage() throws Exception {
        String phone = phone();
        String check = phone.substring(phone.length() - 4);
        DossierView open = received(phone, LocalDateTime.of(2026, 6, 1, 9, 0));
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/tracking/" + open.code()).param("check", check)).andReturn().getResponse()
                .getContentAsString()).contains("id=\"tracking-result\"").doesNotContain("id=\"evaluation\"");

        DossierView d = delivered(phone);
        assertThat(d.status()).isEqualTo("DELIVERED");
        String page = mvc.perform(MockMvcRequestBuilders.get("/tracking/" + d.code()).param("check", check)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"evaluation-form\"").contains("name=\"_csrf\"")
                .contains("name=\"check\" value=\"" + check + "\"")
                .contains("Tổng thời gian giải quyết thủ tục hành chính").contains("Tổng thời gian ngắn hơn quy định");
        for (int n = 1; n <= 9; n++) {
            assertThat(page).contains("name=\"score-" + n + "\" value=\"0\"");
        }
        assertThat(page).doesNotContain("name=\"score-10\"");

        // one indicator left out: refused readably, the other choices kept, nothing stored
        var missing = post("/tracking/" + d.code() + "/evaluation").with(csrf()).param("check", check);
        for (int n = 1; n <= 8; n++) {
            missing.param("score-" + n, "2");
        }
        mvc.perform(missing).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tracking/" + d.code() + "?check=" + check))
                .andExpect(flash().attribute("evaluationProblem", org.hamcrest.Matchers.containsString("9")));
        assertThat(count("select count(*) from dossier_evaluation where dossier_code = ?", d.code())).isZero();

        var full = post("/tracking/" + d.code() + "/evaluation").with(csrf()).param("check", check);
        for (int n = 1; n <= 9; n++) {
            full.param("score-" + n, n == 9 ? "0" : "2");
        }
        var done = mvc.perform(full).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tracking/" + d.code() + "?check=" + check))
                .andExpect(flash().attribute("evaluationDone", true)).andReturn();
        assertThat(count("select count(*) from dossier_evaluation where dossier_code = ?", d.code())).isEqualTo(1);
        String after = mvc.perform(MockMvcRequestBuilders.get("/tracking/" + d.code()).param("check", check)
                .flashAttrs(Map.copyOf(done.getFlashMap()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(after).contains("id=\"evaluation-thanks\"").contains("16/18 điểm")
                .doesNotContain("id=\"evaluation-form\"");

        // a second evaluation is refused and the first is kept
        mvc.perform(full).andExpect(status().is3xxRedirection()).andExpect(flash().attribute("evaluationProblem",
                org.hamcrest.Matchers.containsString("đã được đánh giá")));
        assertThat(count("select count(*) from dossier_evaluation where dossier_code = ?", d.code())).isEqualTo(1);
        assertThat(count("select sum(s.score) from dossier_evaluation e join dossier_evaluation_score s "
                + "on s.evaluation_id = e.id where e.dossier_code = ?", d.code())).isEqualTo(16);

        // a wrong check stores nothing; without the CSRF token the form is refused
        String wrong = check.equals("0000") ? "1111" : "0000";
        var other = delivered(phone());
        var guess = post("/tracking/" + other.code() + "/evaluation").with(csrf()).param("check", wrong);
        for (int n = 1; n <= 9; n++) {
            guess.param("score-" + n, "2");
        }
        mvc.perform(guess).andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from dossier_evaluation where dossier_code = ?", other.code())).isZero();
        mvc.perform(post("/tracking/" + other.code() + "/evaluation").param("check", wrong))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCounterPicksTheHandlingAgencyFromAgenciesInForce() throws Exception {
        String html = mvc.perform(MockMvcRequestBuilders.get("/staff/dossiers/new").with(user(users.loadUserByUsername("motcua.ttpvhcc"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<select id=\"handling-agency\" name=\"handlingAgencyCode\">")
                .contains("<option value=\"STP-92\">STP-92 · Sở Tư pháp thành phố Cần Thơ</option>")
                .containsPattern("<option value=\"TTPVHCC-92\"\\s+selected=\"selected\">")
                .doesNotContain("value=\"STP-94\"");
    }
}
