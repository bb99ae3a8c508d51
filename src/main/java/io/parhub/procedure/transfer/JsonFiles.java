package io.parhub.procedure.transfer;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON: an array of objects whose keys are the column names. List columns are arrays of strings (no " | " to
 * split), {@code processing_time_amount} is a number, an absent value is {@code null}.
 */
final class JsonFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonFiles() {
    }

    static RawTable read(byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw UnreadableFile.because(TransferFormat.JSON, e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw UnreadableFile.empty();
        }
        if (!root.isArray()) {
            throw UnreadableFile.because(TransferFormat.JSON, "[...]");
        }
        Set<Column> present = EnumSet.noneOf(Column.class);
        Set<String> unknown = new LinkedHashSet<>();
        List<RawRow> rows = new ArrayList<>();
        int number = 0;
        for (JsonNode element : root) {
            number++;
            if (!element.isObject()) {
                throw UnreadableFile.because(TransferFormat.JSON, "[{...}] #" + number);
            }
            Map<Column, List<String>> cells = new EnumMap<>(Column.class);
            for (var property : element.properties()) {
                var column = Column.byHeader(property.getKey());
                if (column.isEmpty()) {
                    unknown.add(property.getKey());
                    continue;
                }
                present.add(column.get());
                cells.put(column.get(), values(column.get(), property.getValue()));
            }
            RawRow row = new RawRow(number, cells);
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        return new RawTable(present, List.copyOf(unknown), rows);
    }

    private static List<String> values(Column column, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : node) {
                String text = item.isValueNode() ? item.asString().strip() : item.toString();
                if (!text.isEmpty()) {
                    items.add(text);
                }
            }
            return column.isList() ? items : List.of(String.join(Column.LIST_SEPARATOR, items));
        }
        String text = node.isValueNode() ? node.asString() : node.toString();
        return Tables.split(column, text);
    }

    static void write(List<Column> columns, List<Map<Column, List<String>>> rows, OutputStream out) {
        ArrayNode array = JSON.createArrayNode();
        for (Map<Column, List<String>> values : rows) {
            ObjectNode object = array.addObject();
            for (Column column : columns) {
                List<String> items = values.getOrDefault(column, List.of());
                if (column.isList()) {
                    ArrayNode list = object.putArray(column.header());
                    items.forEach(list::add);
                } else if (items.isEmpty()) {
                    object.putNull(column.header());
                } else if (column.kind() == Column.Kind.NUMBER && items.get(0).matches("\\d{1,9}")) {
                    object.put(column.header(), Integer.parseInt(items.get(0)));
                } else {
                    object.put(column.header(), String.join(Column.LIST_SEPARATOR, items));
                }
            }
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, array);
    }
}
