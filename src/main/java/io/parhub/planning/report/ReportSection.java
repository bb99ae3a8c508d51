package io.parhub.planning.report;

/**
 * The narrative sections of a report, in the order of the 6-month report of Sóc Trăng 2020 (seed 002): I. direction,
 * II. results 1–6 (the reform areas), III. overall assessment, IV. directions for the next period.
 */
public enum ReportSection {
    DIRECTION("I"), INSTITUTIONS("II.1"), PROCEDURES("II.2"), APPARATUS("II.3"), CIVIL_SERVICE("II.4"),
    PUBLIC_FINANCE("II.5"), MODERNISATION("II.6"), ASSESSMENT("III"), NEXT_STEPS("IV");

    private final String number;

    ReportSection(String number) {
        this.number = number;
    }

    public String number() {
        return number;
    }

    public String key() {
        return name().toLowerCase().replace('_', '-');
    }

    public static ReportSection ofKey(String key) {
        for (ReportSection s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
