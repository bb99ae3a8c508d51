package io.parhub.planning.inspection;

import io.parhub.planning.InspectionFigures;
import io.parhub.planning.PlanView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the pages and the API show of inspections: a year's plan with its units, and one visit. */
public final class InspectionView {

    private InspectionView() {
    }

    /** @param office whether the signed-in staff member is the province's PAR office (plans and records) */
    public record Year(int year, @Nullable Plan plan, List<Team> teams, List<Unit> units, InspectionFigures figures,
            boolean office) {
    }

    public record Plan(long id, int year, String number, String title, LocalDate issuedOn, String signer,
            boolean illustrative, int version) {
    }

    /** @param members one line each: name and position */
    public record Team(long id, String name, String leader, List<String> members) {
    }

    /** A unit on the plan with its visit's state and the follow-up of its recommendations. */
    public record Unit(long visitId, String agencyCode, String agencyName, LocalDate plannedOn,
            @Nullable String teamName, String status, @Nullable LocalDate visitedOn, int findings,
            int recommendations, int done, int overdue) {
    }

    /**
     * One visit. {@code office}: the PAR office may record it, add findings and recommendations and decide on
     * remediation reports.
     */
    public record Visit(long id, long planId, int year, String planNumber, boolean illustrative, String agencyCode,
            String agencyName, LocalDate plannedOn, @Nullable Team team, String status, @Nullable LocalDate visitedOn,
            @Nullable String conclusion, int version, List<Finding> findings, List<Recommendation> recommendations,
            boolean office) {
    }

    /** @param kind SHORTCOMING (tồn tại) or LIMITATION (hạn chế); @param area the reform area 1–7 */
    public record Finding(long id, String kind, int area, String text) {
    }

    /**
     * A recommendation and its follow-up task. {@code effectiveDeadline}: moved to the next working day when the
     * deadline is a day off; flags computed when read. {@code mayReport}: the signed-in staff member belongs to the
     * responsible unit and no report waits for a decision; {@code mayDecide}: the PAR office, with a report waiting.
     */
    public record Recommendation(long id, @Nullable Long findingId, String text, String responsibleAgency,
            String responsibleName, LocalDate deadline, LocalDate effectiveDeadline, String status,
            @Nullable LocalDate doneOn, int version, PlanView.Flags flags, List<Remediation> reports,
            boolean mayReport, boolean mayDecide) {

        public boolean pending() {
            return reports.stream().anyMatch(r -> r.decision() == null);
        }
    }

    public record Remediation(long id, LocalDateTime reportedAt, String reportedBy, String whatDone, LocalDate doneOn,
            @Nullable String evidenceLink, @Nullable String decision, @Nullable LocalDateTime decidedAt,
            @Nullable String decidedBy, @Nullable String decisionNote) {
    }
}
