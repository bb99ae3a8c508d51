package io.parhub.parindex.page;

import io.parhub.parindex.Criterion;
import io.parhub.parindex.Score;
import io.parhub.parindex.Scorecard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * One unit's scorecard as an XLSX sheet: a merged title and the unit, a frozen header, one row per area, criterion
 * and sub-criterion (maximum, self, appraised, final score as numbers with two decimals, remark), a totals row, then
 * percent, band and rank once the results are locked.
 */
final class ScorecardXlsx {

    static final int TITLE_ROW = 0;
    static final int UNIT_ROW = 1;
    static final int HEADER_ROW = 3;
    static final int FIRST_LINE_ROW = 4;
    private static final int COLUMNS = 7;

    private ScorecardXlsx() {
    }

    private record Styles(CellStyle text, CellStyle number, CellStyle boldText, CellStyle boldNumber,
            CellStyle header) {
    }

    static byte[] write(ExportTexts t, ScorecardExport export) {
        Scorecard card = export.card();
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(t.get("scorecard.sheet"));
            Styles s = styles(book);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            CellStyle title = book.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            merged(sheet, TITLE_ROW, t.get("scorecard.title", card.cycle().year()), title);
            sheet.getRow(TITLE_ROW).setHeightInPoints(24);
            CellStyle unit = book.createCellStyle();
            unit.setFont(bold(book));
            unit.setAlignment(HorizontalAlignment.CENTER);
            merged(sheet, UNIT_ROW, card.entry().unitName() + " — " + card.set().title(), unit);

            List<String> headers = List.of(t.get("col.code"), t.get("col.criterion"), t.get("col.max"),
                    t.get("col.self"), t.get("col.appraised"), t.get("col.final"), t.get("col.remark"));
            Row h = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < headers.size(); c++) {
                cell(h, c, headers.get(c), s.header());
            }
            int r = FIRST_LINE_ROW;
            for (Scorecard.Line line : card.lines()) {
                Criterion c = line.criterion();
                Score score = line.score();
                boolean strong = c.isArea();
                Row row = sheet.createRow(r++);
                cell(row, 0, c.code(), strong ? s.boldText() : s.text());
                cell(row, 1, c.name(), strong ? s.boldText() : s.text());
                number(row, 2, c.maxPoints(), strong ? s.boldNumber() : s.number());
                boolean scored = line.leaf() && score != null;
                number(row, 3, scored ? score.selfScore() : null, s.number());
                number(row, 4, scored ? score.appraisedScore() : null, s.number());
                number(row, 5, scored ? score.finalScore() : null, s.number());
                cell(row, 6, scored && score.appraisalRemark() != null ? score.appraisalRemark() : "", s.text());
            }
            Row total = sheet.createRow(r++);
            cell(total, 0, "", s.boldText());
            cell(total, 1, t.get("total"), s.boldText());
            number(total, 2, export.max(), s.boldNumber());
            number(total, 3, export.sum(Score::selfScore), s.boldNumber());
            number(total, 4, export.sum(Score::appraisedScore), s.boldNumber());
            number(total, 5, export.sum(Score::finalScore), s.boldNumber());
            cell(total, 6, "", s.boldText());
            r++;
            Row percent = sheet.createRow(r++);
            cell(percent, 1, t.get("col.percent"), s.boldText());
            number(percent, 2, card.percent(), s.boldNumber());
            if (export.settled()) {
                Row band = sheet.createRow(r++);
                cell(band, 1, t.get("col.band"), s.boldText());
                cell(band, 2, t.band(card.band()), s.boldText());
            }
            Row rank = sheet.createRow(r);
            cell(rank, 1, t.get("col.rank"), s.boldText());
            if (export.placed() != null && export.placed().rank() != null) {
                Cell n = rank.createCell(2);
                n.setCellValue(export.placed().rank());
                n.setCellStyle(s.boldText());
                cell(rank, 3, export.rankText(t), s.text());
            } else {
                cell(rank, 2, export.rankText(t), s.text());
            }
            int[] widths = {9, 60, 10, 10, 11, 11, 40};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, FIRST_LINE_ROW);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Styles styles(Workbook book) {
        String twoDecimals = "0.00";
        CellStyle text = bordered(book);
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle number = bordered(book);
        number.setDataFormat(book.createDataFormat().getFormat(twoDecimals));
        number.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle boldText = bordered(book);
        boldText.setFont(bold(book));
        boldText.setWrapText(true);
        CellStyle boldNumber = bordered(book);
        boldNumber.setFont(bold(book));
        boldNumber.setDataFormat(book.createDataFormat().getFormat(twoDecimals));
        CellStyle header = bordered(book);
        header.setFont(bold(book));
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        return new Styles(text, number, boldText, boldNumber, header);
    }

    private static Font bold(Workbook book) {
        Font f = book.createFont();
        f.setBold(true);
        return f;
    }

    private static CellStyle bordered(Workbook book) {
        CellStyle s = book.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static void merged(Sheet sheet, int row, String value, CellStyle style) {
        Row r = sheet.createRow(row);
        r.createCell(0).setCellValue(value);
        r.getCell(0).setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(row, row, 0, COLUMNS - 1));
    }

    private static void cell(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A number cell, left blank (but bordered) when there is no score yet. */
    private static void number(Row row, int c, @Nullable BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }
}
