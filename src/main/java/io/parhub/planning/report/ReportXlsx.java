package io.parhub.planning.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report's tables as a workbook: one sheet per table, a bold title, a frozen header row (indicator, value), then
 * one line per figure with the number as a number (rates in percent with two decimals) so that it can be summed.
 */
final class ReportXlsx {

    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 2;
    static final int FIRST_LINE_ROW = 3;

    private ReportXlsx() {
    }

    /** {@code subtitle} names the unit or the province and the period; {@code noData} fills a figure not known. */
    static byte[] write(List<ReportTables.Table> tables, String subtitle, String indicator, String value,
            String noData) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle titleStyle = book.createCellStyle();
            titleStyle.setFont(bold);
            CellStyle header = bordered(book);
            header.setFont(bold);
            CellStyle text = bordered(book);
            CellStyle count = bordered(book);
            count.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            CellStyle rate = bordered(book);
            rate.setDataFormat(book.createDataFormat().getFormat("0.00"));
            int n = 1;
            for (ReportTables.Table table : tables) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(n++ + " " + table.title()));
                cell(sheet.createRow(TITLE_ROW), 0, table.title() + " — " + subtitle, titleStyle);
                sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, 1));
                Row h = sheet.createRow(HEADER_ROW);
                cell(h, 0, indicator, header);
                cell(h, 1, value, header);
                int r = FIRST_LINE_ROW;
                for (ReportTables.Line line : table.lines()) {
                    Row row = sheet.createRow(r++);
                    cell(row, 0, line.percent() ? line.label() + " (%)" : line.label(), text);
                    if (line.value() == null) {
                        cell(row, 1, noData, text);
                    } else {
                        Cell c = row.createCell(1);
                        c.setCellValue(line.value().doubleValue());
                        c.setCellStyle(line.percent() ? rate : count);
                    }
                }
                sheet.setColumnWidth(0, 56 * 256);
                sheet.setColumnWidth(1, 16 * 256);
                sheet.createFreezePane(0, FIRST_LINE_ROW);
            }
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

    private static void cell(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
