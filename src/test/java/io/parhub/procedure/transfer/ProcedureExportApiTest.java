package io.parhub.procedure.transfer;

import io.parhub.ApplicationTest;
import io.parhub.procedure.ChangeKind;
import io.parhub.procedure.Procedure;
import io.parhub.procedure.ProcedureContent;
import io.parhub.procedure.Procedures;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Export of the seed catalogue in the three formats, read back and compared with the catalogue itself. */
class ProcedureExportApiTest extends ApplicationTest {

    private static final LocalDate AT = LocalDate.of(2026, 1, 1);
    private static final List<String> KNOWN = List.of("1.001193", "1.000894", "3.000400");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    Procedures procedures;

    private HttpResponse<byte[]> download(String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/v1/procedures/export?" + query))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private RawRow rowOf(RawTable table, String code) {
        return table.rows().stream().filter(r -> r.text(Column.CODE).equals(code)).findFirst().orElseThrow();
    }

    @Test
    void xlsxHoldsEveryProcedureInForceWithAllItsFields() throws Exception {
        var response = download("format=xlsx&at=" + AT);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("thu-tuc-hanh-chinh-2026-01-01.xlsx");

        RawTable table = CatalogueFiles.read(TransferFormat.XLSX, response.body());
        assertThat(table.rows()).hasSize((int) procedures.stats(AT).total()).hasSizeGreaterThanOrEqualTo(415);
        assertThat(table.rows()).extracting(r -> r.text(Column.CODE)).isSorted().doesNotHaveDuplicates();

        RawRow birth = rowOf(table, "1.001193");
        assertThat(birth.text(Column.NAME)).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(birth.text(Column.FIELD)).isEqualTo("Hộ tịch");
        assertThat(birth.list(Column.LEVELS)).containsExactly("COMMUNE");
        assertThat(birth.list(Column.LEGAL_BASES)).contains("123/2015/NĐ-CP", "60/2014/QH13");
        assertThat(birth.text(Column.PROCESSING_TIME_AMOUNT)).isEmpty();
        for (String code : KNOWN) {
            Procedure procedure = procedures.find(code, AT).orElseThrow();
            Map<Column, List<String>> expected = ExportRows.row(procedure);
            RawRow row = rowOf(table, code);
            for (Column column : Column.exported()) {
                assertThat(row.list(column)).as(code + " " + column.header()).isEqualTo(expected.get(column));
            }
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            var header = sheet.getRow(0).getCell(0);
            assertThat(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
        }
    }

    @Test
    void anExportedRowImportsBackToTheSameContent() throws Exception {
        RawTable table = CatalogueFiles.read(TransferFormat.CSV, download("format=csv&at=" + AT).body());
        for (String code : KNOWN) {
            RawRow exported = rowOf(table, code);
            var cells = new java.util.EnumMap<Column, List<String>>(Column.class);
            cells.putAll(exported.cells());
            cells.put(Column.CHANGE, List.of("AMENDED"));
            ParsedFile parsed = RowParser.parse(new RawTable(java.util.EnumSet.allOf(Column.class), List.of(),
                    List.of(new RawRow(2, cells))), 1);
            assertThat(parsed.errors()).isEmpty();
            ProcedureContent stored = procedures.find(code, AT).orElseThrow().content();
            assertThat(parsed.rows().get(0).change().kind()).isEqualTo(ChangeKind.AMENDED);
            assertThat(parsed.rows().get(0).change().content()).as(code).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(stored);
        }
    }

    @Test
    void csvIsUtf8WithAByteOrderMarkForExcel() throws Exception {
        var response = download("format=csv&at=" + AT);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv")
                .containsIgnoringCase("charset=UTF-8");
        assertThat(response.body()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFcode,name,field,levels,").contains("Thủ tục đăng ký khai sinh");
        RawTable table = CatalogueFiles.read(TransferFormat.CSV, response.body());
        assertThat(table.rows()).hasSize((int) procedures.stats(AT).total());
        assertThat(rowOf(table, "3.000400").list(Column.PROCESSING_TIME_UNIT)).containsExactly("WORKING_DAYS");
    }

    @Test
    void jsonIsAnArrayOfObjectsWithListsAsArrays() throws Exception {
        var response = download("format=json&at=" + AT);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode array = JSON.readTree(new String(response.body(), StandardCharsets.UTF_8));
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo((int) procedures.stats(AT).total());
        JsonNode birth = null;
        for (JsonNode node : array) {
            if (node.get("code").asString().equals("1.001193")) {
                birth = node;
            }
        }
        assertThat(birth).isNotNull();
        assertThat(birth.get("name").asString()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(birth.get("legal_bases").isArray()).isTrue();
        assertThat(birth.get("legal_bases").get(0).asString()).isNotBlank();
        assertThat(birth.get("processing_time_amount").isNull()).isTrue();
    }

    @Test
    void beforeTheFirstDecisionTheExportHasOnlyItsHeader() throws Exception {
        RawTable table = CatalogueFiles.read(TransferFormat.CSV, download("format=csv&at=2020-01-01").body());
        assertThat(table.rows()).isEmpty();
        assertThat(table.columns()).containsAll(Column.exported());
    }

    @Test
    void badParametersAreProblemsInTheCallersLanguage() {
        var en = get("/api/v1/procedures/export?format=pdf", "en");
        assertThat(en.statusCode()).isEqualTo(400);
        assertThat(en.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(en).get("type").asString()).isEqualTo("/problems/transfer-unknown-format");
        assertThat(json(en).get("detail").asString())
                .isEqualTo("The format \"pdf\" is not supported; use xlsx, csv or json.");
        var vi = get("/api/v1/procedures/export?format=pdf", "vi");
        assertThat(json(vi).get("title").asString()).isEqualTo("Định dạng tệp không được hỗ trợ");
        var date = get("/api/v1/procedures/export?format=csv&at=2026-02-30", "en");
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(json(date).get("type").asString()).isEqualTo("/problems/invalid-date");
    }

    @Test
    void thePublicExportPageLinksTheThreeFormats() {
        var page = get("/procedures/export?at=2026-01-01&lang=vi");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Tải danh mục thủ tục hành chính")
                .contains("/api/v1/procedures/export?format=xlsx&amp;at=2026-01-01")
                .contains("/api/v1/procedures/export?format=csv&amp;at=2026-01-01")
                .contains("/api/v1/procedures/export?format=json&amp;at=2026-01-01");
    }
}
