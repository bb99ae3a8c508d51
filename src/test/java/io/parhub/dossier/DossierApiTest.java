package io.parhub.dossier;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The staff and public dossier API over HTTP: reception outcomes, idempotency, problems, scoping, tracking. */
class DossierApiTest extends DossierTestSupport {

    @Autowired
    JdbcClient jdbc;

    private String body(String procedure, String components, String extra) {
        return """
                {"procedureCode":"%s","channel":"COUNTER","handlingAgencyCode":"STP-92",
                 "applicant":{"name":"Nguyễn Văn An","idNumber":"094123456789","phone":"0912 345 678",
                              "address":"Phường Phú Lợi"},
                 "componentsHandedIn":%s%s}""".formatted(procedure, components, extra);
    }

    private ResultActions postDossier(String json, String key, String language) throws Exception {
        var request = post("/api/v1/dossiers").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", language).content(json);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    private JsonNode read(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    @WithUserDetails(COUNTER)
    void aCompleteDossierIsReceivedWithACodeAndAnAppointmentAndAuditedOnce() throws Exception {
        JsonNode d = read(postDossier(body(procedure(5), "[\"Tờ khai\",\"Bản sao giấy khai sinh\",\"Ảnh 4x6\"]", ""),
                null, "vi").andExpect(status().isCreated()));
        String code = d.get("code").asString();
        assertThat(code).matches("TTPVHCC-92-\\d{6}-\\d{4}");
        assertThat(d.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(d.get("nationalCode").asInt()).isEqualTo(2);
        assertThat(d.get("nationalStatus").asString()).isEqualTo("Được tiếp nhận");
        assertThat(d.get("dueAt").isNull()).isFalse();
        assertThat(d.get("history")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from shared_audit_event where action = 'dossier.received' "
                + "and subject_id = :code").param("code", code).query(Long.class).single()).isOne();
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/dossiers/" + code)).andExpect(status().isOk())
                .andExpect(jsonPath("$.applicant.name").value("Nguyễn Văn An"));
    }

    @Test
    @WithUserDetails(COUNTER)
    void anIncompleteDossierGetsGuidanceListingEveryMissingItemAtOnce() throws Exception {
        JsonNode d = read(postDossier(body(procedure(5), "[\"Tờ khai\"]", ""), null, "vi")
                .andExpect(status().isCreated()));
        assertThat(d.get("status").asString()).isEqualTo("AWAITING_COMPLETION");
        assertThat(d.get("nationalCode").asInt()).isEqualTo(1);
        assertThat(d.get("missingItems").values()).extracting(JsonNode::asString)
                .containsExactly("Bản sao giấy khai sinh", "Ảnh 4x6");
        assertThat(d.get("dueAt").isNull()).isTrue();
        assertThat(d.get("receivedAt").isNull()).isTrue();
    }

    @Test
    @WithUserDetails(COUNTER)
    void anIneligibleDossierIsRefusedAtReceptionWithReasons() throws Exception {
        JsonNode d = read(postDossier(body(procedure(5), "[]", ",\"refusalReasons\":[\"Không thuộc thẩm quyền\"]"),
                null, "vi").andExpect(status().isCreated()));
        assertThat(d.get("status").asString()).isEqualTo("REFUSED_AT_RECEPTION");
        assertThat(d.get("nationalCode").asInt()).isEqualTo(3);
        assertThat(d.get("reasons").get(0).asString()).isEqualTo("Không thuộc thẩm quyền");
    }

    @Test
    @WithUserDetails(COUNTER)
    void aRetryWithTheSameKeyReturnsTheSameDossierAndAnotherBodyIsAConflict() throws Exception {
        String procedure = procedure(5);
        String json = body(procedure, "[\"Tờ khai\",\"Bản sao giấy khai sinh\",\"Ảnh 4x6\"]", "");
        String key = "retry-" + System.nanoTime();
        long before = jdbc.sql("select count(*) from dossier where procedure_code = :p").param("p", procedure)
                .query(Long.class).single();
        String first = read(postDossier(json, key, "vi").andExpect(status().isCreated())).get("code").asString();
        String again = read(postDossier(json, key, "vi").andExpect(status().isOk())).get("code").asString();
        assertThat(again).isEqualTo(first);
        postDossier(body(procedure, "[\"Tờ khai\"]", ""), key, "en").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/dossier-idempotency-key"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("already used")));
        assertThat(jdbc.sql("select count(*) from dossier where procedure_code = :p").param("p", procedure)
                .query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails(COUNTER)
    void anUnknownProcedureIsAProblemInTheCallersLanguageAndWritesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from dossier").query(Long.class).single();
        postDossier(body("KHONG.CO.999", "[]", ""), null, "vi").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/dossier-unknown-procedure"))
                .andExpect(jsonPath("$.title").value("Thủ tục không tồn tại"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không có hiệu lực")));
        postDossier(body("KHONG.CO.999", "[]", ""), null, "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Unknown procedure"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("is not in force")));
        assertThat(jdbc.sql("select count(*) from dossier").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aStaleVersionGetsA409AndTheFirstChangeIsKept() throws Exception {
        DossierView d = receive(procedure(5), java.time.LocalDateTime.now().minusHours(1));
        signOut();
        String forward = "{\"version\":%d}".formatted(d.version());
        mvc.perform(post("/api/v1/dossiers/" + d.code() + "/actions/forward").with(csrf())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(users.loadUserByUsername(SPECIALIST)))
                .contentType(MediaType.APPLICATION_JSON).content(forward)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS")).andExpect(jsonPath("$.version").value(1));
        mvc.perform(post("/api/v1/dossiers/" + d.code() + "/actions/request-supplement").with(csrf())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(users.loadUserByUsername(LEADER)))
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"items\":[\"Tờ khai\"]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/dossier-stale"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("nothing was lost")));
        as(SPECIALIST);
        DossierView now = dossiers.find(d.code()).orElseThrow();
        assertThat(now.status()).isEqualTo("IN_PROGRESS");
        assertThat(now.supplementRequests()).isZero();
    }

    @Test
    void anOfficerOfAnotherAgencyGets403() throws Exception {
        DossierView d = receive(procedure(5), java.time.LocalDateTime.now().minusHours(1));
        signOut();
        var other = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername(OTHER_COUNTER));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/dossiers/" + d.code()).with(other)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/dossiers/" + d.code() + "/actions/withdraw").with(csrf()).with(other)
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
                .andExpect(status().isForbidden());
        // a specialist may not approve: that is the leader's
        mvc.perform(post("/api/v1/dossiers/" + d.code() + "/actions/approve").with(csrf())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(users.loadUserByUsername(SPECIALIST)))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.type").value("/problems/dossier-role"));
        as(COUNTER);
        assertThat(dossiers.find(d.code()).orElseThrow().status()).isEqualTo("RECEIVED");
    }

    @Test
    void citizensTrackByCodeAndTheLastFourDigitsOfThePhoneWithoutPersonalData() {
        DossierView d = receive(procedure(5), java.time.LocalDateTime.now().minusHours(1));
        signOut();
        HttpResponse<String> wrong = get("/api/v1/public/dossiers/" + d.code() + "?check=1111");
        assertThat(wrong.statusCode()).isEqualTo(404);
        HttpResponse<String> ok = get("/api/v1/public/dossiers/" + d.code() + "?check=4567");
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode t = json(ok);
        assertThat(t.get("nationalCode").asInt()).isEqualTo(2);
        assertThat(t.get("statusText").asString()).isEqualTo("Được tiếp nhận");
        assertThat(t.get("history").get(0).get("text").asString())
                .isEqualTo("Hồ sơ đã được tiếp nhận và hẹn ngày trả kết quả.");
        assertThat(ok.body()).doesNotContain("Nguyễn Văn An").doesNotContain("0901234567")
                .doesNotContain(COUNTER);
    }

    @Test
    @WithUserDetails(COUNTER)
    void queuesAndTheControlSheetOverHttpAndTrackingIgnoresSpacesInThePhone() throws Exception {
        JsonNode d = read(postDossier(body(procedure(5), "[\"Tờ khai\",\"Bản sao giấy khai sinh\",\"Ảnh 4x6\"]", ""),
                null, "vi").andExpect(status().isCreated()));
        String code = d.get("code").asString();
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/dossiers?queue=agency")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '" + code + "')]").exists());
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/dossiers?queue=someday")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/dossier-unknown-queue"));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/dossiers/" + code + "/control-sheet"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.runs[0].step").value(1))
                .andExpect(jsonPath("$.runs[0].name").value("Tiếp nhận hồ sơ"));
        mvc.perform(post("/api/v1/dossiers/" + code + "/actions/fly").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value("/problems/dossier-unknown-action"));
        // the phone was typed as "0912 345 678"
        assertThat(get("/api/v1/public/dossiers/" + code + "?check=5678").statusCode()).isEqualTo(200);
    }
}
