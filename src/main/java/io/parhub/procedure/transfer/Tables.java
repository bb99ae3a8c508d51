package io.parhub.procedure.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What the CSV and XLSX readers share: a header row of column names and cells that hold text. */
final class Tables {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*\\|\\s*");

    private Tables() {
    }

    /** Header cells mapped to known columns, by position; unknown headers are collected, blanks ignored. */
    static Header header(List<String> cells) {
        List<Optional<Column>> positions = new ArrayList<>();
        Set<Column> present = EnumSet.noneOf(Column.class);
        List<String> unknown = new ArrayList<>();
        for (String cell : cells) {
            String name = cell == null ? "" : cell.replace("\uFEFF", "").strip();
            Optional<Column> column = name.isEmpty() ? Optional.empty() : Column.byHeader(name);
            if (!name.isEmpty() && column.isEmpty()) {
                unknown.add(name);
            }
            column.ifPresent(present::add);
            positions.add(column);
        }
        return new Header(positions, present, unknown);
    }

    record Header(List<Optional<Column>> positions, Set<Column> present, List<String> unknown) {

        RawRow row(int number, List<String> cells) {
            Map<Column, List<String>> values = new EnumMap<>(Column.class);
            for (int i = 0; i < positions.size() && i < cells.size(); i++) {
                int index = i;
                positions.get(i).ifPresent(column -> values.put(column, split(column, cells.get(index))));
            }
            return new RawRow(number, values);
        }
    }

    /** A list column's cell holds items joined with " | "; any other column holds one value. */
    static List<String> split(Column column, String cell) {
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (!column.isList()) {
            return List.of(text);
        }
        return Arrays.stream(LIST_SEPARATOR.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The text of a cell in CSV or XLSX: list items joined with " | ". */
    static String join(List<String> values) {
        return String.join(Column.LIST_SEPARATOR, values);
    }
}
