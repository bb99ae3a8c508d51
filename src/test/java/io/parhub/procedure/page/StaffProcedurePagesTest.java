package io.parhub.procedure.page;

import io.parhub.ApplicationTest;
import io.parhub.procedure.ChangeKind;
import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.Procedure;
import io.parhub.procedure.ProcedureChange;
import io.parhub.procedure.ProcedureLevel;
import io.parhub.procedure.ProcedurePublications;
import io.parhub.procedure.Procedures;
import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.TimeUnit;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The staff pages publish one-procedure decisions: add, amend (new version), abolish, check; roles. */
class StaffProcedurePagesTest extends ApplicationTest {

    private static final RequestPostProcessor CONTROL = user("kiemsoat.page").roles("PROCEDURE_CONTROL");

    @Autowired
    ProcedurePublications publications;

    @Autowired
    Procedures procedures;

    @Autowired
    Clock clock;

    @Test
    void anAmendmentOnTheFormIsANewVersionFromItsEffectiveDate() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String code = existing("Cấp phép sửa trên trang", today.minusDays(30));
        String edit = page(MockMvcRequestBuilders.get("/staff/procedures/" + code + "/edit").with(CONTROL), 200);
        assertThat(edit).contains("id=\"procedure-form\"", "id=\"decision-number\"", "value=\"Cấp phép sửa trên trang\"",
                "id=\"validate-button\"", "id=\"publish-button\"", "enctype=\"multipart/form-data\"",
                "Tờ khai thử");

