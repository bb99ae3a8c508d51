package io.parhub.procedure.process;

import io.parhub.ApplicationTest;
import io.parhub.procedure.InternalProcessView;
import io.parhub.procedure.ProcedurePublications;
import io.parhub.procedure.ProcessDescriber;
import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.TimeUnit;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Approving internal processes through the staff API: adding up, units, versions, amendments, retries, roles. */
@WithMockUser(username = "kiemsoat.test", roles = "PROCEDURE_CONTROL")
class ProcessApiTest extends ApplicationTest {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    /** 4 h + 5.5 d + 0.5 d + 2 h + 2 h = 7 working days. */
    private static final String SEVEN_DAYS = """
            [{"name":"Tiếp nhận","performer":"Bộ phận Một cửa – Tiếp nhận","amount":4,"unit":"WORKING_HOURS"},
             {"name":"Thẩm định","performer":"Chuyên viên phòng chuyên môn – Thẩm định","amount":"5.5","unit":"WORKING_DAYS"},
             {"name":"Phê duyệt","performer":"Lãnh đạo Sở – Phê duyệt","amount":0.5,"unit":"WORKING_DAYS"},
             {"name":"Phát hành","performer":"Văn thư – Đóng dấu, phát hành","amount":2,"unit":"WORKING_HOURS"},
             {"name":"Trả kết quả","performer":"Bộ phận Một cửa – Trả kết quả","amount":2,"unit":"WORKING_HOURS"}]
            """;

    @Autowired
    ProcedurePublications publications;

    @Autowired
    ProcessDescriber describer;

    @Autowired
    JdbcClient jdbc;

    TestCatalogue catalogue;
    String code;

    @BeforeEach
    void aProcedureOfSevenWorkingDays() {
        catalogue = new TestCatalogue(publications);
        code = TestCatalogue.code();
        catalogue.add(code, FROM, ProcessingTime.of(7, TimeUnit.WORKING_DAYS));
    }

    @Test
    void aProcessThatAddsUpIsApprovedAuditedAndShown() throws Exception {
        approve("1/QĐ-UBND", "2024-02-01", SEVEN_DAYS).andExpect(status().isCreated())
                .andExpect(jsonPath("$.consistent").value(true))
                .andExpect(jsonPath("$.status").value("CONSISTENT"))
                .andExpect(jsonPath("$.total.amount").value(7))
                .andExpect(jsonPath("$.total.unit").value("WORKING_DAYS"))
                .andExpect(jsonPath("$.steps.length()").value(5))
                .andExpect(jsonPath("$.steps[1].amount").value(5.5));

        JsonNode read = json(get("/api/v1/procedures/" + code + "/process?at=2024-03-01"));
        assertThat(read.get("decisionNumber").asString()).isEqualTo("1/QĐ-UBND");
        assertThat(read.get("procedureTime").get("amount").asInt()).isEqualTo(7);
        assertThat(get("/api/v1/procedures/" + code + "/process?at=2024-01-31").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from shared_audit_event where action = 'procedure.process.approved' "
                + "and subject_id = :id").param("id", code + "/1/QĐ-UBND").query(Long.class).single()).isOne();

