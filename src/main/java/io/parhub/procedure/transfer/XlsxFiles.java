package io.parhub.procedure.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * XLSX through Apache POI: the first sheet, a header row of column names, one procedure per row. Exports have a
 * bold, frozen header with a filter and column widths from the content (capped, so a long list of components does
 * not make a column a screen wide). Cells are read as Excel shows them, so 15 stays "15" and not "15.0".
 */
final class XlsxFiles {

    static final String SHEET = "procedures";
    /** Excel's limit for one cell; longer text would make the file unreadable. */
    private static final int MAX_CELL = 32_767;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private XlsxFiles() {
    }

    static RawTable read(byte[] bytes) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw UnreadableFile.empty();
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Tables.Header header = null;
            List<RawRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                if (header == null) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    header = Tables.header(cells);
                    continue;
                }
                RawRow raw = header.row(row.getRowNum() + 1, cells);
                if (!raw.isBlank()) {
                    rows.add(raw);
                }
            }
            if (header == null) {
                throw UnreadableFile.empty();
            }
            return new RawTable(header.present(), header.unknown(), rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof io.parhub.shared.DomainException domain) {
                throw domain;
            }
            throw UnreadableFile.because(TransferFormat.XLSX, String.valueOf(e.getMessage()));
        }
    }

    static void write(List<Column> columns, List<Map<Column, List<String>>> rows, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int[] widths = new int[columns.size()];
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(bold);
                widths[c] = columns.get(c).header().length() + 2;
            }
            int r = 1;
            for (Map<Column, List<String>> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Column column = columns.get(c);
                    String text = Tables.join(values.getOrDefault(column, List.of()));
                    if (text.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (column.kind() == Column.Kind.NUMBER && text.matches("\\d{1,9}")) {
                        cell.setCellValue(Integer.parseInt(text));
                    } else {
                        cell.setCellValue(text.length() > MAX_CELL ? text.substring(0, MAX_CELL) : text);
                    }
                    widths[c] = Math.max(widths[c], Math.min(text.length(), MAX_WIDTH));
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, Math.max(MIN_WIDTH, Math.min(widths[c], MAX_WIDTH)) * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
