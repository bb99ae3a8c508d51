package io.parhub.dossier.web;

import io.parhub.ApplicationTest;
import io.parhub.dossier.Dossiers;
import io.parhub.dossier.StatisticsFixture;
import io.parhub.dossier.StatisticsFixture.History;
import io.parhub.procedure.ProcedurePublications;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The annex files: opened with Apache POI and parsed with Commons CSV, they carry the title, the two-level header, the
 * same figures as the JSON of /api/v1/stats/dossiers for a row, and the total row.
 */
class StatisticsExportTest extends ApplicationTest {

    /** The JSON figures in the order of the annex's figure columns (from column D). */
    static final List<String> COLUMNS = List.of("received", "newTotal", "newCounter", "newOnline", "newPost",
            "carriedOver", "resolved", "resolvedOnTime", "resolvedLate", "pending", "pendingNotDue", "pendingOverdue",
            "withdrawn", "refused", "suspended", "onTimeRate");

    @Autowired
    ProcedurePublications publications;

    @Autowired
    Dossiers dossiers;

    @Autowired
    UserDetailsService users;

    History history;

    @BeforeEach
    void createHistory() {
        history = new StatisticsFixture(publications, dossiers, users).history();
    }

    MockHttpServletResponse file(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
    }

    static JsonNode row(JsonNode report, String key) {
        for (JsonNode r : report.get("rows")) {
            if (r.get("key").asString().equals(key)) {
                return r.get("figures");
            }
        }
        throw new AssertionError("no row " + key);
    }

