package io.parhub.planning.report;

import io.parhub.dossier.Figures;
import io.parhub.planning.InspectionFigures;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the pages and the API show of periods and reports. */
final class ReportViews {

    private ReportViews() {
    }

    /** @param effectiveDueOn the deadline, moved to the next working day when it falls on a day off */
    record Period(long id, ReportKind kind, int year, int number, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn,
            LocalDate effectiveDueOn, List<String> units) {

        /** The message key of the period's name: "Quý 1 năm 2037", "6 tháng đầu năm 2037", "Năm 2037". */
        public String labelKey() {
            return kind == ReportKind.HALF_YEAR ? "report.period.HALF_YEAR." + number : "report.period." + kind;
        }
    }

    /** A period in the list, with the signed-in officer's own unit rows (a focal point's report). */
    record PeriodItem(Period period, int submitted, int accepted, List<UnitRow> mine) {
    }

    /**
     * @param late submitted for the first time after the (moved) deadline, or not submitted and the deadline passed
     */
    record UnitRow(String agencyCode, String agencyName, @Nullable Long reportId, ReportStatus status, boolean late,
            @Nullable LocalDateTime submittedAt) {
    }

    record Section(String key, String number, @Nullable String text) {
    }

    /** What the signed-in officer may do on the report now. */
    record Actions(boolean edit, boolean submit, boolean decide) {
    }

    /**
     * @param frozen the figures are the snapshot the unit sent; otherwise computed now (a draft or a returned report
     *        being revised)
     */
    record UnitReport(long id, Period period, String agencyCode, String agencyName, ReportStatus status, boolean late,
            boolean frozen, ReportFigures figures, List<Section> sections, @Nullable LocalDateTime submittedAt,
            @Nullable String submittedBy, @Nullable LocalDateTime returnedAt, @Nullable String returnedBy,
            @Nullable String returnRemark, @Nullable LocalDateTime acceptedAt, @Nullable String acceptedBy, int version,
            Actions actions) {
    }

    record UnitText(String agencyCode, String agencyName, String text) {
    }

    record AggregateSection(String key, String number, List<UnitText> units) {
    }

    /**
     * The province's report: sums of the accepted units' frozen figures, and their sections by unit. The catalogue,
     * the SIPAS index and the inspections of the year are the province's own (they do not add up over units).
     */
    record ProvinceReport(int acceptedUnits, List<String> agencyCodes, Figures dossiers,
            ReportFigures.Feedback feedback, ReportFigures.PlanProgress plan, ReportFigures.@Nullable Documents documents,
            ReportFigures.Procedures procedures, ReportFigures.@Nullable Satisfaction satisfaction,
            InspectionFigures inspections, List<AggregateSection> sections) {
    }

    record Overview(Period period, List<UnitRow> units, ProvinceReport province) {
    }
}
