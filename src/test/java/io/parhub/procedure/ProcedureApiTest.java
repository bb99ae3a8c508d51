package io.parhub.procedure;

import io.parhub.ApplicationTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public read API and the staff decision API: shapes, problem details in both languages, roles. */
class ProcedureApiTest extends ApplicationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void searchAnswersTheListShape() {
        HttpResponse<String> response = get("/api/v1/procedures?q=dang%20ky%20khai%20sinh&at=2026-01-01&size=5");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("total").asLong()).isPositive();
        JsonNode first = body.get("items").get(0);
        assertThat(first.get("code").asString()).isEqualTo("1.001193");
        assertThat(first.get("levels").get(0).asString()).isEqualTo("commune");
        assertThat(first.get("processingTime").isNull()).isTrue();
        assertThat(first.get("onlineMode").isNull()).isTrue();
        assertThat(body.get("items").size()).isLessThanOrEqualTo(5);

        JsonNode police = json(get("/api/v1/procedures?q=3.000400&level=province&at=2026-01-01")).get("items")
                .get(0);
        assertThat(police.get("processingTime").get("amount").asInt()).isEqualTo(2);
        assertThat(police.get("processingTime").get("unit").asString()).isEqualTo("WORKING_DAYS");
        assertThat(json(get("/api/v1/procedures?field=H%E1%BB%99%20t%E1%BB%8Bch&at=2026-01-01&size=100"))
                .get("items").size()).isGreaterThanOrEqualTo(41);
    }

    @Test
    void badParametersAreProblemsInTheCallersLanguage() {
        HttpResponse<String> vi = get("/api/v1/procedures?level=huyen");
        assertThat(vi.statusCode()).isEqualTo(400);
        assertThat(vi.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(vi).get("type").asString()).isEqualTo("/problems/procedure-invalid-filter");
        assertThat(json(vi).get("detail").asString()).contains("Cấp thực hiện");
        HttpResponse<String> en = get("/api/v1/procedures?size=500", "en");
        assertThat(json(en).get("detail").asString()).isEqualTo("The page size must be between 1 and 100.");
        assertThat(json(get("/api/v1/procedures?at=2026-13-01", "en")).get("title").asString())
                .isEqualTo("Invalid date");
        assertThat(get("/api/v1/procedures/changes?from=2026-01-01").statusCode()).isEqualTo(400);
    }

    @Test
    void detailHasVersionsAndAnUnknownCodeIsA404() {
        JsonNode birth = json(get("/api/v1/procedures/1.001193?at=2026-01-01"));
        assertThat(birth.get("name").asString()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(birth.get("versions").get(0).get("decision").get("number").asString()).isEqualTo("DVCQG-2026");
        assertThat(birth.get("versions").get(0).get("validFrom").asString()).isEqualTo("2025-07-01");
        assertThat(birth.get("components").size()).isEqualTo(8);
        assertThat(birth.has("process")).isTrue();

        HttpResponse<String> vi = get("/api/v1/procedures/1.001193?at=2025-01-01");
        assertThat(vi.statusCode()).isEqualTo(404);
        assertThat(json(vi).get("type").asString()).isEqualTo("/problems/procedure-not-found");
        assertThat(json(vi).get("detail").asString()).isEqualTo("Không có thủ tục mã 1.001193 vào ngày 2025-01-01.");
        HttpResponse<String> en = get("/api/v1/procedures/9.999999", "en");
        assertThat(json(en).get("title").asString()).isEqualTo("Procedure not found");
    }

    @Test
    void statsAndChangesAnswerTheirShapes() {
        JsonNode stats = json(get("/api/v1/procedures/stats?at=2026-01-01"));
        assertThat(stats.get("total").asLong()).isGreaterThanOrEqualTo(415);
        assertThat(stats.get("byLevel").get("province").asLong()).isPositive();
        assertThat(stats.get("byLevel").has("district")).isTrue();
        assertThat(stats.get("byOnlineMode").get("notStated").asLong()).isGreaterThanOrEqualTo(415);
        assertThat(stats.get("byChannel").get("counter").asLong()).isPositive();

        JsonNode changes = json(get("/api/v1/procedures/changes?from=2025-07-01&to=2025-07-01"));
        assertThat(changes.get("counts").get("new").asLong()).isGreaterThanOrEqualTo(415);
        assertThat(changes.get("new").get(0).has("decision")).isTrue();
        assertThat(changes.get("amended").isArray()).isTrue();
        assertThat(get("/api/v1/procedures/changes?from=2026-02-01&to=2026-01-01").statusCode()).isEqualTo(400);
    }

    @Test
    void staffPublishWithAFormThatCanBeDownloaded() throws Exception {
        String code = TestProcedures.code();
        String number = TestProcedures.number();
        byte[] form = "Mẫu tờ khai thử".getBytes(StandardCharsets.UTF_8);
        String body = decisionJson(number, code, "NEW", "Cấp phép biểu mẫu thử", """
                ,"form":{"fileName":"Mẫu số 01.docx","contentType":"application/vnd.openxmlformats-officedocument.wordprocessingml.document","content":"%s"}"""
                .formatted(Base64.getEncoder().encodeToString(form)));
        send(body, "kiemsoat.tthc", "PROCEDURE_CONTROL").andExpect(status().isCreated())
                .andExpect(jsonPath("$.added[0]").value(code)).andExpect(jsonPath("$.replayed").value(false));
        send(body, "kiemsoat.tthc", "PROCEDURE_CONTROL").andExpect(status().isOk())
                .andExpect(jsonPath("$.replayed").value(true));
        assertThat(jdbc.sql("select actor from procedure_decision where number = :n").param("n", number)
                .query(String.class).single()).isEqualTo("kiemsoat.tthc");

        JsonNode detail = json(get("/api/v1/procedures/" + code + "?at=2026-08-01"));
        JsonNode formJson = detail.get("components").get(0).get("form");
        assertThat(formJson.get("fileName").asString()).isEqualTo("Mẫu số 01.docx");
        HttpResponse<String> download = get(formJson.get("url").asString());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("Mẫu tờ khai thử");
        assertThat(download.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
                .contains("UTF-8''M%E1%BA%ABu");
        assertThat(get("/api/v1/procedures/1.001193/forms/" + formJson.get("id").asLong()).statusCode())
                .isEqualTo(404);

        // an amendment may keep the stored form by its hash only
        String amend = decisionJson(TestProcedures.number(), code, "AMENDED", "Cấp phép biểu mẫu thử (sửa)", """
                ,"form":{"fileName":"Mẫu số 01.docx","contentType":"application/vnd.openxmlformats-officedocument.wordprocessingml.document","sha256":"%s"}"""
                .formatted(formJson.get("sha256").asString())).replace("2026-07-01", "2026-09-01")
                .replace("2026-06-20", "2026-08-20");
        send(amend, "admin.test", "ADMIN").andExpect(status().isCreated());
        JsonNode amended = json(get("/api/v1/procedures/" + code + "?at=2026-10-01"));
        assertThat(amended.get("components").get(0).get("form").get("id").asLong())
                .isEqualTo(formJson.get("id").asLong());
        assertThat(amended.get("versions").size()).isEqualTo(2);
    }

    @Test
    void aRejectedDecisionListsEveryErrorInEnglish() throws Exception {
        String body = decisionJson(TestProcedures.number(), "1.001193", "NEW", " ", "");
        mvc.perform(post("/api/v1/procedure-decisions").with(csrf()).with(user("k").roles("PROCEDURE_CONTROL"))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/procedure-decision-invalid"))
                .andExpect(jsonPath("$.title").value("Invalid publication decision"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].index").value(0))
                .andExpect(jsonPath("$.errors[0].code").value("1.001193"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Procedure 1.001193 already exists on 2026-07-01: amend it (AMENDED) instead of adding it."))
                .andExpect(jsonPath("$.errors[1].field").value("content.name"));
        mvc.perform(post("/api/v1/procedure-decisions/validate").with(csrf()).with(user("k").roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.errors[1].message").value("Thông tin bắt buộc chưa được nhập."));
    }

    @Test
    void onlyProcedureControlAndAdministratorsMayPublish() throws Exception {
        String code = TestProcedures.code();
        String body = decisionJson(TestProcedures.number(), code, "NEW", "Thủ tục quyền thử", "");
        send(body, "chuyenvien.test", "SPECIALIST").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/forbidden"));
        mvc.perform(post("/api/v1/procedure-decisions").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/procedure-decisions/validate").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isUnauthorized());
        assertThat(get("/api/v1/procedures/" + code + "?at=2026-08-01").statusCode()).isEqualTo(404);
    }

    @Test
    @WithMockUser(username = "kiemsoat.tthc", roles = "PROCEDURE_CONTROL")
    void anUnreadableBodyIsAProblem() throws Exception {
        mvc.perform(post("/api/v1/procedure-decisions").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"number\": [")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private ResultActions send(String body, String username, String role) throws Exception {
        return mvc.perform(post("/api/v1/procedure-decisions").with(csrf()).with(user(username).roles(role))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String decisionJson(String number, String code, String kind, String name, String formPart) {
        return """
                {"number":"%s","signedOn":"2026-06-20","signer":"Chủ tịch UBND tỉnh thử","effectiveFrom":"2026-07-01",
                 "issuer":"Ủy ban nhân dân tỉnh thử","changes":[{"kind":"%s","code":"%s","content":{
                   "name":"%s","field":"Lĩnh vực thử","levels":["PROVINCE"],
                   "processingTime":{"amount":10,"unit":"WORKING_DAYS"},
                   "components":[{"name":"Tờ khai","originals":1,"copies":0%s}],
                   "channels":["COUNTER","ONLINE"]}}]}
                """.formatted(number, kind, code, name, formPart);
    }

}
