package io.parhub.procedure.transfer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an uploaded file, where the user can find it: the row (1 = the header row of CSV and XLSX,
 * or the first object of JSON; 0 = the file or the decision as a whole), the column name (empty when the whole
 * row is concerned) and the procedure code of the row, if any. The message is resolved in the reader's language.
 */
record RowError(int row, String column, @Nullable String code, String messageKey, List<String> args) {

    RowError {
        args = List.copyOf(args);
    }

    static RowError of(int row, Column column, @Nullable String code, String messageKey, String... args) {
        return new RowError(row, column.header(), code, messageKey, List.of(args));
    }
}
