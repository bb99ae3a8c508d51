package io.parhub.procedure.transfer;

import java.util.Map;

/** The file column named by a field of the core's validation errors, e.g. "content.name" → "name". */
final class CoreFields {

    private static final Map<String, Column> FIELDS = Map.ofEntries(
            Map.entry("kind", Column.CHANGE),
            Map.entry("code", Column.CODE),
            Map.entry("replaces", Column.REPLACES),
            Map.entry("content", Column.NAME),
            Map.entry("content.name", Column.NAME),
            Map.entry("content.field", Column.FIELD),
            Map.entry("content.levels", Column.LEVELS),
            Map.entry("content.competentAgency", Column.COMPETENT_AGENCY),
            Map.entry("content.receivingAgency", Column.RECEIVING_AGENCY),
            Map.entry("content.steps", Column.STEPS),
            Map.entry("content.components", Column.COMPONENTS),
            Map.entry("content.processingTime", Column.PROCESSING_TIME_AMOUNT),
            Map.entry("content.processingTime.amount", Column.PROCESSING_TIME_AMOUNT),
            Map.entry("content.processingTime.unit", Column.PROCESSING_TIME_UNIT),
            Map.entry("content.processingTime.text", Column.PROCESSING_TIME_TEXT),
            Map.entry("content.fees", Column.FEES),
            Map.entry("content.feeText", Column.FEES_TEXT),
            Map.entry("content.result", Column.RESULT),
            Map.entry("content.requirements", Column.REQUIREMENTS),
            Map.entry("content.legalBases", Column.LEGAL_BASES),
            Map.entry("content.onlineMode", Column.ONLINE_MODE),
            Map.entry("content.legacyOnlineLevel", Column.LEGACY_ONLINE_LEVEL),
            Map.entry("content.channels", Column.CHANNELS),
            Map.entry("content.applicantTypes", Column.APPLICANT_TYPES),
            Map.entry("content.nationalDecision", Column.NATIONAL_DECISION),
            Map.entry("content.portalUrl", Column.PORTAL_URL));

    private CoreFields() {
    }

    static String column(String field) {
        Column exact = FIELDS.get(field);
        if (exact != null) {
            return exact.header();
        }
        // e.g. "content.components[2].name" → components
        String base = field.replaceAll("\\[\\d+]", "");
        while (base.contains(".")) {
            Column column = FIELDS.get(base);
            if (column != null) {
                return column.header();
            }
            base = base.substring(0, base.lastIndexOf('.'));
        }
        Column column = FIELDS.get(base);
        return column == null ? field : column.header();
    }
}
