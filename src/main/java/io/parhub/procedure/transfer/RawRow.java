package io.parhub.procedure.transfer;

import java.util.List;
import java.util.Map;

/**
 * One data row of an uploaded file before any interpretation: its number as the user sees it (the spreadsheet row,
 * or the position in the JSON array) and the text of each known column. A list column holds its items; any other
 * column holds zero or one value.
 */
record RawRow(int number, Map<Column, List<String>> cells) {

    RawRow {
        cells = Map.copyOf(cells);
    }

    /** The single value of a column, stripped; empty when absent or blank. */
    String text(Column column) {
        List<String> values = cells.getOrDefault(column, List.of());
        return values.isEmpty() ? "" : String.join(Column.LIST_SEPARATOR, values).strip();
    }

    List<String> list(Column column) {
        return cells.getOrDefault(column, List.of());
    }

    boolean isBlank() {
        return cells.values().stream().flatMap(List::stream).allMatch(String::isBlank);
    }
}
