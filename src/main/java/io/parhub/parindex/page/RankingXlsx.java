package io.parhub.parindex.page;

import io.parhub.parindex.Scoring;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
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
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle titleStyle = book.createCellStyle();
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            titleStyle.setFont(big);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle header = bordered(book);
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            CellStyle text = bordered(book);
            CellStyle number = bordered(book);
            number.setDataFormat(book.createDataFormat().getFormat("0.00"));

            Row t = sheet.createRow(TITLE_ROW);
            t.setHeightInPoints(24);
            t.createCell(0).setCellValue(title);
            t.getCell(0).setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, headers.size() - 1));
            Row h = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
            }
            int r = FIRST_LINE_ROW;
            for (Scoring.Ranked line : lines) {
                Row row = sheet.createRow(r++);
                text(row, 0, groupName.apply(line), text);
                Cell rank = row.createCell(1);
                rank.setCellStyle(text);
                if (line.rank() != null) {
                    rank.setCellValue(line.rank());
                }
                text(row, 2, line.unit().unitCode(), text);
                text(row, 3, line.unit().unitName(), text);
                number(row, 4, line.unit().score().doubleValue(), number);
                number(row, 5, line.unit().maxScore().doubleValue(), number);
                number(row, 6, line.percent().doubleValue(), number);
                text(row, 7, bandName.apply(line), text);
            }
            int[] widths = {26, 7, 14, 48, 10, 10, 10, 14};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, FIRST_LINE_ROW);
            sheet.getPrintSetup().setLandscape(true);
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

    private static CellStyle bordered(Workbook book) {
        CellStyle s = book.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static void text(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int c, double value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
