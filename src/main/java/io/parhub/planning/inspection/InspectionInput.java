package io.parhub.planning.inspection;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a command of the inspections takes, as the API receives it. */
public final class InspectionInput {

    private InspectionInput() {
    }

    /** The year's inspection plan, as issued: e.g. 17/KH-UBND of 06/02/2020. */
    public record NewPlan(int year, String number, String title, LocalDate issuedOn, String signer) {
    }

    /** @param members one line each: name and position */
    public record NewTeam(String name, String leader, @Nullable String members) {
    }

    public record NewUnit(String agencyCode, LocalDate plannedOn, @Nullable Long teamId) {
    }

    public record VisitRecord(int version, LocalDate visitedOn, String conclusion) {
    }

    /** @param kind SHORTCOMING (tồn tại) or LIMITATION (hạn chế); @param area the reform area 1–7 */
    public record NewFinding(String kind, int area, String text) {
    }

    /** @param responsibleAgency the unit that must act; the inspected unit when blank */
    public record NewRecommendation(@Nullable Long findingId, String text, @Nullable String responsibleAgency,
            LocalDate deadline) {
    }

    public record Remediation(int version, String whatDone, LocalDate doneOn, @Nullable String evidenceLink) {
    }

    /** The PAR office accepts a remediation report (the recommendation is done) or returns it asking for more. */
    public record Decision(int version, boolean accept, @Nullable String note) {
    }
}
