package io.parhub.procedure.transfer;

import io.parhub.procedure.Procedure;
import io.parhub.procedure.ProcedureContent;
import io.parhub.procedure.ProcessingTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A procedure as one row of an export: every column's values, list columns item by item. */
final class ExportRows {

    private ExportRows() {
    }

    static Map<Column, List<String>> row(Procedure procedure) {
        ProcedureContent c = procedure.content();
        Map<Column, List<String>> row = new EnumMap<>(Column.class);
        Column.exported().forEach(column -> row.put(column, List.of()));
        put(row, Column.CODE, procedure.code());
        put(row, Column.NAME, c.name());
        put(row, Column.FIELD, c.field());
        row.put(Column.LEVELS, c.levels().stream().map(Enum::name).toList());
        put(row, Column.COMPETENT_AGENCY, c.competentAgency());
        put(row, Column.RECEIVING_AGENCY, c.receivingAgency());
        ProcessingTime time = c.processingTime();
        if (time != null) {
            put(row, Column.PROCESSING_TIME_AMOUNT,
                    time.amount() == null ? null : time.amount().stripTrailingZeros().toPlainString());
            put(row, Column.PROCESSING_TIME_UNIT, time.unit() == null ? null : time.unit().name());
            put(row, Column.PROCESSING_TIME_TEXT, time.text());
        }
        put(row, Column.FEES_TEXT, c.feeText());
        row.put(Column.FEES, c.fees().stream().map(ItemText::fee).toList());
        put(row, Column.ONLINE_MODE, c.onlineMode() == null ? null : c.onlineMode().name());
        put(row, Column.LEGACY_ONLINE_LEVEL, c.legacyOnlineLevel() == null ? null : c.legacyOnlineLevel().toString());
        row.put(Column.CHANNELS, c.channels().stream().map(Enum::name).toList());
        row.put(Column.LEGAL_BASES, c.legalBases());
        row.put(Column.COMPONENTS, c.components().stream().map(ItemText::component).toList());
        put(row, Column.RESULT, c.result());
        put(row, Column.REQUIREMENTS, c.requirements());
        row.put(Column.STEPS, c.steps());
        row.put(Column.APPLICANT_TYPES, c.applicantTypes());
        put(row, Column.NATIONAL_DECISION, c.nationalDecision());
        put(row, Column.PORTAL_URL, c.portalUrl());
        put(row, Column.VALID_FROM, procedure.version().validFrom().toString());
        put(row, Column.DECISION, procedure.version().decision().number());
        return row;
    }

    private static void put(Map<Column, List<String>> row, Column column, @Nullable String value) {
        row.put(column, value == null || value.isBlank() ? List.of() : List.of(value));
    }
}
