package io.parhub.procedure.transfer;

import io.parhub.procedure.ChangeKind;
import io.parhub.procedure.Channel;
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.Fee;
import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.ProcedureChange;
import io.parhub.procedure.ProcedureContent;
import io.parhub.procedure.ProcedureLevel;
import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.TimeUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Row-level reading of an uploaded file: every column value is checked and every problem is collected (not only
 * the first), so a dry run shows the officer the whole list at once. The catalogue's own rules (does the code
 * exist on the effective date, …) are checked afterwards by the core's validation.
 */
final class RowParser {

    /** National codes such as 1.001193, provincial ones such as 1.004946.000.00.00.H51. */
    private static final Pattern CODE = Pattern.compile("[\\p{Alnum}][\\p{Alnum}.-]{0,63}");

    private final List<RowError> errors = new ArrayList<>();
    private final int headerRow;

    private RowParser(int headerRow) {
        this.headerRow = headerRow;
    }

    /**
     * @param headerRow the row number to report header problems on: 1 for CSV and XLSX, 0 (the file) for JSON
     */
    static ParsedFile parse(RawTable table, int headerRow) {
        return new RowParser(headerRow).run(table);
    }

    private ParsedFile run(RawTable table) {
        for (String unknown : table.unknownHeaders()) {
            errors.add(new RowError(headerRow, unknown, null, "transfer.error.unknown-column", List.of(unknown)));
        }
        boolean contentRows = table.rows().stream().map(r -> Vocabulary.change(r.text(Column.CHANGE)))
                .anyMatch(k -> k.isPresent() && k.get() != ChangeKind.ABOLISHED);
        Set<Column> missing = new LinkedHashSet<>();
        for (Column required : List.of(Column.CHANGE, Column.CODE, Column.NAME, Column.FIELD, Column.LEVELS)) {
            boolean needed = required == Column.CHANGE || required == Column.CODE || contentRows;
            if (needed && !table.columns().contains(required)) {
                missing.add(required);
                errors.add(RowError.of(headerRow, required, null, "transfer.error.missing-column",
                        required.header()));
            }
        }
        if (table.rows().isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(0, "", null, "transfer.error.no-rows", List.of()));
        }
        List<ParsedFile.Row> rows = new ArrayList<>();
        if (!missing.isEmpty()) {
            return new ParsedFile(rows, errors);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (RawRow raw : table.rows()) {
            int before = errors.size();
            ProcedureChange change = row(raw, seen);
            if (change != null && errors.size() == before) {
                rows.add(new ParsedFile.Row(raw.number(), change));
            }
        }
        return new ParsedFile(rows, errors);
    }

    private @Nullable ProcedureChange row(RawRow raw, Map<String, Integer> seen) {
        String code = raw.text(Column.CODE);
        @Nullable String reportedCode = code.isEmpty() ? null : code;
        if (code.isEmpty()) {
            error(raw, Column.CODE, null, "transfer.error.required");
        } else if (!CODE.matcher(code).matches()) {
            error(raw, Column.CODE, reportedCode, "transfer.error.code", code);
        } else if (seen.containsKey(code)) {
            error(raw, Column.CODE, reportedCode, "transfer.error.duplicate-code", code,
                    String.valueOf(seen.get(code)));
        } else {
            seen.put(code, raw.number());
        }
        String changeText = raw.text(Column.CHANGE);
        Optional<ChangeKind> kind = Vocabulary.change(changeText);
        if (changeText.isEmpty()) {
            error(raw, Column.CHANGE, reportedCode, "transfer.error.required");
        } else if (kind.isEmpty()) {
            error(raw, Column.CHANGE, reportedCode, "transfer.error.change", changeText);
        }
        String replaces = raw.text(Column.REPLACES);
        if (!replaces.isEmpty() && kind.isPresent() && kind.get() != ChangeKind.AMENDED) {
            error(raw, Column.REPLACES, reportedCode, "transfer.error.replaces-only-amended");
        }
        if (kind.isEmpty()) {
            return null;
        }
        if (kind.get() == ChangeKind.ABOLISHED) {
            return ProcedureChange.abolished(code);
        }
        ProcedureContent content = content(raw, reportedCode);
        return new ProcedureChange(kind.get(), code, replaces.isEmpty() ? null : replaces, content);
    }