    static void sameFigures(List<String> cells, JsonNode figures) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            JsonNode expected = figures.get(COLUMNS.get(i));
            String cell = cells.get(3 + i);
            if (expected.isNull()) {
                assertThat(cell).as(COLUMNS.get(i)).isEmpty();
            } else {
                assertThat(Double.parseDouble(cell)).as(COLUMNS.get(i)).isEqualTo(expected.asDouble());
            }
        }
    }

    static List<String> cells(Row row) {
        List<String> cells = new java.util.ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            var cell = row.getCell(c);
            cells.add(cell == null ? "" : switch (cell.getCellType()) {
                case NUMERIC -> String.valueOf(cell.getNumericCellValue());
                case STRING -> cell.getStringCellValue();
                default -> "";
            });
        }
        return cells;
    }

    @Test
    void theXlsxHasTheAnnexLayoutAndTheFiguresOfTheJson() throws Exception {
        String query = "?unit=UBND-92&from=2025-10-01&to=2025-10-31&groupBy=procedure";
        JsonNode json = json(get("/api/v1/stats/dossiers" + query));
        MockHttpServletResponse response = file("/api/v1/stats/dossiers.xlsx" + query);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition"))
                .contains("attachment", "thong-ke-ho-so-UBND-92-2025-10-01-2025-10-31-theo-procedure.xlsx");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Phụ lục thống kê");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(
                    "Kết quả giải quyết thủ tục hành chính của Ủy ban nhân dân thành phố Cần Thơ từ ngày 01/10/2025 "
                    + "đến ngày 31/10/2025");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 18),
                    new CellRangeAddress(3, 3, 3, 8), new CellRangeAddress(3, 4, 1, 1),
                    new CellRangeAddress(3, 4, 18, 18));
            List<String> groups = cells(sheet.getRow(3));
            assertThat(groups.get(1)).isEqualTo("Thủ tục hành chính");
            assertThat(groups.get(3)).isEqualTo("Tổng số hồ sơ tiếp nhận");
            assertThat(groups.get(9)).isEqualTo("Số hồ sơ đã giải quyết");
            assertThat(groups.get(12)).isEqualTo("Số hồ sơ đang giải quyết");
            assertThat(groups.get(15)).isEqualTo("Rút, từ chối, dừng xử lý");
            assertThat(cells(sheet.getRow(4)).subList(3, 19)).containsExactly("Tổng số", "Số mới tiếp nhận",
                    "Trực tiếp", "Trực tuyến", "Bưu chính", "Từ kỳ trước chuyển qua", "Tổng số", "Đúng hạn", "Quá hạn",
                    "Tổng số", "Chưa đến hạn", "Quá hạn", "Rút hồ sơ", "Từ chối", "Dừng xử lý",
                    "Tỷ lệ giải quyết đúng hạn (%)");

            int rows = json.get("rows").size();
            List<String> ours = null;
            for (int r = 5; r < 5 + rows; r++) {
                List<String> line = cells(sheet.getRow(r));
                if (line.get(2).equals(history.procedure())) {
                    ours = line;
                }
            }
            assertThat(ours).as("the test procedure's row").isNotNull();
            assertThat(ours.get(1)).isEqualTo(history.procedureName());
            sameFigures(ours, row(json, history.procedure()));
            assertThat(ours.subList(3, 19)).containsExactly("4.0", "4.0", "4.0", "0.0", "0.0", "0.0", "3.0", "2.0",
                    "1.0", "1.0", "0.0", "1.0", "0.0", "0.0", "0.0", "66.67");

            List<String> total = cells(sheet.getRow(5 + rows));
            assertThat(total.get(1)).isEqualTo("Tổng cộng");
            sameFigures(total, json.get("total"));
            assertThat(sheet.getLastRowNum()).isEqualTo(5 + rows);
        }
    }

    @Test
    void theCsvIsUtf8WithABomAndTheSameFigures() throws Exception {
        String query = "?unit=UBND-92&from=2025-10-01&to=2025-10-31&groupBy=agency";
        JsonNode json = json(get("/api/v1/stats/dossiers" + query));
        MockHttpServletResponse response = file("/api/v1/stats/dossiers.csv" + query);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition"))
                .contains("thong-ke-ho-so-UBND-92-2025-10-01-2025-10-31.csv");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n");
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            records = parser.getRecords();
        }
        assertThat(records.get(0).get(0)).startsWith("Kết quả giải quyết thủ tục hành chính của Ủy ban nhân dân");
        assertThat(records.get(2).get(3)).isEqualTo("Tổng số hồ sơ tiếp nhận");
        assertThat(records.get(3).get(1)).isEqualTo("Đơn vị");
        assertThat(records.get(3).get(8)).isEqualTo("Từ kỳ trước chuyển qua");
        CSVRecord justice = records.stream().filter(r -> r.get(2).equals("STP-92")).findFirst().orElseThrow();
        assertThat(justice.get(1)).isEqualTo("Sở Tư pháp thành phố Cần Thơ");
        sameFigures(justice.toList(), row(json, "STP-92"));
        CSVRecord total = records.get(records.size() - 1);
        assertThat(total.get(1)).isEqualTo("Tổng cộng");
        sameFigures(total.toList(), json.get("total"));
        assertThat(records).hasSize(4 + json.get("rows").size() + 1);
    }

    @Test
    void theLateDossiersOfADrillDownAreAFileForStaffOnly() throws Exception {
        String path = "/api/v1/stats/late-dossiers.xlsx?agency=STP-92&procedure=" + history.procedure()
                + "&from=2025-10-01&to=2025-10-31";
        assertThat(file(path).getStatus()).isEqualTo(401);
        MockHttpServletResponse xlsx = mvc.perform(MockMvcRequestBuilders.get(path)
                .with(user(users.loadUserByUsername("lanhdao.tinh")))).andReturn().getResponse();
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getHeader("Content-Disposition")).contains("ho-so-tre-han-STP-92-" + history.procedure()
                + "-2025-10-01-2025-10-31.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Danh sách hồ sơ trễ hạn của Sở Tư pháp thành phố Cần Thơ từ ngày 01/10/2025 "
                            + "đến ngày 31/10/2025");
            assertThat(cells(sheet.getRow(2))).startsWith("STT", "Mã hồ sơ");
            assertThat(List.of(sheet.getRow(3).getCell(1).getStringCellValue(),
                    sheet.getRow(4).getCell(1).getStringCellValue()))
                    .containsExactlyInAnyOrder(history.resolvedLate(), history.overdue());
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
        MockHttpServletResponse csv = mvc.perform(MockMvcRequestBuilders.get(path.replace(".xlsx", ".csv"))
                .with(user(users.loadUserByUsername("lanhdao.tinh")))).andReturn().getResponse();
        assertThat(csv.getContentAsByteArray()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains(history.resolvedLate(), history.overdue(),
                "Đang giải quyết");
    }

    @Test
    void aDrillDownFileNamesTheAgencyAndABadParameterIsAProblem() throws Exception {
        MockHttpServletResponse months = file("/api/v1/stats/dossiers.csv?agency=STP-92&procedure="
                + history.procedure() + "&from=2025-10-01&to=2025-10-31&groupBy=month&lang=en");
        assertThat(months.getHeader("Content-Disposition")).contains("thong-ke-ho-so-STP-92-" + history.procedure()
                + "-2025-10-01-2025-10-31-theo-month.csv");
        String text = months.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("Sở Tư pháp thành phố Cần Thơ", "Month 10/2025", "On-time rate (%)");

        MockHttpServletResponse bad = file("/api/v1/stats/dossiers.xlsx?from=2025-10-01&to=2025-10-31&groupBy=weekday");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentType()).startsWith("application/problem+json");
    }
}
