package io.parhub.procedure.transfer;

import java.util.List;
import java.util.Set;

/**
 * What a reader found in a file: the known columns present, the headers it did not recognise, and the rows.
 * Row numbers count the header as row 1 in CSV and XLSX, and the first object as row 1 in JSON.
 */
record RawTable(Set<Column> columns, List<String> unknownHeaders, List<RawRow> rows) {

    RawTable {
        columns = Set.copyOf(columns);
        unknownHeaders = List.copyOf(unknownHeaders);
        rows = List.copyOf(rows);
    }
}
