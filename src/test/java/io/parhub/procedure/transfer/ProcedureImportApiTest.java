package io.parhub.procedure.transfer;

import io.parhub.ApplicationTest;
import io.parhub.procedure.ProcedureVersion;
import io.parhub.procedure.Procedures;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static io.parhub.procedure.transfer.TransferTestSupport.DEMO_PASSWORD;
import static io.parhub.procedure.transfer.TransferTestSupport.csv;
import static io.parhub.procedure.transfer.TransferTestSupport.decisionNumber;
import static io.parhub.procedure.transfer.TransferTestSupport.importing;
import static io.parhub.procedure.transfer.TransferTestSupport.prefix;
import static io.parhub.procedure.transfer.TransferTestSupport.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Import through the API: dry run, all-or-nothing, versions as of a date, idempotency, roles, languages. */
class ProcedureImportApiTest extends ApplicationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Procedures procedures;

    private JsonNode send(org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request,
            int status, String language) throws Exception {
        MvcResult result = mvc.perform(request.with(httpBasic("kiemsoat.tthc", DEMO_PASSWORD))
                        .header("Accept-Language", language))
                .andExpect(status().is(status)).andReturn();
        if (status >= 400) {
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        }
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static byte[] fixture(String name) throws Exception {
        try (InputStream in = ProcedureImportApiTest.class.getResourceAsStream("/procedure/transfer/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aDryRunListsEveryBadRowInTheCallersLanguageAndWritesNothing() throws Exception {
        var before = TransferTestSupport.Counts.of(jdbc);
        byte[] file = fixture("bad-rows.csv");

        JsonNode en = send(importing(true, file, "bad-rows.csv", decisionNumber(), "2026-02-01"), 400, "en");
        assertThat(en.get("type").asString()).isEqualTo("/problems/procedure-import-invalid");
        assertThat(en.get("title").asString()).isEqualTo("The import file has errors");
        assertThat(en.get("dryRun").asBoolean()).isTrue();
        JsonNode errors = en.get("errors");
        assertThat(errors.size()).isGreaterThanOrEqualTo(11);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(1);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("remarks");
        assertThat(en.get("detail").asString()).isEqualTo(
                "The file has " + errors.size() + " errors; nothing was written. The errors of each row are listed "
                        + "in \"errors\".");
        assertThat(messageAt(errors, 2, "levels")).isEqualTo(
                "The level \"Cấp vùng\" is not valid; use PROVINCE, DISTRICT, COMMUNE or MINISTRY.");
        assertThat(messageAt(errors, 6, "code")).isEqualTo(
                "The procedure code \"9.T70001\" is already used in row 2 of the same file.");

        JsonNode vi = send(importing(true, file, "bad-rows.csv", decisionNumber(), "2026-02-01"), 400, "vi");
        assertThat(vi.get("title").asString()).isEqualTo("Tệp nhập có lỗi");
        assertThat(messageAt(vi.get("errors"), 4, "processing_time_unit")).startsWith(
                "Đơn vị thời hạn \"Tuần\" không hợp lệ");
        assertThat(messageAt(vi.get("errors"), 3, "processing_time_amount")).isEqualTo(
                "Thời hạn giải quyết \"mười\" không phải là số dương.");

        assertThat(TransferTestSupport.Counts.of(jdbc)).isEqualTo(before);
        assertThat(procedures.find("9.T70010", LocalDate.of(2026, 3, 1))).isEmpty();
    }

    @Test
    void theDryRunAlsoReportsTheCatalogueRulesOnTheirRows() throws Exception {
        String p = prefix();
        byte[] file = csv(row("NEW", p + "-1", "Thủ tục thử mới"), row("AMENDED", p + "-404", "Không tồn tại"),
                "ABOLISHED," + p + "-405,,,,,,,,", row("NEW", p + "-2", "Thủ tục thử huyện").replace("Cấp xã",
                        "Cấp huyện"));
        JsonNode problem = send(importing(true, file, "rules.csv", decisionNumber(), "2026-02-01"), 400, "en");
        JsonNode errors = problem.get("errors");
        assertThat(messageAt(errors, 3, "code")).isEqualTo(
                "There is no procedure " + p + "-404 on 2026-02-01 to amend or abolish.");
        assertThat(messageAt(errors, 4, "code")).contains(p + "-405");
        assertThat(messageAt(errors, 5, "levels")).contains("no district level");
        assertThat(errors.size()).isEqualTo(3);

        JsonNode vi = send(importing(true, file, "rules.csv", decisionNumber(), "2026-02-01"), 400, "vi");
        assertThat(messageAt(vi.get("errors"), 3, "code")).contains(p + "-404").doesNotContain("There is no");
    }

    @Test
    void aRealImportWithOneBadRowWritesNothing() throws Exception {
        String p = prefix();
        var before = TransferTestSupport.Counts.of(jdbc);
        byte[] parseError = csv(row("NEW", p + "-1", "Thủ tục thử một"), row("NEW", p + "-2", "Thủ tục thử hai"),
                row("NEW", p + "-3", "Thủ tục thử ba").replace(",5,", ",năm,"));
        JsonNode problem = send(importing(false, parseError, "one-bad.csv", decisionNumber(), "2026-02-01"), 400,
                "en");
        assertThat(problem.get("dryRun").asBoolean()).isFalse();
        assertThat(problem.get("errors").size()).isEqualTo(1);
        assertThat(problem.get("errors").get(0).get("row").asInt()).isEqualTo(4);

        byte[] ruleError = csv(row("NEW", p + "-1", "Thủ tục thử một"), row("AMENDED", p + "-9", "Không có"));
        send(importing(false, ruleError, "one-bad.csv", decisionNumber(), "2026-02-01"), 400, "en");

        assertThat(TransferTestSupport.Counts.of(jdbc)).isEqualTo(before);
        assertThat(procedures.find(p + "-1", LocalDate.of(2026, 3, 1))).isEmpty();
    }

    @Test
    void aGoodImportPublishesNewAmendedAndAbolishedVersionsSeenAsOfTheirDates() throws Exception {
        String p = prefix();
        byte[] first = csv(row("NEW", p + "-A", "Thủ tục thử A"), row("NEW", p + "-B", "Thủ tục thử B"));
        JsonNode created = send(importing(false, first, "first.csv", decisionNumber(), "2026-02-01"), 201, "en");
        assertThat(created.get("added").asLong()).isEqualTo(2);
        assertThat(created.get("decisionId").isNull()).isFalse();

        byte[] second = csv(row("Sửa đổi", p + "-A", "Thủ tục thử A (sửa đổi)"), "Bãi bỏ," + p + "-B,,,,,,,,",
                row("Mới", p + "-C", "Thủ tục thử C"));
        String number = decisionNumber();
        var beforeDryRun = TransferTestSupport.Counts.of(jdbc);
        JsonNode dry = send(importing(true, second, "second.csv", number, "2026-05-01"), 200, "vi");
        assertThat(dry.get("valid").asBoolean()).isTrue();
        assertThat(dry.get("added").asLong()).isEqualTo(1);
        assertThat(dry.get("amended").asLong()).isEqualTo(1);
        assertThat(dry.get("abolished").asLong()).isEqualTo(1);
        assertThat(TransferTestSupport.Counts.of(jdbc)).isEqualTo(beforeDryRun);

        send(importing(false, second, "second.csv", number, "2026-05-01"), 201, "vi");
        var a = procedures.find(p + "-A", LocalDate.of(2026, 4, 30)).orElseThrow();
        assertThat(a.content().name()).isEqualTo("Thủ tục thử A");
        assertThat(a.content().processingTime().amount()).isEqualByComparingTo("5");
        assertThat(a.content().components().get(0).originals()).isEqualTo(1);
        assertThat(procedures.find(p + "-A", LocalDate.of(2026, 5, 1)).orElseThrow().content().name())
                .isEqualTo("Thủ tục thử A (sửa đổi)");
        assertThat(procedures.versions(p + "-A")).extracting(ProcedureVersion::validFrom)
                .containsExactly(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1));
        assertThat(procedures.find(p + "-B", LocalDate.of(2026, 4, 30))).isPresent();
        assertThat(procedures.find(p + "-B", LocalDate.of(2026, 5, 1))).isEmpty();
        assertThat(procedures.find(p + "-C", LocalDate.of(2026, 4, 30))).isEmpty();
        assertThat(procedures.find(p + "-C", LocalDate.of(2026, 5, 1))).isPresent();
        assertThat(jdbc.sql("select count(*) from shared_audit_event where action = 'procedure.import.completed' "
                + "and details->>'decision' = :n").param("n", number).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void reimportingTheSameFileWithTheSameDecisionChangesNothing() throws Exception {
        String p = prefix();
        String number = decisionNumber();
        byte[] file = csv(row("NEW", p + "-1", "Thủ tục thử lặp lại"));
        JsonNode first = send(importing(false, file, "again.csv", number, "2026-02-01"), 201, "en");
        assertThat(first.get("alreadyImported").asBoolean()).isFalse();
        var after = TransferTestSupport.Counts.of(jdbc);

        JsonNode dry = send(importing(true, file, "again.csv", number, "2026-02-01"), 200, "en");
        assertThat(dry.get("alreadyImported").asBoolean()).isTrue();
        JsonNode second = send(importing(false, file, "renamed.csv", number, "2026-02-01"), 200, "en");
        assertThat(second.get("alreadyImported").asBoolean()).isTrue();
        assertThat(second.get("decisionId").asLong()).isEqualTo(first.get("decisionId").asLong());
        assertThat(second.get("sha256").asString()).isEqualTo(first.get("sha256").asString());

        // the same content in another format is a replay of the published decision, not a second one
        String json = """
                [{"change":"NEW","code":"%s-1","name":"Thủ tục thử lặp lại","field":"Hộ tịch","levels":["Cấp xã"],
                  "processing_time_amount":5,"processing_time_unit":"Ngày làm việc",
                  "channels":["Trực tiếp","Trực tuyến"],"legal_bases":["123/2015/NĐ-CP"],
                  "components":["Tờ khai [originals: 1, copies: 0]"]}]""".formatted(p);
        JsonNode replay = send(importing(false, json.getBytes(StandardCharsets.UTF_8), "again.json", number,
                "2026-02-01"), 200, "en");
        assertThat(replay.get("alreadyImported").asBoolean()).isTrue();
        assertThat(replay.get("format").asString()).isEqualTo("JSON");

        var now = TransferTestSupport.Counts.of(jdbc);
        assertThat(now.versions()).isEqualTo(after.versions());
        assertThat(now.changes()).isEqualTo(after.changes());
        assertThat(now.decisions()).isEqualTo(after.decisions());
        assertThat(now.audit()).isEqualTo(after.audit());
        assertThat(procedures.versions(p + "-1")).hasSize(1);
    }

    @Test
    void onlyProcedureControlOfficersAndAdministratorsMayImport() throws Exception {
        byte[] file = csv(row("NEW", prefix() + "-1", "Thủ tục thử quyền"));
        mvc.perform(importing(true, file, "x.csv", decisionNumber(), "2026-02-01").with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(importing(true, file, "x.csv", decisionNumber(), "2026-02-01")
                        .with(httpBasic("chuyenvien.stp", DEMO_PASSWORD)).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(importing(true, file, "x.csv", decisionNumber(), "2026-02-01")
                        .with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void missingDecisionFieldsAreReportedWithTheFileErrors() throws Exception {
        byte[] file = csv(row("NEW", prefix() + "-1", "Thủ tục thử"));
        var request = importing(true, file, "x.csv", "", "2026-13-01");
        JsonNode problem = send(request, 400, "en");
        assertThat(problem.get("errors").findValuesAsString("column")).contains("number", "effectiveFrom");
        assertThat(messageAt(problem.get("errors"), 0, "effectiveFrom"))
                .isEqualTo("The date \"2026-13-01\" is not in the form YYYY-MM-DD.");
    }

    private static String messageAt(JsonNode errors, int row, String column) {
        for (JsonNode e : errors) {
            if (e.get("row").asInt() == row && e.get("column").asString().equals(column)) {
                return e.get("message").asString();
            }
        }
        throw new AssertionError("no error at row " + row + ", column " + column + " in " + errors);
    }
}
