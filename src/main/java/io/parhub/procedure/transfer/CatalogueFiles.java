package io.parhub.procedure.transfer;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** Reads and writes catalogue files in any of the three formats. */
final class CatalogueFiles {

    private CatalogueFiles() {
    }

    static RawTable read(TransferFormat format, byte[] bytes) {
        if (bytes.length == 0) {
            throw UnreadableFile.empty();
        }
        return switch (format) {
            case XLSX -> XlsxFiles.read(bytes);
            case CSV -> CsvFiles.read(bytes);
            case JSON -> JsonFiles.read(bytes);
        };
    }

    static void write(TransferFormat format, List<Column> columns, List<Map<Column, List<String>>> rows,
            OutputStream out) {
        switch (format) {
            case XLSX -> XlsxFiles.write(columns, rows, out);
            case CSV -> CsvFiles.write(columns, rows, out);
            case JSON -> JsonFiles.write(columns, rows, out);
        }
    }
}
