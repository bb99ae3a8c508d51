package io.parhub.parindex.page;

import java.util.List;
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

/**
 * The look the PAR Index spreadsheets share: a merged bold title, a bold header frozen above the lines, bordered cells,
 * scores with two decimals, printed on A4 one page wide.
 */
final class XlsxSheets {

    private XlsxSheets() {
    }

    static Font bold(Workbook book) {
        Font f = book.createFont();
        f.setBold(true);
        return f;
    }

    static CellStyle bordered(Workbook book) {
        CellStyle s = book.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    /** Scores are kept as numbers, so that a reader can sum and sort them, shown with two decimals. */
    static CellStyle twoDecimals(Workbook book, CellStyle style) {
        style.setDataFormat(book.createDataFormat().getFormat("0.00"));
        return style;
    }

    /** Bordered, bold, wrapped and centred. */
    static CellStyle header(Workbook book) {
        CellStyle header = bordered(book);
        header.setFont(bold(book));
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        return header;
    }

    /** Bold 14 pt, centred. */
    static CellStyle title(Workbook book) {
        Font big = book.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        CellStyle title = book.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        return title;
    }

    /** {@code value} across the first {@code columns} columns of a new row. */
    static Row merged(Sheet sheet, int row, String value, CellStyle style, int columns) {
        Row r = sheet.createRow(row);
        text(r, 0, value, style);
        sheet.addMergedRegion(new CellRangeAddress(row, row, 0, columns - 1));
        return r;
    }

    static void headerRow(Sheet sheet, int row, List<String> headers, CellStyle style) {
        Row h = sheet.createRow(row);
        for (int c = 0; c < headers.size(); c++) {
            text(h, c, headers.get(c), style);
        }
    }

    static void text(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** Column widths in characters; the lines scroll under the frozen rows above {@code firstLineRow}. */
    static void layOut(Sheet sheet, int[] widths, int firstLineRow, boolean landscape) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, firstLineRow);
        if (landscape) {
            sheet.getPrintSetup().setLandscape(true);
        }
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}
