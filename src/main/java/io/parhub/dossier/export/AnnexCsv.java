package io.parhub.dossier.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The annex as CSV (RFC 4180: commas, CRLF, quotes where needed), UTF-8 with a byte order mark so that Excel shows
 * the Vietnamese text correctly. Rows: title, note, the first-level header (its label in the first column it spans),
 * the column headers, one row per group, the total. Rates use a dot as decimal mark, as in the JSON.
 */
public final class AnnexCsv {

    private AnnexCsv() {
    }

    public static byte[] write(StatisticsAnnex annex) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            out.write('\uFEFF');
            csv.printRecord(padded(List.of(annex.title()), annex.width()));
            csv.printRecord(padded(List.of(annex.note()), annex.width()));
            List<String> top = padded(List.of(), annex.width());
            for (StatisticsAnnex.Group g : annex.groups()) {
                top.set(g.first(), g.label());
            }
            csv.printRecord(top);
            csv.printRecord(annex.headers());
            for (StatisticsAnnex.Line line : annex.lines()) {
                csv.printRecord(cells(line));
            }
            csv.printRecord(cells(annex.total()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<String> cells(StatisticsAnnex.Line line) {
        List<String> cells = new ArrayList<>();
        cells.add(line.number() == null ? "" : line.number().toString());
        cells.add(line.label());
        cells.add(line.code());
        for (@Nullable Number n : line.values()) {
            cells.add(n == null ? "" : n instanceof Double d ? String.format(java.util.Locale.ROOT, "%.2f", d)
                    : n.toString());
        }
        return cells;
    }

    private static List<String> padded(List<String> first, int width) {
        List<String> cells = new ArrayList<>(first);
        while (cells.size() < width) {
            cells.add("");
        }
        return cells;
    }
}
