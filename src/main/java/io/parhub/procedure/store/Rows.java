package io.parhub.procedure.store;

import io.parhub.procedure.ProcedureLevel;
import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.TimeUnit;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Small conversions between result-set columns and the module's values. */
public final class Rows {

    private Rows() {
    }

    static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    static <E extends Enum<E>> List<E> enums(ResultSet rs, String column, Function<String, E> valueOf)
            throws SQLException {
        return texts(rs, column).stream().map(valueOf).toList();
    }

    static List<ProcedureLevel> levels(ResultSet rs) throws SQLException {
        return enums(rs, "levels", ProcedureLevel::valueOf);
    }

    static @Nullable ProcessingTime time(ResultSet rs) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("processing_amount");
        String unit = rs.getString("processing_unit");
        String text = rs.getString("processing_text");
        if (amount == null && text == null) {
            return null;
        }
        return new ProcessingTime(plain(amount),
                unit == null ? null : TimeUnit.valueOf(unit), text);
    }

    /** 15.00 → 15, 0.50 → 0.5 (never 1.5E+1). */
    public static @Nullable BigDecimal plain(@Nullable BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static <E extends Enum<E>> String[] names(List<E> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }
}
