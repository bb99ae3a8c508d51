package io.parhub.dossier.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The annex as an XLSX sheet through Apache POI, laid out as officials print it: a merged bold title, the note, a
 * two-level header merged where a heading covers several columns (or both rows), numbers as numbers with thousands
 * separators, the rate with two decimals, a bold total row, the header frozen and the sheet fitted to a landscape A4
 * page.
 */
public final class AnnexXlsx {

    /** Row numbers (0-based) of the parts of the sheet. */
    public static final int TITLE_ROW = 0;
    public static final int NOTE_ROW = 1;
    public static final int GROUP_ROW = 3;
    public static final int HEADER_ROW = 4;
    public static final int FIRST_LINE_ROW = 5;

    private AnnexXlsx() {
    }

    public static byte[] write(StatisticsAnnex annex, String sheetName) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            Styles s = new Styles(book);
            int last = annex.width() - 1;

            cell(sheet.createRow(TITLE_ROW), 0, annex.title(), s.title);
            sheet.getRow(TITLE_ROW).setHeightInPoints(36);
            sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, last));
            cell(sheet.createRow(NOTE_ROW), 0, annex.note(), s.note);
            sheet.addMergedRegion(new CellRangeAddress(NOTE_ROW, NOTE_ROW, 0, last));

            Row top = sheet.createRow(GROUP_ROW);
            Row header = sheet.createRow(HEADER_ROW);
            header.setHeightInPoints(48);
            for (int c = 0; c <= last; c++) {
                cell(top, c, "", s.header);
                cell(header, c, annex.headers().get(c), s.header);
            }
            for (StatisticsAnnex.Group g : annex.groups()) {
                top.getCell(g.first()).setCellValue(g.label());
                if (g.span() == 1) {
                    sheet.addMergedRegion(new CellRangeAddress(GROUP_ROW, HEADER_ROW, g.first(), g.first()));
                } else {
                    sheet.addMergedRegion(new CellRangeAddress(GROUP_ROW, GROUP_ROW, g.first(),
                            g.first() + g.span() - 1));
                }
            }

            int r = FIRST_LINE_ROW;
            for (StatisticsAnnex.Line line : annex.lines()) {
                line(sheet.createRow(r++), line, s, false);
            }
            line(sheet.createRow(r), annex.total(), s, true);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 2));

            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 42 * 256);
            sheet.setColumnWidth(2, 14 * 256);
            for (int c = StatisticsAnnex.FIRST_FIGURE; c <= last; c++) {
                sheet.setColumnWidth(c, 12 * 256);
            }
            sheet.createFreezePane(3, FIRST_LINE_ROW);
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Row row, StatisticsAnnex.Line line, Styles s, boolean total) {
        if (line.number() != null) {
            row.createCell(0).setCellValue(line.number());
            row.getCell(0).setCellStyle(s.number);
        } else {
            cell(row, 0, "", total ? s.totalText : s.text);
        }
        cell(row, 1, line.label(), total ? s.totalText : s.text);
        cell(row, 2, line.code(), total ? s.totalText : s.text);
        int c = StatisticsAnnex.FIRST_FIGURE;
        for (@Nullable Number n : line.values()) {
            Cell cell = row.createCell(c++);
            boolean rate = n instanceof Double;
            cell.setCellStyle(rate ? (total ? s.totalRate : s.rate) : (total ? s.totalNumber : s.number));
            if (n != null) {
                cell.setCellValue(n.doubleValue());
            }
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle note;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle rate;
        final CellStyle totalText;
        final CellStyle totalNumber;
        final CellStyle totalRate;

        Styles(Workbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font italic = book.createFont();
            italic.setItalic(true);
            short thousands = book.createDataFormat().getFormat("#,##0");
            short twoDecimals = book.createDataFormat().getFormat("0.00");

            title = book.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            title.setWrapText(true);
            note = book.createCellStyle();
            note.setFont(italic);
            note.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(book);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(book);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            number = bordered(book);
            number.setDataFormat(thousands);
            rate = bordered(book);
            rate.setDataFormat(twoDecimals);
            totalText = bordered(book);
            totalText.setFont(bold);
            totalText.setAlignment(HorizontalAlignment.CENTER);
            totalNumber = bordered(book);
            totalNumber.setFont(bold);
            totalNumber.setDataFormat(thousands);
            totalRate = bordered(book);
            totalRate.setFont(bold);
            totalRate.setDataFormat(twoDecimals);
        }

        private static CellStyle bordered(Workbook book) {
            CellStyle style = book.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
