package io.parhub.procedure.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The three file formats write what they read back, with Vietnamese text intact. */
class CatalogueFilesTest {

    static Map<Column, List<String>> sample() {
        Map<Column, List<String>> row = new EnumMap<>(Column.class);
        row.put(Column.CODE, List.of("1.001193"));
        row.put(Column.NAME, List.of("Thủ tục đăng ký khai sinh"));
        row.put(Column.FIELD, List.of("Hộ tịch"));
        row.put(Column.LEVELS, List.of("COMMUNE"));
        row.put(Column.PROCESSING_TIME_AMOUNT, List.of("15"));
        row.put(Column.PROCESSING_TIME_UNIT, List.of("WORKING_DAYS"));
        row.put(Column.FEES_TEXT, List.of("Miễn phí (Mức lệ phí cụ thể do HĐND tỉnh quyết định)"));
        row.put(Column.LEGAL_BASES, List.of("123/2015/NĐ-CP", "60/2014/QH13"));
        row.put(Column.COMPONENTS, List.of("Tờ khai đăng ký khai sinh [originals: 1, copies: 0]",
                "Giấy chứng sinh, có dấu \"phẩy\", và ngoặc"));
        row.put(Column.STEPS, List.of("Bước 1: nộp hồ sơ", "Bước 2: nhận kết quả"));
        return row;
    }

    private static byte[] write(TransferFormat format, List<Map<Column, List<String>>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueFiles.write(format, Column.exported(), rows, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(TransferFormat.class)
    void whatIsWrittenReadsBackTheSame(TransferFormat format) {
        byte[] bytes = write(format, List.of(sample()));
        assertThat(TransferFormat.detect("anything.bin", bytes)).isEqualTo(format);

        RawTable table = CatalogueFiles.read(format, bytes);
        assertThat(table.unknownHeaders()).isEmpty();
        assertThat(table.columns()).containsAll(Column.exported());
        assertThat(table.rows()).hasSize(1);
        RawRow row = table.rows().get(0);
        assertThat(row.number()).isEqualTo(format == TransferFormat.JSON ? 1 : 2);
        sample().forEach((column, values) -> assertThat(row.list(column)).as(column.header()).isEqualTo(values));
        assertThat(row.text(Column.RESULT)).isEmpty();
    }

    @Test
    void csvStartsWithAByteOrderMarkAndTheStableHeader() {
        byte[] bytes = write(TransferFormat.CSV, List.of(sample()));
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("\uFEFFcode,name,field,levels,"
                + "competent_agency,receiving_agency,processing_time_amount,processing_time_unit,"
                + "processing_time_text,fees_text,fees,online_mode,legacy_online_level,channels,legal_bases,"
                + "components,result,requirements,steps,applicant_types,national_decision,portal_url,valid_from,"
                + "decision");
        assertThat(text).contains("Thủ tục đăng ký khai sinh").contains("123/2015/NĐ-CP | 60/2014/QH13")
                .contains("\r\n");
    }

    @Test
    void xlsxHasABoldFrozenHeaderAndSensibleWidths() throws Exception {
        byte[] bytes = write(TransferFormat.XLSX, List.of(sample()));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo(XlsxFiles.SHEET);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            var header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("code");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Thủ tục đăng ký khai sinh");
            assertThat(sheet.getRow(1).getCell(Column.exported().indexOf(Column.PROCESSING_TIME_AMOUNT))
                    .getNumericCellValue()).isEqualTo(15.0);
            int nameWidth = sheet.getColumnWidth(1) / 256;
            int componentsWidth = sheet.getColumnWidth(Column.exported().indexOf(Column.COMPONENTS)) / 256;
            assertThat(nameWidth).isBetween("Thủ tục đăng ký khai sinh".length(), 60);
            assertThat(componentsWidth).isEqualTo(60);
            assertThat(sheet.getColumnWidth(0) / 256).isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void csvWithoutByteOrderMarkAndWithSemicolonsIsRead() {
        String csv = "change;code;name;field;levels\r\nNEW;9.000001;Thủ tục thử;Hộ tịch;Cấp tỉnh, Cấp xã\r\n";
        RawTable table = CatalogueFiles.read(TransferFormat.CSV, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.text(Column.NAME)).isEqualTo("Thủ tục thử");
            assertThat(row.list(Column.LEVELS)).containsExactly("Cấp tỉnh, Cấp xã");
        });
    }

    @Test
    void blankRowsAreSkippedAndUnknownHeadersReported() {
        String csv = "code,name,ghi_chu\n1.1,Tên,x\n,,\n1.2,Tên 2,y\n";
        RawTable table = CatalogueFiles.read(TransferFormat.CSV, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(table.unknownHeaders()).containsExactly("ghi_chu");
        assertThat(table.rows()).extracting(RawRow::number).containsExactly(2, 4);
    }

    @Test
    void unreadableFilesAreProblemsNotCrashes() {
        assertThatThrownBy(() -> CatalogueFiles.read(TransferFormat.XLSX, "PK\u0003\u0004broken".getBytes(
                StandardCharsets.ISO_8859_1))).hasMessageContaining("transfer-unreadable-file");
        assertThatThrownBy(() -> CatalogueFiles.read(TransferFormat.JSON, "{\"code\":1}".getBytes(
                StandardCharsets.UTF_8))).hasMessageContaining("transfer-unreadable-file");
        assertThatThrownBy(() -> CatalogueFiles.read(TransferFormat.CSV, new byte[] {(byte) 0xC3, 0x28, ','}))
                .hasMessageContaining("transfer-unreadable-file");
        assertThatThrownBy(() -> CatalogueFiles.read(TransferFormat.CSV, new byte[0]))
                .hasMessageContaining("transfer-empty-file");
        assertThatThrownBy(() -> TransferFormat.of("pdf")).hasMessageContaining("transfer-unknown-format");
    }

    @Test
    void jsonListsAreArraysAndAmountsNumbers() {
        String json = new String(write(TransferFormat.JSON, List.of(sample())), StandardCharsets.UTF_8);
        assertThat(json).contains("\"processing_time_amount\" : 15").contains("\"legal_bases\" : [ \"123/2015/NĐ-CP\"")
                .contains("\"result\" : null");
    }
}
