package io.parhub.parindex.page;

import io.parhub.parindex.Scoring;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A published year's ranking as one XLSX sheet: a merged bold title, a bold header row (frozen), one line per unit
 * grouped as on the page (group, rank, code, unit, score, maximum, percent, band), numbers as numbers with two
 * decimals, fitted to a landscape A4 page.
 */
final class RankingXlsx {

    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 2;
    static final int FIRST_LINE_ROW = 3;

    private RankingXlsx() {
    }

    /** {@code groupName} and {@code bandName} give the texts in the reader's language. */
    static byte[] write(String title, List<String> headers, List<Scoring.Ranked> lines,
            Function<Scoring.Ranked, String> groupName, Function<Scoring.Ranked, String> bandName) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Ranking");
            CellStyle titleStyle = XlsxSheets.title(book);
            CellStyle header = XlsxSheets.header(book);
            CellStyle text = XlsxSheets.bordered(book);
            CellStyle number = XlsxSheets.twoDecimals(book, XlsxSheets.bordered(book));

            XlsxSheets.merged(sheet, TITLE_ROW, title, titleStyle, headers.size()).setHeightInPoints(24);
            XlsxSheets.headerRow(sheet, HEADER_ROW, headers, header);
            int r = FIRST_LINE_ROW;
            for (Scoring.Ranked line : lines) {
                Row row = sheet.createRow(r++);
                XlsxSheets.text(row, 0, groupName.apply(line), text);
                Cell rank = row.createCell(1);
                rank.setCellStyle(text);
                if (line.rank() != null) {
                    rank.setCellValue(line.rank());
                }
                XlsxSheets.text(row, 2, line.unit().unitCode(), text);
                XlsxSheets.text(row, 3, line.unit().unitName(), text);
                number(row, 4, line.unit().score().doubleValue(), number);
                number(row, 5, line.unit().maxScore().doubleValue(), number);
                number(row, 6, line.percent().doubleValue(), number);
                XlsxSheets.text(row, 7, bandName.apply(line), text);
            }
            XlsxSheets.layOut(sheet, new int[] {26, 7, 14, 48, 10, 10, 10, 14}, FIRST_LINE_ROW, true);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(Row row, int c, double value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
