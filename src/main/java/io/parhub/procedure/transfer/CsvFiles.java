package io.parhub.procedure.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as RFC 4180 (comma, double quotes, CRLF), UTF-8. Exports start with a byte order mark: Excel on Windows
 * reads a CSV without one in the legacy code page (Windows-1258 in Vietnam) and garbles every accented letter.
 * Imports accept a file with or without the mark, and a semicolon instead of a comma (what Excel writes where
 * the list separator is a semicolon).
 */
final class CsvFiles {

    static final char BOM = '\uFEFF';

    private CsvFiles() {
    }

    static RawTable read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        if (text.contains("\uFFFD")) {
            throw UnreadableFile.because(TransferFormat.CSV, "UTF-8");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        try (var reader = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Tables.Header header = null;
            List<RawRow> rows = new ArrayList<>();
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = record.toList();
                if (header == null) {
                    header = Tables.header(cells);
                    continue;
                }
                RawRow row = header.row(number, cells);
                if (!row.isBlank()) {
                    rows.add(row);
                }
            }
            if (header == null) {
                throw UnreadableFile.empty();
            }
            return new RawTable(header.present(), header.unknown(), rows);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw UnreadableFile.because(TransferFormat.CSV, String.valueOf(e.getMessage()));
        }
    }

    static void write(List<Column> columns, List<Map<Column, List<String>>> rows, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BOM);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(columns.stream().map(Column::header).toList());
            for (Map<Column, List<String>> row : rows) {
                printer.printRecord(columns.stream().map(c -> Tables.join(row.getOrDefault(c, List.of()))).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
