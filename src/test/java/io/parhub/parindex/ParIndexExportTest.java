package io.parhub.parindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parhub.ApplicationTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The PAR Index documents on the year 2031 ({@link ExportYear}): the annex of the publication decision as PDF (not
 * found before publication), a unit's scorecard as XLSX and PDF for the unit, the office and the provincial leader
 * and for no one else. Texts are read back with PDFBox and cells with POI.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParIndexExportTest extends ApplicationTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    ParIndexCycles cycles;

    @Autowired
    ParIndexResults results;

    @Autowired
    CriteriaSets sets;

    ExportYear year;

    @BeforeEach
    void openTheYear() {
        year = new ExportYear(users, cycles, results, sets);
        year.open();
    }

    byte[] download(String path, String username, int expectedStatus) throws Exception {
        var request = MockMvcRequestBuilders.get(path);
        if (username != null) {
            request.with(user(users.loadUserByUsername(username)));
        }
        return mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn().getResponse()
                .getContentAsByteArray();
    }

    /** The text of a PDF with its line breaks as spaces: a cell's text may wrap. */
    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s*\\R\\s*", " ");
        }
    }

    static int pages(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    Scoring.Ranked ranked(String code) {
        return results.ranking(ExportYear.YEAR).stream().filter(r -> r.unit().unitCode().equals(code)).findFirst()
                .orElseThrow();
    }

    @Test
    @Order(1)
    void theAnnexIsNotFoundBeforePublicationAndTheScorecardHasNoBandYet() throws Exception {
        assertThat(results.cycle(ExportYear.YEAR).orElseThrow().status()).isEqualTo(CycleStatus.APPRAISAL);
        String body = new String(download("/par-index/" + ExportYear.YEAR + ".pdf", null, 404),
                StandardCharsets.UTF_8);
        assertThat(body).contains("chưa được công bố");

        Entry stp = year.unit("STP-92");
        String card = text(download("/staff/par-index/entries/" + stp.id() + "/scorecard.pdf", "daumoi.stp", 200));
        assertThat(card).contains("BẢNG ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2031").contains(stp.unitName())
                .contains("Vòng: Thẩm định").contains("Đạt 92%")
                .contains("Xếp loại và xếp hạng có sau khi Hội đồng thẩm định chốt kết quả.")
                .doesNotContain("Xếp loại: ");
    }

    @Test
    @Order(2)
    void aFocalPointOfAnotherUnitIsRefusedAndTheOfficeAndTheLeaderMayDownload() throws Exception {
        Entry snv = year.unit("SNV-92");
        download("/staff/par-index/entries/" + snv.id() + "/scorecard.xlsx", "daumoi.stp", 403);
        download("/staff/par-index/entries/" + snv.id() + "/scorecard.pdf", "daumoi.stp", 403);
        mvc.perform(MockMvcRequestBuilders.get("/staff/par-index/entries/" + snv.id() + "/scorecard.pdf")
                .header("Accept", "text/html")).andExpect(status().is3xxRedirection());
        mvc.perform(MockMvcRequestBuilders.get("/staff/par-index/entries/" + snv.id() + "/scorecard.xlsx")
                .with(user(users.loadUserByUsername("cchc.snv")))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("bang-diem-cchc-2031-SNV-92.xlsx")));
        byte[] pdf = download("/staff/par-index/entries/" + snv.id() + "/scorecard.pdf", "lanhdao.tinh", 200);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    @Order(3)
    void theAnnexListsEveryGroupWithScoresBandsRanksAndTheSummary() throws Exception {
        year.publish();
        byte[] pdf = download("/par-index/" + ExportYear.YEAR + ".pdf", null, 200);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        int pages = pages(pdf);
        Scoring.Ranked stp = ranked("STP-92");
        Scoring.Ranked snv = ranked("SNV-92");
        Scoring.Ranked commune = ranked(year.firstCommune().unitCode());
        assertThat(stp.band().nameVi()).isEqualTo("Rất tốt");
        assertThat(snv.band().nameVi()).isEqualTo("Tốt");
        assertThat(commune.band().nameVi()).isEqualTo("Khá");
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
                .contains("ỦY BAN NHÂN DÂN").contains("THÀNH PHỐ CẦN THƠ").contains("PHỤ LỤC")
                .contains("KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2031")
                .contains("I. Sở, ban, ngành tỉnh").contains("II. UBND cấp xã").contains("III. Tổng hợp xếp loại")
                // STT, unit, score, maximum, percent, band, rank as the row reads
                .contains("1 " + stp.unit().unitName() + " " + comma(stp.unit().score()) + " "
                        + comma(stp.unit().maxScore()) + " " + comma(stp.percent()) + " Rất tốt 1")
                .contains("2 " + snv.unit().unitName() + " " + comma(snv.unit().score()) + " "
                        + comma(snv.unit().maxScore()) + " " + comma(snv.percent()) + " Tốt 2")
                .contains(commune.unit().unitName() + " " + comma(commune.unit().score()))
                .contains("3 Văn phòng Ủy ban nhân dân thành phố Cần Thơ 0,00 100,00 0,00 Kém Không xếp hạng")
                .contains("Trang 1/" + pages).contains("Trang " + pages + "/" + pages);
        assertThat(stp.rank()).isEqualTo(1);
        assertThat(snv.rank()).isEqualTo(2);
        assertThat(ranked(ExportYear.EXCLUDED).rank()).isNull();
        long communes = results.ranking(ExportYear.YEAR).stream().filter(r -> r.unit().group() == UnitGroup.COMMUNE)
                .count();
        // summary: Rất tốt 1 department; Tốt 1 department; Khá 1 commune; Kém every other commune
        assertThat(text).contains("1 Chỉ số CCHC trên 90% Rất tốt 1 1 ")
                .contains("2 Chỉ số CCHC từ 80% đến 90% Tốt 1 1 ")
                .contains("3 Chỉ số CCHC từ 65% đến dưới 80% Khá 1 1 ")
                .contains("4 Chỉ số CCHC từ 50% đến dưới 65% Trung bình 5 ")
                .contains("5 Chỉ số CCHC dưới 50% Kém " + (communes - 1) + " " + (communes - 1) + " ")
                .contains("TỔNG CỘNG 2 " + communes + " " + (communes + 2));
        assertThat(pages).isEqualTo(EXPECTED_ANNEX_PAGES);
    }

    // the header and 3 departments, then 103 communes at about 36 rows a page, then the summary
    static final int EXPECTED_ANNEX_PAGES = 4;

    @Test
    @Order(4)
    void theScorecardXlsxHoldsTheNumbersAndTheRankOnceLocked() throws Exception {
        year.publish();
        Entry stp = year.unit("STP-92");
        Scorecard card = results.scorecard(stp.id());
        byte[] xlsx = download("/staff/par-index/entries/" + stp.id() + "/scorecard.xlsx", "daumoi.stp", 200);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Bảng điểm");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("BẢNG ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2031");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith(stp.unitName());
            Row header = sheet.getRow(3);
            assertThat(List.of(0, 1, 2, 3, 4, 5, 6).stream().map(c -> header.getCell(c).getStringCellValue()))
                    .containsExactly("Mã", "Lĩnh vực, tiêu chí, tiêu chí thành phần", "Điểm tối đa", "Tự chấm",
                            "Thẩm định", "Điểm cuối cùng", "Nhận xét của Hội đồng thẩm định");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            Scorecard.Line l111 = card.lines().stream().filter(l -> l.criterion().code().equals("1.1.1"))
                    .findFirst().orElseThrow();
            Row r111 = null;
            for (Row r : sheet) {
                if (r.getRowNum() > 3 && r.getCell(0) != null && "1.1.1".equals(r.getCell(0).getStringCellValue())) {
                    r111 = r;
                }
            }
            assertThat(r111).isNotNull();
            assertThat(r111.getCell(2).getNumericCellValue()).isEqualTo(l111.criterion().maxPoints().doubleValue());
            assertThat(r111.getCell(4).getNumericCellValue())
                    .isEqualTo(l111.score().appraisedScore().doubleValue());
            assertThat(r111.getCell(5).getNumericCellValue()).isEqualTo(l111.score().finalScore().doubleValue());
            assertThat(r111.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(r111.getCell(6).getStringCellValue()).isEqualTo("Đạt 92%");
            int totalRow = 4 + card.lines().size();
            assertThat(sheet.getRow(totalRow).getCell(1).getStringCellValue()).isEqualTo("TỔNG CỘNG");
            assertThat(sheet.getRow(totalRow).getCell(2).getNumericCellValue()).isEqualTo(100.0);
            assertThat(sheet.getRow(totalRow).getCell(5).getNumericCellValue())
                    .isEqualTo(card.total().doubleValue());
            assertThat(sheet.getRow(totalRow + 2).getCell(2).getNumericCellValue())
                    .isEqualTo(card.percent().doubleValue());
            assertThat(sheet.getRow(totalRow + 3).getCell(2).getStringCellValue()).isEqualTo("Rất tốt");
            assertThat(sheet.getRow(totalRow + 4).getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(totalRow + 4).getCell(3).getStringCellValue())
                    .isEqualTo("Xếp hạng: 1/2 trong khối Sở, ban, ngành tỉnh");
        }
        String pdf = text(download("/staff/par-index/entries/" + stp.id() + "/scorecard.pdf", "cchc.snv", 200));
        assertThat(pdf).contains("Vòng: Đã công bố").contains("Xếp loại: Rất tốt")
                .contains("Xếp hạng: 1/2 trong khối Sở, ban, ngành tỉnh")
                .contains("Tổng điểm: " + comma(card.total()) + "/100,00 điểm, Chỉ số " + comma(card.percent()) + "%");
        String english = text(mvc.perform(MockMvcRequestBuilders.get("/staff/par-index/entries/" + stp.id()
                + "/scorecard.pdf").param("lang", "en").with(user(users.loadUserByUsername("cchc.snv"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(english).contains("Band: Excellent").contains("Rank: 1 of 2 in the group");
    }

    @Test
    @Order(5)
    void theRankingPageLinksTheAnnexAndTheScorecardPagesLinkTheirDownloads() throws Exception {
        year.publish();
        Entry stp = year.unit("STP-92");
        String ranking = new String(download("/par-index/" + ExportYear.YEAR, null, 200), StandardCharsets.UTF_8);
        assertThat(ranking).contains("href=\"/par-index/2031.pdf\"").contains("Tải Phụ lục công bố (PDF)");
        String card = new String(download("/staff/par-index/" + ExportYear.YEAR, "daumoi.stp", 200),
                StandardCharsets.UTF_8);
        assertThat(card).contains("href=\"/staff/par-index/entries/" + stp.id() + "/scorecard.xlsx\"")
                .contains("href=\"/staff/par-index/entries/" + stp.id() + "/scorecard.pdf\"");
        String appraisal = new String(download("/staff/par-index/entries/" + stp.id() + "/appraisal", "cchc.snv",
                200), StandardCharsets.UTF_8);
        assertThat(appraisal).contains("href=\"/staff/par-index/entries/" + stp.id() + "/scorecard.pdf\"");
    }

    static String comma(BigDecimal value) {
        return value.setScale(2).toPlainString().replace('.', ',');
    }
}
