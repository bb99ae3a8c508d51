package io.parhub.parindex.page;

import io.parhub.parindex.Criterion;
import io.parhub.parindex.Score;
import io.parhub.parindex.Scorecard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
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
            CellStyle title = XlsxSheets.title(book);
            merged(sheet, TITLE_ROW, t.get("scorecard.title", card.cycle().year()), title).setHeightInPoints(24);
            CellStyle unit = book.createCellStyle();
            unit.setFont(XlsxSheets.bold(book));
            unit.setAlignment(HorizontalAlignment.CENTER);
            merged(sheet, UNIT_ROW, card.entry().unitName() + " — " + card.set().title(), unit);
            XlsxSheets.headerRow(sheet, HEADER_ROW, List.of(t.get("col.code"), t.get("col.criterion"),
                    t.get("col.max"), t.get("col.self"), t.get("col.appraised"), t.get("col.final"),
                    t.get("col.remark")), s.header());
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
            XlsxSheets.layOut(sheet, new int[] {9, 60, 10, 10, 11, 11, 40}, FIRST_LINE_ROW, false);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Styles styles(Workbook book) {
        CellStyle text = XlsxSheets.bordered(book);
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle number = XlsxSheets.twoDecimals(book, XlsxSheets.bordered(book));
        number.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle boldText = XlsxSheets.bordered(book);
        boldText.setFont(XlsxSheets.bold(book));
        boldText.setWrapText(true);
        CellStyle boldNumber = XlsxSheets.twoDecimals(book, XlsxSheets.bordered(book));
        boldNumber.setFont(XlsxSheets.bold(book));
        CellStyle header = XlsxSheets.header(book);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        return new Styles(text, number, boldText, boldNumber, header);
    }

    private static Row merged(Sheet sheet, int row, String value, CellStyle style) {
        return XlsxSheets.merged(sheet, row, value, style, COLUMNS);
    }

    private static void cell(Row row, int c, String value, CellStyle style) {
        XlsxSheets.text(row, c, value, style);
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
