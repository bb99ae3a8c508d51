package io.parhub.planning.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parhub.dossier.Figures;
import io.parhub.planning.Plans;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The province's report to the Ministry as DOCX and the XLSX annexes, on a 6-month period of 2040. */
class ProvinceReportDocumentTest extends ReportTestSupport {

    private static final LocalDateTime JULY = LocalDateTime.of(2040, 7, 2, 9, 0);

    @Autowired
    Plans plans;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Test
    void theProvinceReportHasTheStructureOfSeed002WithThePeriodPageFigures() throws Exception {
        as(OFFICE);
        // the two units must issue their 2040 plans (the planning module's own command is internal to it)
        jdbc.sql("insert into plan_obligation (year, agency_code, due_on) values (2040, 'STP-92', '2040-01-31'), "
                + "(2040, 'VPUB-92', '2040-01-31') on conflict do nothing").update();
        ReportViews.Period half = service.createPeriod(new ReportService.NewPeriod(ReportKind.HALF_YEAR, 2040, 1,
                null, null, LocalDate.of(2040, 7, 15), List.of("STP-92")), JULY);
        as(FOCAL);
        ReportViews.UnitReport stp = service.start(half.id(), "STP-92", JULY);
        stp = service.edit(stp.id(), new ReportService.Edit(stp.version(), java.util.Map.of("direction",
                "Sở Tư pháp ban hành kế hoạch CCHC năm 2040.", "modernisation", "Dùng văn bản điện tử."), 5816L,
                4819L), JULY);
        stp = service.submit(stp.id(), stp.version(), JULY);
        as(OFFICE);
        service.accept(stp.id(), stp.version(), JULY.plusDays(1));
        ReportViews.ProvinceReport page = reader.overview(half.id(), JULY.plusDays(1)).province();
        Figures d = page.dossiers();
        LocalDate today = LocalDate.now(clock);
        java.text.NumberFormat vi = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("vi"));

        byte[] docx = mvc.perform(MockMvcRequestBuilders.get("/staff/reports/periods/" + half.id() + "/province.docx")
                .with(user(users.loadUserByUsername(OFFICE)))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(lines).containsSubsequence("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Số: …/BC-UBND", "Cần Thơ, ngày " + today.getDayOfMonth() + " tháng " + today.getMonthValue() + " năm "
                    + today.getYear(),
                    "BÁO CÁO",
                    "Tình hình thực hiện công tác cải cách hành chính 6 tháng đầu năm 2040",
                    "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "1. Về kế hoạch cải cách hành chính",
                    "0/2 đơn vị đã ban hành kế hoạch CCHC năm 2040",
                    "2. Về tổ chức chỉ đạo, điều hành cải cách hành chính",
                    "Sở Tư pháp thành phố Cần Thơ: Sở Tư pháp ban hành kế hoạch CCHC năm 2040.",
                    "3. Về kiểm tra cải cách hành chính", page.inspections().sentenceVi(),
                    "4. Về công tác tuyên truyền cải cách hành chính",
                    "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", "1. Cải cách thể chế",
                    "2. Cải cách thủ tục hành chính", "3. Cải cách tổ chức bộ máy hành chính nhà nước",
                    "4. Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
                    "5. Cải cách tài chính công", "6. Hiện đại hóa nền hành chính",
                    "Sở Tư pháp thành phố Cần Thơ: Dùng văn bản điện tử.", "III. ĐÁNH GIÁ CHUNG",
                    "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", "Nơi nhận:", "- Bộ Nội vụ;");
            assertThat(lines.get(0)).startsWith("ỦY BAN NHÂN DÂN");
            // the tally of the planning module, as of today while the period runs
            assertThat(plans.tally(2040, today).sentenceVi()).isEqualTo("0/2 đơn vị đã ban hành kế hoạch CCHC năm 2040");
            XWPFTable dossiers = table(doc, "Tổng số hồ sơ tiếp nhận");
            assertThat(value(dossiers, "Tổng số hồ sơ tiếp nhận")).isEqualTo(vi.format(d.received()));
            assertThat(value(dossiers, "Kỳ trước chuyển qua")).isEqualTo(vi.format(d.carriedOver()));
            assertThat(value(dossiers, "Mới tiếp nhận trong kỳ")).isEqualTo(vi.format(d.newTotal()));
            assertThat(value(dossiers, "Đã giải quyết đúng hạn")).isEqualTo(vi.format(d.resolvedOnTime()));
            assertThat(value(dossiers, "Đã giải quyết quá hạn")).isEqualTo(vi.format(d.resolvedLate()));
            assertThat(value(dossiers, "Đang giải quyết, chưa đến hạn")).isEqualTo(vi.format(d.pendingNotDue()));
            assertThat(value(dossiers, "Đang giải quyết, quá hạn")).isEqualTo(vi.format(d.pendingOverdue()));
            XWPFTable procedures = table(doc, "Thủ tục cấp tỉnh");
            assertThat(value(procedures, "Thủ tục cấp tỉnh")).isEqualTo(vi.format(page.procedures().province()));
            XWPFTable documents = table(doc, "Tỷ lệ văn bản điện tử");
            assertThat(value(documents, "Số văn bản đi")).isEqualTo("5.816");
            assertThat(value(documents, "Trong đó gửi dưới dạng điện tử")).isEqualTo("4.819");
            assertThat(value(documents, "Tỷ lệ văn bản điện tử")).isEqualTo("82,86%");
        }