        LocalDate effective = today.plusDays(10);
        String number = PageFixtures.number();
        MvcResult result = mvc.perform(form(multipart("/staff/procedures/" + code + "/edit"), number, effective)
                        .param("name", "Cấp phép sửa trên trang (sửa đổi)")
                        .param("timeAmount", "3").param("timeUnit", "WORKING_DAYS")
                        .param("components[0].name", "Tờ khai thử (mẫu mới)").param("components[0].originals", "2")
                        .param("components[1].name", "Bản sao giấy tờ tùy thân").param("components[1].copies", "1")
                        .param("fees", "Lệ phí cấp phép | 50.000").param("action", "publish"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/procedures/" + code + "?at=" + effective);
        assertThat(result.getFlashMap().get("message").toString()).contains(number);

        String after = get("/procedures/" + code + "?at=" + effective).body();
        assertThat(after).contains("Cấp phép sửa trên trang (sửa đổi)", "3 ngày làm việc", "Bản sao giấy tờ tùy thân",
                "50.000 VND", number, "data-version=\"2\"", "id=\"future-note\"");
        String before = get("/procedures/" + code + "?at=" + today).body();
        assertThat(before).contains(">Cấp phép sửa trên trang</h1>", "5 ngày làm việc").doesNotContain("(sửa đổi)</h1>");
        Procedure v2 = procedures.find(code, effective).orElseThrow();
        assertThat(v2.version().changeKind()).isEqualTo(ChangeKind.AMENDED);
        assertThat(v2.content().components()).extracting(c -> c.name() + "/" + c.originals() + "/" + c.copies())
                .containsExactly("Tờ khai thử (mẫu mới)/2/null", "Bản sao giấy tờ tùy thân/null/1");
        assertThat(v2.content().levels()).containsExactly(ProcedureLevel.PROVINCE);

        // the same submission again is a replay, not a third version
        mvc.perform(form(multipart("/staff/procedures/" + code + "/edit"), number, effective)
                .param("name", "Cấp phép sửa trên trang (sửa đổi)")
                .param("timeAmount", "3").param("timeUnit", "WORKING_DAYS")
                .param("components[0].name", "Tờ khai thử (mẫu mới)").param("components[0].originals", "2")
                .param("components[1].name", "Bản sao giấy tờ tùy thân").param("components[1].copies", "1")
                .param("fees", "Lệ phí cấp phép | 50.000"));
        assertThat(procedures.versions(code)).hasSize(2);
    }

    @Test
    void aNewProcedureWithAnUploadedFormThatTheNextAmendmentKeeps() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String code = PageFixtures.code();
        byte[] docx = "mẫu tờ khai thử".getBytes(StandardCharsets.UTF_8);
        MvcResult created = mvc.perform(form(multipart("/staff/procedures/new")
                        .file(new MockMultipartFile("components[0].upload", "Mau-01-T8.docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)),
                        PageFixtures.number(), today)
                        .param("code", code).param("name", "Thủ tục mới trên trang")
                        .param("components[0].name", "Tờ khai theo mẫu").param("components[0].originals", "1"))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        Procedure v1 = procedures.find(code, today).orElseThrow();
        assertThat(v1.version().changeKind()).isEqualTo(ChangeKind.NEW);
        long formId = v1.content().components().get(0).form().id();
        String page = get("/procedures/" + code).body();
        assertThat(page).contains("/api/v1/procedures/" + code + "/forms/" + formId, "Mau-01-T8.docx");
        var download = get("/api/v1/procedures/" + code + "/forms/" + formId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("mẫu tờ khai thử");

        // the edit form carries the stored form; publishing without touching it keeps it
        String edit = page(MockMvcRequestBuilders.get("/staff/procedures/" + code + "/edit").with(CONTROL), 200);
        assertThat(edit).contains("Mau-01-T8.docx", "name=\"components[0].formSha256\"");
        String sha = v1.content().components().get(0).form().sha256();
        mvc.perform(form(multipart("/staff/procedures/" + code + "/edit"), PageFixtures.number(), today.plusDays(1))
                .param("name", "Thủ tục mới trên trang (sửa)")
                .param("components[0].name", "Tờ khai theo mẫu").param("components[0].originals", "1")
                .param("components[0].formFileName", "Mau-01-T8.docx")
                .param("components[0].formContentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .param("components[0].formSha256", sha));
        Procedure v2 = procedures.find(code, today.plusDays(1)).orElseThrow();
        assertThat(v2.version().version()).isEqualTo(2);
        assertThat(v2.content().components().get(0).form().sha256()).isEqualTo(sha);
    }

    @Test
    void errorsAreShownNextToTheFormAndNothingIsWritten() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String code = PageFixtures.code();
        MvcResult rejected = mvc.perform(post("/staff/procedures/new").with(csrf()).with(CONTROL)
                        .param("decision.number", PageFixtures.number()).param("decision.signedOn", today.toString())
                        .param("decision.effectiveFrom", today.minusDays(3).toString())
                        .param("decision.issuer", "UBND tỉnh thử")
                        .param("code", code).param("name", "").param("field", "")
                        .param("steps", "Bước 1: nộp\nBước 2: nhận")
                        .param("components[0].name", "").param("components[0].originals", "2")
                        .param("action", "publish"))
                .andReturn();
        assertThat(rejected.getResponse().getStatus()).isEqualTo(400);
        String page = rejected.getResponse().getContentAsString();
        assertThat(page).contains("id=\"form-problems\"", "data-field=\"name\"", "data-field=\"field\"",
                "data-field=\"levels\"", "data-field=\"decision.effectiveFrom\"", "data-field=\"components[0]\"",
                "Chưa có gì được ghi", "Bước 1: nộp\nBước 2: nhận", "value=\"" + code + "\"");
        assertThat(procedures.versions(code)).isEmpty();

        // a date that is not one is reported by the form itself
        String unreadable = mvc.perform(post("/staff/procedures/new").with(csrf()).with(CONTROL)
                        .param("decision.number", PageFixtures.number()).param("decision.signedOn", "31/02/2026")
                        .param("decision.effectiveFrom", "").param("code", code).param("name", "Tên")
                        .param("components[0].originals", "hai"))
                .andReturn().getResponse().getContentAsString();
        assertThat(unreadable).contains("data-field=\"decision.signedOn\"", "data-field=\"decision.effectiveFrom\"",
                "không hợp lệ", "không phải là số");
        assertThat(procedures.versions(code)).isEmpty();
    }

    @Test
    void checkingAValidFormWritesNothing() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String code = PageFixtures.code();
        MvcResult checked = mvc.perform(form(post("/staff/procedures/new"), PageFixtures.number(), today)
                        .param("code", code).param("name", "Thủ tục chỉ kiểm tra").param("action", "validate"))
                .andReturn();
        assertThat(checked.getResponse().getStatus()).isEqualTo(200);
        assertThat(checked.getResponse().getContentAsString()).contains("id=\"form-checked\"")
                .doesNotContain("id=\"form-problems\"");
        assertThat(procedures.versions(code)).isEmpty();

        String more = mvc.perform(form(post("/staff/procedures/new"), PageFixtures.number(), today)
                .param("code", code).param("name", "Thủ tục thêm dòng").param("action", "rows")
                .param("components[0].name", "Tờ khai").param("components[1].name", "")
                .param("components[2].name", ""))
                .andReturn().getResponse().getContentAsString();
        assertThat(more).contains("value=\"Tờ khai\"", "name=\"components[" + (3 + ProcedureForm.SPARE_ROWS - 1) + "].name\"")
                .doesNotContain("id=\"form-problems\"");
        assertThat(procedures.versions(code)).isEmpty();
    }

    @Test
    void theSameDecisionNumberWithOtherContentIsAConflict() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String code = PageFixtures.code();
        String number = PageFixtures.number();
        mvc.perform(form(post("/staff/procedures/new"), number, today).param("code", code).param("name", "Bản một"));
        MvcResult conflict = mvc.perform(form(post("/staff/procedures/new"), number, today)
                        .param("code", PageFixtures.code()).param("name", "Bản hai"))
                .andReturn();
        assertThat(conflict.getResponse().getStatus()).isEqualTo(409);
        assertThat(conflict.getResponse().getContentAsString()).contains("id=\"form-conflict\"", "Bản hai");
    }

    @Test
    void retiringAbolishesFromTheEffectiveDate() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String code = existing("Thủ tục sẽ bãi bỏ trên trang", today.minusDays(20));
        assertThat(page(MockMvcRequestBuilders.get("/staff/procedures/" + code + "/retire").with(CONTROL), 200))
                .contains("id=\"retire-form\"", "Thủ tục sẽ bãi bỏ trên trang", "id=\"decision-number\"");
        LocalDate effective = today.plusDays(5);
        String number = PageFixtures.number();
        MvcResult result = mvc.perform(post("/staff/procedures/" + code + "/retire").with(csrf()).with(CONTROL)
                        .param("decision.number", number).param("decision.signedOn", today.toString())
                        .param("decision.effectiveFrom", effective.toString()).param("decision.issuer", "UBND tỉnh thử"))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/procedures/" + code + "?at=" + effective);
        assertThat(procedures.find(code, effective)).isEmpty();
        assertThat(procedures.find(code, effective.minusDays(1))).isPresent();
        var after = get("/procedures/" + code + "?at=" + effective);
        assertThat(after.statusCode()).isEqualTo(404);
        assertThat(after.body()).contains("id=\"not-valid\"", number);

        // a retire without a decision number is refused with the reason, nothing written
        String other = existing("Thủ tục không bãi bỏ", today.minusDays(20));
        MvcResult refused = mvc.perform(post("/staff/procedures/" + other + "/retire").with(csrf()).with(CONTROL)
                        .param("decision.number", "").param("decision.signedOn", today.toString())
                        .param("decision.effectiveFrom", effective.toString()).param("decision.issuer", "UBND"))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(refused.getResponse().getContentAsString()).contains("data-field=\"decision.number\"");
        assertThat(procedures.versions(other).get(0).validTo()).isNull();
    }

    @Test
    void theStaffListSearchesAndLinksToTheActions() throws Exception {
        String list = page(MockMvcRequestBuilders.get("/staff/procedures").param("q", "dang ky khai sinh").with(CONTROL), 200);
        assertThat(list).contains("id=\"add-procedure\"", "data-code=\"1.001193\"",
                "/staff/procedures/1.001193/edit", "/staff/procedures/1.001193/retire");
        assertThat(page(MockMvcRequestBuilders.get("/staff/procedures/new").with(user("admin.page").roles("ADMIN")), 200))
                .contains("id=\"procedure-form\"", "id=\"code\"");
        // staff see the actions on the public page
        assertThat(page(MockMvcRequestBuilders.get("/procedures/1.001193").with(CONTROL), 200)).contains("id=\"edit-link\"", "id=\"retire-link\"");
    }

    @Test
    void onlyProcedureControlAndAdministratorsMayUseTheStaffPages() throws Exception {
        for (String path : List.of("/staff/procedures", "/staff/procedures/new", "/staff/procedures/1.001193/edit")) {
            var anonymous = mvc.perform(MockMvcRequestBuilders.get(path).accept(MediaType.TEXT_HTML)).andReturn()
                    .getResponse();
            assertThat(anonymous.getStatus()).isEqualTo(302);
            assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
        }
        var specialist = user("chuyenvien.page").roles("SPECIALIST");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/staff/procedures").with(specialist)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/staff/procedures/1.001193/edit").with(specialist)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        String code = PageFixtures.code();
        assertThat(mvc.perform(form(post("/staff/procedures/new"), PageFixtures.number(), LocalDate.now(clock))
                        .with(specialist).param("code", code).param("name", "Không được phép"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(procedures.versions(code)).isEmpty();
    }

    /** A procedure published through the API, in force from {@code from}. */
    private String existing(String name, LocalDate from) {
        String code = PageFixtures.code();
        publications.publish(PageFixtures.decision(from, ProcedureChange.added(code, PageFixtures.content(name,
                "Lĩnh vực thử", List.of(ProcedureLevel.PROVINCE), "Sở Thử nghiệm",
                ProcessingTime.of(5, TimeUnit.WORKING_DAYS), OnlineMode.PARTIAL))), "tester");
        return code;
    }

    /** A staff form as posted by the browser: decision header, the required content, CSRF, the control role. */
    private static <B extends AbstractMockHttpServletRequestBuilder<B>> B form(B request, String number,
            LocalDate effective) {
        return request.with(csrf()).with(CONTROL)
                .param("decision.number", number).param("decision.signedOn", effective.minusDays(2).toString())
                .param("decision.effectiveFrom", effective.toString()).param("decision.signer", "Chủ tịch thử")
                .param("decision.issuer", "Ủy ban nhân dân tỉnh thử").param("field", "Lĩnh vực thử")
                .param("levels", "PROVINCE").param("channels", "COUNTER");
    }

    private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }
}
