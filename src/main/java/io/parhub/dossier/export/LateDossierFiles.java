package io.parhub.dossier.export;

import io.parhub.dossier.DossierStatistics.LateDossier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The late dossiers of a drill-down as a list (staff only: dossier codes are not open data): a title row, a header
 * row and one dossier per row, as XLSX or as CSV (UTF-8 with a byte order mark, RFC 4180).
 */
public final class LateDossierFiles {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> COLUMNS = List.of("number", "code", "procedure-code", "procedure", "agency",
            "received-at", "due-at", "resolved-at", "status");

    private final String title;
    private final List<String> headers;
    private final List<List<String>> rows;

    private LateDossierFiles(String title, List<String> headers, List<List<String>> rows) {
        this.title = title;
        this.headers = headers;
        this.rows = rows;
    }

    public static LateDossierFiles of(List<LateDossier> late, @Nullable String unitName, LocalDate from, LocalDate to,
            MessageSource messages, Locale locale) {
        String unit = unitName != null ? unitName : messages.getMessage("stats.annex.all-units", null, locale);
        String title = messages.getMessage("stats.late-file.title", new Object[] {unit, from.format(DAY),
                to.format(DAY)}, locale);
        List<String> headers = COLUMNS.stream()
                .map(c -> messages.getMessage("stats.late-file.col." + c, null, locale)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (LateDossier d : late) {
            rows.add(List.of(String.valueOf(rows.size() + 1), d.code(), d.procedureCode(), d.procedureName(),
                    d.agencyCode(), moment(d.receivedAt()), moment(d.dueAt()),
                    d.resolvedAt() == null ? messages.getMessage("stats.late.still-pending", null, locale)
                            : moment(d.resolvedAt()),
                    messages.getMessage("dossier.page.status." + d.status(), null, d.status(), locale)));
        }
        return new LateDossierFiles(title, headers, rows);
    }

    public byte[] csv() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            out.write('\uFEFF');
            List<String> first = new ArrayList<>(List.of(title));
            while (first.size() < headers.size()) {
                first.add("");
            }
            csv.printRecord(first);
            csv.printRecord(headers);
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public byte[] xlsx(String sheetName) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle strong = book.createCellStyle();
            strong.setFont(bold);
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.getRow(0).getCell(0).setCellStyle(strong);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
            Row header = sheet.createRow(2);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
                header.getCell(c).setCellStyle(strong);
            }
            int r = 3;
            for (List<String> row : rows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(Integer.parseInt(row.get(0)));
                for (int c = 1; c < row.size(); c++) {
                    line.createCell(c).setCellValue(row.get(c));
                }
            }
            int[] widths = {6, 22, 14, 48, 14, 18, 18, 18, 22};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 3);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String moment(LocalDateTime t) {
        return t.format(MOMENT);
    }
}
