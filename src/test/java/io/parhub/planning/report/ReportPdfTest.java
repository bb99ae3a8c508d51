package io.parhub.planning.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parhub.planning.Plans;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The unit's and the province's reports as PDF, on a 6-month period of 2051. */
class ReportPdfTest extends ReportTestSupport {

    private static final LocalDateTime JULY = LocalDateTime.of(2051, 7, 2, 9, 0);

    @Autowired
    Plans plans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void bothReportsAsPdfHoldTheSectionsInOrderWithTheFigures() throws Exception {
        as(OFFICE);
        jdbc.sql("insert into plan_obligation (year, agency_code, due_on) values (2051, 'STP-92', '2051-01-31'), "
                + "(2051, 'VPUB-92', '2051-01-31') on conflict do nothing").update();
        ReportViews.Period half = service.createPeriod(new ReportService.NewPeriod(ReportKind.HALF_YEAR, 2051, 1,
                null, null, LocalDate.of(2051, 7, 15), List.of("STP-92")), JULY);
        as(FOCAL);
        ReportViews.UnitReport stp = service.start(half.id(), "STP-92", JULY);
        stp = service.edit(stp.id(), new ReportService.Edit(stp.version(), Map.of("direction",
                "Sở Tư pháp ban hành kế hoạch CCHC năm 2051.", "modernisation", "Dùng văn bản điện tử.\nKý số."),
                5816L, 4819L), JULY);
        stp = service.submit(stp.id(), stp.version(), JULY);
        as(OFFICE);
        service.accept(stp.id(), stp.version(), JULY.plusDays(1));
        ReportViews.ProvinceReport page = reader.overview(half.id(), JULY.plusDays(1)).province();
        LocalDate today = LocalDate.now(clock);

        byte[] province = mvc.perform(MockMvcRequestBuilders.get("/staff/reports/periods/" + half.id()
                + "/province.pdf").with(user(users.loadUserByUsername(OFFICE)))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(province, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(province);
        assertThat(text).startsWith("ỦY BAN NHÂN DÂN");
        assertThat(inOrder(text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: …/BC-UBND",
                "Cần Thơ, ngày " + today.getDayOfMonth() + " tháng " + today.getMonthValue() + " năm "
                        + today.getYear(), "BÁO CÁO",
                "Tình hình thực hiện công tác cải cách hành chính 6 tháng đầu năm 2051",
                "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "1. Về kế hoạch cải cách hành chính",
                "0/2 đơn vị đã ban hành kế hoạch CCHC năm 2051",
                "2. Về tổ chức chỉ đạo, điều hành cải cách hành chính",
                "Sở Tư pháp thành phố Cần Thơ: Sở Tư pháp ban hành kế hoạch CCHC năm 2051.",
                "3. Về kiểm tra cải cách hành chính", page.inspections().sentenceVi(),
                "4. Về công tác tuyên truyền cải cách hành chính",
                "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", "1. Cải cách thể chế",
                "2. Cải cách thủ tục hành chính", "Tổng số hồ sơ tiếp nhận", "Thủ tục cấp tỉnh",
                "3. Cải cách tổ chức bộ máy hành chính nhà nước",
                "4. Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
                "5. Cải cách tài chính công", "6. Hiện đại hóa nền hành chính",
                "Sở Tư pháp thành phố Cần Thơ: Dùng văn bản điện tử. Ký số.", "Số văn bản đi 5.816",
                "Trong đó gửi dưới dạng điện tử 4.819", "Tỷ lệ văn bản điện tử 82,86%", "III. ĐÁNH GIÁ CHUNG",
                "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", "Nơi nhận:", "- Bộ Nội vụ;", "TM. ỦY BAN NHÂN DÂN"))
                .isTrue();
        assertThat(plans.tally(2051, today).sentenceVi()).isEqualTo("0/2 đơn vị đã ban hành kế hoạch CCHC năm 2051");
        try (PDDocument doc = Loader.loadPDF(province)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(text).contains("Trang 1/" + pages, "Trang " + pages + "/" + pages);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(595f, 596f);
        }

        mvc.perform(MockMvcRequestBuilders.get("/staff/reports/periods/" + half.id() + "/province.pdf")
                .with(user(users.loadUserByUsername(FOCAL)))).andExpect(status().isForbidden());

        byte[] unit = mvc.perform(MockMvcRequestBuilders.get("/staff/reports/" + stp.id() + ".pdf")
                .with(user(users.loadUserByUsername(FOCAL)))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(unit, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String unitText = text(unit);
        assertThat(inOrder(unitText, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ TƯ PHÁP", "BÁO CÁO",
                "I. Công tác chỉ đạo", "Sở Tư pháp ban hành kế hoạch CCHC năm 2051.", "II.6.", "Dùng văn bản điện tử.",
                "Ký số.", "Phụ lục: số liệu", "Tổng số hồ sơ tiếp nhận", "Tỷ lệ văn bản điện tử 82,86%")).isTrue();
        assertThat(unitText).contains("Trang 1/").doesNotContain("Dịch vụ công trực tuyến Trang");
        byte[] english = mvc.perform(MockMvcRequestBuilders.get("/staff/reports/" + stp.id() + ".pdf")
                .param("lang", "en").with(user(users.loadUserByUsername(FOCAL)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(english)).contains("SOCIALIST REPUBLIC OF VIETNAM", "82.86%", "Page 1 of");

        String reportPage = mvc.perform(MockMvcRequestBuilders.get("/staff/reports/" + stp.id())
                .with(user(users.loadUserByUsername(FOCAL)))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(reportPage).contains("/staff/reports/" + stp.id() + ".pdf", "Tải báo cáo (PDF)");
        String periodPage = mvc.perform(MockMvcRequestBuilders.get("/staff/reports/periods/" + half.id())
                .with(user(users.loadUserByUsername(LEADER)))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(periodPage).contains("/staff/reports/periods/" + half.id() + "/province.pdf",
                "Tải báo cáo của tỉnh gửi Bộ Nội vụ (PDF)");
    }

    /** The document's text with every run of white space as one space, lines joined. */
    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ").trim();
        }
    }

    private static boolean inOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertThat(at).as("«%s» after position %d in: %s", part, from, text).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
        return true;
    }
}