    private ProcedureContent content(RawRow raw, @Nullable String code) {
        String name = required(raw, Column.NAME, code);
        String field = required(raw, Column.FIELD, code);
        List<ProcedureLevel> levels = new ArrayList<>();
        for (String item : raw.list(Column.LEVELS)) {
            for (String part : item.split(",")) {
                if (!part.isBlank()) {
                    Vocabulary.level(part).ifPresentOrElse(l -> {
                        if (!levels.contains(l)) {
                            levels.add(l);
                        }
                    }, () -> error(raw, Column.LEVELS, code, "transfer.error.level", part.strip()));
                }
            }
        }
        if (raw.list(Column.LEVELS).isEmpty()) {
            error(raw, Column.LEVELS, code, "transfer.error.required");
        }
        List<Channel> channels = new ArrayList<>();
        for (String item : raw.list(Column.CHANNELS)) {
            Vocabulary.channel(item).ifPresentOrElse(c -> {
                if (!channels.contains(c)) {
                    channels.add(c);
                }
            }, () -> error(raw, Column.CHANNELS, code, "transfer.error.channel", item));
        }
        List<DossierComponent> components = new ArrayList<>();
        for (String item : raw.list(Column.COMPONENTS)) {
            ItemText.component(item).ifPresentOrElse(components::add,
                    () -> error(raw, Column.COMPONENTS, code, "transfer.error.component", item));
        }
        List<Fee> fees = raw.list(Column.FEES).stream().map(ItemText::fee).toList();
        OnlineMode onlineMode = optional(raw, Column.ONLINE_MODE, code, Vocabulary::onlineMode,
                "transfer.error.online-mode");
        Integer legacyLevel = legacyLevel(raw, code);
        return new ProcedureContent(name, field, levels, text(raw, Column.COMPETENT_AGENCY),
                text(raw, Column.RECEIVING_AGENCY), raw.list(Column.STEPS), components, processingTime(raw, code),
                fees, text(raw, Column.FEES_TEXT), text(raw, Column.RESULT), text(raw, Column.REQUIREMENTS),
                raw.list(Column.LEGAL_BASES), onlineMode, legacyLevel, channels, raw.list(Column.APPLICANT_TYPES),
                text(raw, Column.NATIONAL_DECISION), text(raw, Column.PORTAL_URL));
    }

    private @Nullable ProcessingTime processingTime(RawRow raw, @Nullable String code) {
        String amountText = raw.text(Column.PROCESSING_TIME_AMOUNT);
        String unitText = raw.text(Column.PROCESSING_TIME_UNIT);
        String text = text(raw, Column.PROCESSING_TIME_TEXT);
        BigDecimal amount = null;
        if (!amountText.isEmpty()) {
            amount = ItemText.amount(amountText);
            if (amount == null || amount.signum() <= 0) {
                error(raw, Column.PROCESSING_TIME_AMOUNT, code, "transfer.error.amount", amountText);
                amount = null;
            }
        }
        TimeUnit unit = optional(raw, Column.PROCESSING_TIME_UNIT, code, Vocabulary::unit, "transfer.error.unit");
        if (!amountText.isEmpty() && unitText.isEmpty()) {
            error(raw, Column.PROCESSING_TIME_UNIT, code, "transfer.error.unit-missing");
        }
        if (amountText.isEmpty() && !unitText.isEmpty()) {
            error(raw, Column.PROCESSING_TIME_AMOUNT, code, "transfer.error.amount-missing");
        }
        if (amount == null && unit == null && text == null) {
            return null;
        }
        return new ProcessingTime(amount, unit, text);
    }

    private @Nullable Integer legacyLevel(RawRow raw, @Nullable String code) {
        String text = raw.text(Column.LEGACY_ONLINE_LEVEL);
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[1-4]")) {
            error(raw, Column.LEGACY_ONLINE_LEVEL, code, "transfer.error.legacy-level", text);
            return null;
        }
        return Integer.valueOf(text);
    }

    private <T> @Nullable T optional(RawRow raw, Column column, @Nullable String code,
            Function<String, Optional<T>> vocabulary, String messageKey) {
        String text = raw.text(column);
        if (text.isEmpty()) {
            return null;
        }
        Optional<T> value = vocabulary.apply(text);
        if (value.isEmpty()) {
            error(raw, column, code, messageKey, text);
        }
        return value.orElse(null);
    }

    private String required(RawRow raw, Column column, @Nullable String code) {
        String value = raw.text(column);
        if (value.isEmpty()) {
            error(raw, column, code, "transfer.error.required");
        }
        return value;
    }

    private static @Nullable String text(RawRow raw, Column column) {
        String value = raw.text(column);
        return value.isEmpty() ? null : value;
    }

    private void error(RawRow raw, Column column, @Nullable String code, String key, String... args) {
        errors.add(RowError.of(raw.number(), column, code, key, args));
    }
}