        InternalProcessView view = describer.describe(code, LocalDate.of(2024, 3, 1));
        assertThat(view).isNotNull();
        assertThat(view.approvedBy()).contains("1/QĐ-UBND");
        assertThat(view.steps()).extracting(InternalProcessView.Step::performer)
                .contains("Lãnh đạo Sở – Phê duyệt");
        assertThat(view.total().amount()).isEqualByComparingTo("7");
        assertThat(describer.describe(code, LocalDate.of(2024, 1, 15))).isNull();
        JsonNode detail = json(get("/api/v1/procedures/" + code + "?at=2024-03-01"));
        assertThat(detail.get("process").get("approvedBy").asString()).contains("1/QĐ-UBND");
        assertThat(detail.get("process").get("steps")).hasSize(5);
    }

    @Test
    void aProcessThatDoesNotAddUpIsRefusedAndNothingIsWritten() throws Exception {
        long before = processes();
        String sixDays = SEVEN_DAYS.replace("\"5.5\"", "\"4.5\"");
        approve("2/QĐ-UBND", "2024-02-01", sixDays).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/process-time-mismatch"))
                .andExpect(jsonPath("$.detail").value(
                        "Tổng thời gian các bước là 6 ngày làm việc, không bằng thời hạn giải quyết của thủ tục là "
                                + "7 ngày làm việc."));
        mvc.perform(post("/api/v1/procedures/" + code + "/process").with(csrf()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(body("2/QĐ-UBND", "2024-02-01", sixDays)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The steps add up to 6 working days, which is not the "
                        + "procedure's processing time of 7 working days."));
        assertThat(processes()).isEqualTo(before);
    }

    @Test
    void workingHoursCountEightToTheDayAndCalendarDaysDoNotMix() throws Exception {
        approve("3/QĐ-UBND", "2024-02-01", """
                [{"name":"Tiếp nhận","performer":"Một cửa","amount":12,"unit":"WORKING_HOURS"},
                 {"name":"Thẩm định","performer":"Chuyên viên","amount":5.5,"unit":"WORKING_DAYS"}]
                """).andExpect(status().isCreated()).andExpect(jsonPath("$.total.amount").value(7));

        approve("4/QĐ-UBND", "2024-03-01", """
                [{"name":"Tiếp nhận","performer":"Một cửa","amount":7,"unit":"CALENDAR_DAYS"}]
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/process-unit-mismatch"));
    }

    @Test
    void aProcedureWithoutAStatedTimeTakesNoProcess() throws Exception {
        String none = TestCatalogue.code();
        catalogue.add(none, FROM, new ProcessingTime(null, null, "Trực tiếp: 18 Ngày làm việc; Trực tuyến: 8 Ngày"));
        mvc.perform(post("/api/v1/procedures/" + none + "/process").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body("5/QĐ-UBND", "2024-02-01", SEVEN_DAYS)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/process-no-time"));
        mvc.perform(post("/api/v1/procedures/NO.SUCH.CODE/process").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body("5/QĐ-UBND", "2024-02-01", SEVEN_DAYS)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aReApprovalReplacesFromItsDateAndTheOldOneStillAnswersBefore() throws Exception {
        approve("10/QĐ-UBND", "2024-02-01", SEVEN_DAYS).andExpect(status().isCreated());
        String other = SEVEN_DAYS.replace("Chuyên viên phòng chuyên môn", "Chuyên viên phòng mới");
        approve("20/QĐ-UBND", "2024-06-01", other).andExpect(status().isCreated());

        JsonNode old = json(get("/api/v1/procedures/" + code + "/process?at=2024-05-31"));
        assertThat(old.get("decisionNumber").asString()).isEqualTo("10/QĐ-UBND");
        assertThat(old.get("validTo").asString()).isEqualTo("2024-06-01");
        JsonNode current = json(get("/api/v1/procedures/" + code + "/process?at=2024-06-01"));
        assertThat(current.get("decisionNumber").asString()).isEqualTo("20/QĐ-UBND");
        assertThat(current.get("validTo").isNull()).isTrue();
        assertThat(current.get("steps").get(1).get("performer").asString()).startsWith("Chuyên viên phòng mới");
        assertThat(current.get("versions")).hasSize(2);

        approve("30/QĐ-UBND", "2024-06-01", SEVEN_DAYS).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/process-date-taken"));
    }

    @Test
    void anAmendedProcessingTimeMakesTheProcessNeedReApproval() throws Exception {
        approve("40/QĐ-UBND", "2024-02-01", SEVEN_DAYS).andExpect(status().isCreated());
        catalogue.amend(code, LocalDate.of(2024, 9, 1), ProcessingTime.of(5, TimeUnit.WORKING_DAYS));

        JsonNode before = json(get("/api/v1/procedures/" + code + "/process?at=2024-08-31"));
        assertThat(before.get("consistent").asBoolean()).isTrue();
        JsonNode after = json(get("/api/v1/procedures/" + code + "/process?at=2024-09-01"));
        assertThat(after.get("consistent").asBoolean()).isFalse();
        assertThat(after.get("status").asString()).isEqualTo("NEEDS_REAPPROVAL");
        assertThat(after.get("procedureTime").get("amount").asInt()).isEqualTo(5);
        assertThat(after.get("total").get("amount").asInt()).isEqualTo(7);
        assertThat(json(get("/api/v1/procedures/" + code + "?at=2024-09-01")).get("process").get("consistent")
                .asBoolean()).as("the catalogue's detail carries the flag").isFalse();
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/procedures/" + code).param("at", "2024-09-01")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).as("the public page warns").contains("id=\"process-out-of-step\"");

        // the re-approval is checked against the amended time
        approve("41/QĐ-UBND", "2024-09-15", SEVEN_DAYS).andExpect(status().isBadRequest());
        approve("41/QĐ-UBND", "2024-09-15", SEVEN_DAYS.replace("\"5.5\"", "\"3.5\""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.consistent").value(true));
    }

    @Test
    void aRetryIsAnsweredOnceAndAReusedNumberIsAConflict() throws Exception {
        long before = processes();
        approve("50/QĐ-UBND", "2024-02-01", SEVEN_DAYS).andExpect(status().isCreated());
        approve("50/QĐ-UBND", "2024-02-01", SEVEN_DAYS).andExpect(status().isOk())
                .andExpect(jsonPath("$.replayed").value(true));
        assertThat(processes()).isEqualTo(before + 1);
        approve("50/QĐ-UBND", "2024-02-01", SEVEN_DAYS.replace("Tiếp nhận", "Nhận"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/process-decision-conflict"));
    }

    @Test
    void onlyProcedureControlAndAdministratorsApprove() throws Exception {
        mvc.perform(post("/api/v1/procedures/" + code + "/process").with(user("chuyenvien").roles("SPECIALIST"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("60/QĐ-UBND", "2024-02-01", SEVEN_DAYS)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/procedures/" + code + "/process").with(user("admin.t").roles("ADMIN"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("61/QĐ-UBND", "2024-02-01", SEVEN_DAYS)))
                .andExpect(status().isCreated());
        var anonymous = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                        .newBuilder(java.net.URI.create(url("/api/v1/procedures/" + code + "/process")))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body("62/QĐ-UBND", "2024-03-01",
                                SEVEN_DAYS))).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isIn(401, 403);
    }

    @Test
    void everySeededProcessAddsUpToItsProcedure(@Autowired ProcessApprovals approvals) {
        var drafts = ProcessSeed.drafts();
        assertThat(drafts).hasSizeGreaterThanOrEqualTo(20);
        for (ProcessDraft draft : drafts) {
            ProcessReading reading = approvals.read(draft.procedureCode(), draft.validFrom()).orElseThrow(
                    () -> new AssertionError("seeded process missing: " + draft.procedureCode()));
            assertThat(reading.consistent()).as(draft.procedureCode()).isTrue();
            assertThat(reading.process().decisionNumber()).isEqualTo(draft.decisionNumber());
            assertThat(reading.process().steps()).hasSameSizeAs(draft.steps());
        }
    }

    private ResultActions approve(String decision, String from, String steps) throws Exception {
        return mvc.perform(post("/api/v1/procedures/" + code + "/process").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body(decision, from, steps)));
    }

    private static String body(String decision, String from, String steps) {
        return """
                {"decisionNumber":"%s","approvedOn":"%s","validFrom":"%s","steps":%s}
                """.formatted(decision, from, from, steps);
    }

    private long processes() {
        return jdbc.sql("select count(*) from procedure_internal_process").query(Long.class).single();
    }
}
