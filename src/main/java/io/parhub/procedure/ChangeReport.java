package io.parhub.procedure;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The procedures added, amended and abolished by decisions that took effect between {@code from} and {@code to}
 * (both inclusive): a query over the recorded changes.
 */
public record ChangeReport(LocalDate from, LocalDate to, Counts counts, List<Entry> added, List<Entry> amended,
        List<Entry> abolished) {

    public record Counts(long added, long amended, long abolished) {
    }

    /**
     * @param name the name the procedure had after the change (before it, for an abolition)
     * @param replaces for an AMENDED entry that gave a new code: the code it replaced
     */
    public record Entry(String code, String name, String decision, LocalDate effectiveFrom,
            @Nullable String replaces) {
    }
}
