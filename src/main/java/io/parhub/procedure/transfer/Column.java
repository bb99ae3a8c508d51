package io.parhub.procedure.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of an exported or imported catalogue file, in file order. The names are stable: clients and
 * spreadsheets refer to them, so a rename is a breaking change (docs/procedure.md, "Import and export").
 */
enum Column {
    /** Import only: NEW, AMENDED or ABOLISHED (also Vietnamese: Mới, Sửa đổi, Bãi bỏ). */
    CHANGE("change", Kind.TEXT, Use.IMPORT),
    CODE("code", Kind.TEXT, Use.BOTH),
    /** Import only, AMENDED rows: the old code that this (new) code replaces. */
    REPLACES("replaces", Kind.TEXT, Use.IMPORT),
    NAME("name", Kind.TEXT, Use.BOTH),
    FIELD("field", Kind.TEXT, Use.BOTH),
    LEVELS("levels", Kind.LIST, Use.BOTH),
    COMPETENT_AGENCY("competent_agency", Kind.TEXT, Use.BOTH),
    RECEIVING_AGENCY("receiving_agency", Kind.TEXT, Use.BOTH),
    PROCESSING_TIME_AMOUNT("processing_time_amount", Kind.NUMBER, Use.BOTH),
    PROCESSING_TIME_UNIT("processing_time_unit", Kind.TEXT, Use.BOTH),
    PROCESSING_TIME_TEXT("processing_time_text", Kind.TEXT, Use.BOTH),
    FEES_TEXT("fees_text", Kind.TEXT, Use.BOTH),
    FEES("fees", Kind.LIST, Use.BOTH),
    ONLINE_MODE("online_mode", Kind.TEXT, Use.BOTH),
    LEGACY_ONLINE_LEVEL("legacy_online_level", Kind.NUMBER, Use.BOTH),
    CHANNELS("channels", Kind.LIST, Use.BOTH),
    LEGAL_BASES("legal_bases", Kind.LIST, Use.BOTH),
    COMPONENTS("components", Kind.LIST, Use.BOTH),
    RESULT("result", Kind.TEXT, Use.BOTH),
    REQUIREMENTS("requirements", Kind.TEXT, Use.BOTH),
    STEPS("steps", Kind.LIST, Use.BOTH),
    APPLICANT_TYPES("applicant_types", Kind.LIST, Use.BOTH),
    NATIONAL_DECISION("national_decision", Kind.TEXT, Use.BOTH),
    PORTAL_URL("portal_url", Kind.TEXT, Use.BOTH),
    /** Export only, for the reader: when the exported version took effect. Ignored on import. */
    VALID_FROM("valid_from", Kind.TEXT, Use.EXPORT),
    /** Export only, for the reader: the decision that published the exported version. Ignored on import. */
    DECISION("decision", Kind.TEXT, Use.EXPORT);

    enum Kind { TEXT, NUMBER, LIST }

    /** Whether a column is written by exports, read by imports, or both. */
    enum Use { EXPORT, IMPORT, BOTH }

    /** Items of a list column in a CSV or XLSX cell are joined with this separator. */
    static final String LIST_SEPARATOR = " | ";

    private final String header;
    private final Kind kind;
    private final Use use;

    Column(String header, Kind kind, Use use) {
        this.header = header;
        this.kind = kind;
        this.use = use;
    }

    String header() {
        return header;
    }

    Kind kind() {
        return kind;
    }

    boolean isList() {
        return kind == Kind.LIST;
    }

    /** The columns of an export, in order. */
    static List<Column> exported() {
        return Arrays.stream(values()).filter(c -> c.use != Use.IMPORT).toList();
    }

    /** The columns an import may carry; export-only columns are accepted in a file and ignored. */
    static List<Column> imported() {
        return Arrays.stream(values()).filter(c -> c.use != Use.EXPORT).toList();
    }

    boolean isImported() {
        return use != Use.EXPORT;
    }

    static Optional<Column> byHeader(String header) {
        String wanted = header.strip();
        return Arrays.stream(values()).filter(c -> c.header.equalsIgnoreCase(wanted)).findFirst();
    }
}
