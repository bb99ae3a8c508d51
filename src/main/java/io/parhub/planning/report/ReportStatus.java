package io.parhub.planning.report;

/** A unit report's state; NOT_STARTED is what the office sees for a unit that has no report yet (never stored). */
public enum ReportStatus {
    NOT_STARTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    /** The unit may still change the sections and the documents indicator. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