        byte[] xlsx = mvc.perform(MockMvcRequestBuilders.get("/staff/reports/periods/" + half.id() + "/annexes.xlsx")
                .with(user(users.loadUserByUsername(LEADER)))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(8);
            Sheet dossiers = book.getSheetAt(0);
            assertThat(dossiers.getRow(ReportXlsx.TITLE_ROW).getCell(0).getStringCellValue())
                    .startsWith("Giải quyết hồ sơ thủ tục hành chính — ").contains("6 tháng đầu năm 2040");
            assertThat(dossiers.getRow(ReportXlsx.HEADER_ROW).getCell(0).getStringCellValue()).isEqualTo("Chỉ tiêu");
            assertThat(dossiers.getRow(ReportXlsx.HEADER_ROW).getCell(1).getStringCellValue()).isEqualTo("Số liệu");
            assertThat(dossiers.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) ReportXlsx.FIRST_LINE_ROW);
            assertThat(dossiers.getRow(ReportXlsx.FIRST_LINE_ROW).getCell(0).getStringCellValue())
                    .isEqualTo("Tổng số hồ sơ tiếp nhận");
            assertThat(dossiers.getRow(ReportXlsx.FIRST_LINE_ROW).getCell(1).getNumericCellValue())
                    .isEqualTo(d.received());
            Sheet documents = book.getSheetAt(6);
            assertThat(documents.getRow(ReportXlsx.FIRST_LINE_ROW).getCell(1).getNumericCellValue()).isEqualTo(5816);
            assertThat(documents.getRow(ReportXlsx.FIRST_LINE_ROW + 1).getCell(1).getNumericCellValue())
                    .isEqualTo(4819);
            assertThat(documents.getRow(ReportXlsx.FIRST_LINE_ROW + 2).getCell(0).getStringCellValue())
                    .isEqualTo("Tỷ lệ văn bản điện tử (%)");
            assertThat(documents.getRow(ReportXlsx.FIRST_LINE_ROW + 2).getCell(1).getNumericCellValue())
                    .isEqualTo(82.86);
            assertThat(book.getSheetAt(7).getRow(ReportXlsx.FIRST_LINE_ROW + 1).getCell(1).getNumericCellValue())
                    .isEqualTo(page.inspections().unitsVisited());
        }

        byte[] unit = mvc.perform(MockMvcRequestBuilders.get("/staff/reports/" + stp.id() + ".xlsx").param("lang", "en")
                .with(user(users.loadUserByUsername(FOCAL)))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(unit))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(7);
            assertThat(book.getSheetAt(0).getRow(ReportXlsx.HEADER_ROW).getCell(0).getStringCellValue())
                    .isEqualTo("Indicator");
            assertThat(book.getSheetAt(6).getRow(ReportXlsx.FIRST_LINE_ROW + 2).getCell(1).getNumericCellValue())
                    .isEqualTo(82.86);
        }

        for (String path : List.of("/province.docx", "/annexes.xlsx")) {
            mvc.perform(MockMvcRequestBuilders.get("/staff/reports/periods/" + half.id() + path)
                    .with(user(users.loadUserByUsername(FOCAL)))).andExpect(status().isForbidden());
        }
        String periodPage = mvc.perform(MockMvcRequestBuilders.get("/staff/reports/periods/" + half.id())
                .with(user(users.loadUserByUsername(OFFICE)))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(periodPage).contains("/staff/reports/periods/" + half.id() + "/province.docx",
                "/staff/reports/periods/" + half.id() + "/annexes.xlsx", "Tải báo cáo của tỉnh gửi Bộ Nội vụ (DOCX)");
    }

    /** The table whose rows include this label. */
    private static XWPFTable table(XWPFDocument doc, String label) {
        return doc.getTables().stream().filter(t -> t.getRows().stream().anyMatch(r -> r.getCell(0).getText()
                .equals(label))).findFirst().orElseThrow();
    }

    private static String value(XWPFTable t, String label) {
        return t.getRows().stream().filter(r -> r.getCell(0).getText().equals(label)).findFirst().orElseThrow()
                .getCell(1).getText();
    }
}
