package io.parhub.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parhub.planning.inspection.InspectionInput;
import io.parhub.planning.inspection.InspectionView;
import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Inspections on the real database: deadlines and flags, who may do what, figures, versions, remediation, audit. */
class InspectionTest extends InspectionTestSupport {

    /** Sunday: the follow-up is due on Monday 5/5/2036 (BLDS 2015 Điều 148 khoản 5). */
    private static final LocalDate SUNDAY = LocalDate.of(2036, 5, 4);
    private static final LocalDate MONDAY = LocalDate.of(2036, 5, 5);

    @Test
    void aDeadlineOnADayOffMovesAndOverdueIsComputedWhenRead() {
        long visit = unit("UBND-31120");
        long rec = inspections.addRecommendation(visit, new InspectionInput.NewRecommendation(null,
                "Cập nhật niêm yết thủ tục hành chính", "STP-92", SUNDAY), AT);
        InspectionView.Recommendation r = recommendation(visit, rec, MONDAY);
        assertThat(r.effectiveDeadline()).isEqualTo(MONDAY);
        // on the Sunday and the Monday: due soon, not overdue; on Tuesday: overdue
        assertThat(recommendation(visit, rec, SUNDAY).flags()).isEqualTo(new PlanView.Flags(false, true));
        assertThat(r.flags()).isEqualTo(new PlanView.Flags(false, true));
        assertThat(recommendation(visit, rec, MONDAY.plusDays(1)).flags()).isEqualTo(new PlanView.Flags(true, false));
        assertThat(recommendation(visit, rec, LocalDate.of(2036, 3, 2)).flags()).isEqualTo(PlanView.Flags.NONE);

        // remedied after the moved deadline: done, and it stays overdue
        InspectionView.Recommendation done = remedy(visit, rec, MONDAY.plusDays(3));
        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.doneOn()).isEqualTo(MONDAY.plusDays(3));
        assertThat(recommendation(visit, rec, LocalDate.of(2036, 12, 1)).flags())
                .isEqualTo(new PlanView.Flags(true, false));
    }

    @Test
    void onlyTheOfficeInspectsAndOnlyTheResponsibleUnitReports() {
        long visit = unit("UBND-31135");
        long rec = inspections.addRecommendation(visit, new InspectionInput.NewRecommendation(null,
                "Sở Tư pháp hướng dẫn rà soát văn bản", "STP-92", LocalDate.of(2036, 9, 30)), AT);

        as(FOCAL_POINT);
        assertThat(type(() -> inspections.addFinding(visit, new InspectionInput.NewFinding("SHORTCOMING", 1, "x"),
                AT))).isEqualTo("inspection-role");
        assertThat(type(() -> inspections.recordVisit(visit, new InspectionInput.VisitRecord(0,
                LocalDate.of(2036, 7, 14), "x"), AT))).isEqualTo("inspection-role");
        assertThat(type(() -> inspections.createPlan(new InspectionInput.NewPlan(2037, "1/KH", "x",
                LocalDate.of(2037, 1, 5), "y"), AT))).isEqualTo("inspection-role");
        assertThat(type(() -> inspections.decide(rec, new InspectionInput.Decision(0, true, null), AT)))
                .isEqualTo("inspection-role");
        InspectionView.Visit seen = reader.visit(visit, AT.toLocalDate());
        assertThat(seen.office()).isFalse();
        assertThat(seen.recommendations().get(0).mayReport()).isTrue();

        // the PAR office reads everything but does not report for Sở Tư pháp
        as(PAR_OFFICE);
        assertThat(reader.visit(visit, AT.toLocalDate()).recommendations().get(0).mayReport()).isFalse();
        assertThat(type(() -> inspections.reportRemediation(rec, new InspectionInput.Remediation(0, "x",
                LocalDate.of(2036, 8, 1), null), AT))).isEqualTo("inspection-not-responsible");
        // Sở Tư pháp's focal point does not report on a recommendation for the ward
        long wardRec = inspections.addRecommendation(visit, new InspectionInput.NewRecommendation(null,
                "Phường kiện toàn bộ phận một cửa", null, LocalDate.of(2036, 9, 30)), AT);
        assertThat(recommendation(visit, wardRec, AT.toLocalDate()).responsibleAgency()).isEqualTo("UBND-31135");
        as(FOCAL_POINT);
        assertThat(type(() -> inspections.reportRemediation(wardRec, new InspectionInput.Remediation(0, "x",
                LocalDate.of(2036, 8, 1), null), AT))).isEqualTo("inspection-not-responsible");
        assertThat(type(() -> inspections.reportRemediation(rec, new InspectionInput.Remediation(0, "x",
                LocalDate.of(2036, 8, 1), "ftp://x"), AT))).isEqualTo("inspection-evidence-link");
    }

    @Test
    void theYearFiguresCountUnitsFindingsAndFollowUp() {
        LocalDate today = LocalDate.of(2036, 10, 15);
        as(PAR_OFFICE);
        plan();
        InspectionFigures before = reader.figures(YEAR, today);
        long visited = unit("UBND-31147");
        unit("UBND-31150");
        inspections.recordVisit(visited, new InspectionInput.VisitRecord(0, LocalDate.of(2036, 7, 15),
                "Cơ bản hoàn thành nhiệm vụ"), AT);
        long f1 = inspections.addFinding(visited, new InspectionInput.NewFinding("SHORTCOMING", 2,
                "Niêm yết thủ tục chưa cập nhật"), AT);
        inspections.addFinding(visited, new InspectionInput.NewFinding("LIMITATION", 6, "Số hóa hồ sơ thấp"), AT);
        long onTime = inspections.addRecommendation(visited, new InspectionInput.NewRecommendation(f1,
                "Cập nhật niêm yết", "STP-92", LocalDate.of(2036, 9, 30)), AT);
        inspections.addRecommendation(visited, new InspectionInput.NewRecommendation(null, "Nâng tỷ lệ số hóa",
                null, LocalDate.of(2036, 9, 30)), AT);
        remedy(visited, onTime, LocalDate.of(2036, 9, 20));

        InspectionFigures after = reader.figures(YEAR, today);
        assertThat(after.planNumber()).isEqualTo("17/KH-UBND");
        assertThat(after.unitsPlanned() - before.unitsPlanned()).isEqualTo(2);
        assertThat(after.unitsVisited() - before.unitsVisited()).isEqualTo(1);
        assertThat(after.findings() - before.findings()).isEqualTo(2);
        assertThat(after.findingsByArea()).hasSize(7);
        assertThat(after.findingsByArea().get(1).findings() - before.findingsByArea().get(1).findings()).isEqualTo(1);
        assertThat(after.findingsByArea().get(5).findings() - before.findingsByArea().get(5).findings()).isEqualTo(1);
        assertThat(after.recommendations() - before.recommendations()).isEqualTo(2);
        assertThat(after.recommendationsDone() - before.recommendationsDone()).isEqualTo(1);
        // the other one is open after 30/9: overdue on 15/10
        assertThat(after.recommendationsOverdue() - before.recommendationsOverdue()).isEqualTo(1);
        assertThat(after.sentenceVi()).isEqualTo("Năm 2036: đã kiểm tra %d/%d đơn vị theo kế hoạch, phát hiện %d tồn "
                .formatted(after.unitsVisited(), after.unitsPlanned(), after.findings())
                + "tại, hạn chế; %d kiến nghị, %d đã khắc phục, %d quá hạn.".formatted(after.recommendations(),
                        after.recommendationsDone(), after.recommendationsOverdue()));
        assertThat(after.sentenceEn()).startsWith("2036: %d/%d units inspected as planned"
                .formatted(after.unitsVisited(), after.unitsPlanned()));

        InspectionFigures none = reader.figures(2099, today);
        assertThat(none.planNumber()).isNull();
        assertThat(none.unitsPlanned()).isZero();
        assertThat(none.sentenceVi()).isEqualTo("Năm 2099 chưa có kế hoạch kiểm tra công tác CCHC.");
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsWritten() {
        long visit = unit("UBND-31153");
        inspections.recordVisit(visit, new InspectionInput.VisitRecord(0, LocalDate.of(2036, 7, 16), "Lần 1"), AT);
        assertThat(type(() -> inspections.recordVisit(visit, new InspectionInput.VisitRecord(0,
                LocalDate.of(2036, 7, 17), "Lần 2"), AT))).isEqualTo("inspection-visit-stale");
        InspectionView.Visit v = reader.visit(visit, AT.toLocalDate());
        assertThat(v.conclusion()).isEqualTo("Lần 1");
        assertThat(v.visitedOn()).isEqualTo(LocalDate.of(2036, 7, 16));
        assertThat(audits("planning.inspection-visit-recorded", visit)).isEqualTo(1);

        long rec = inspections.addRecommendation(visit, new InspectionInput.NewRecommendation(null, "Khắc phục",
                "STP-92", LocalDate.of(2036, 9, 30)), AT);
        as(FOCAL_POINT);
        inspections.reportRemediation(rec, new InspectionInput.Remediation(0, "Đã làm", LocalDate.of(2036, 8, 1),
                null), AT);
        as(PAR_OFFICE);
        assertThat(type(() -> inspections.decide(rec, new InspectionInput.Decision(0, true, null), AT)))
                .isEqualTo("inspection-recommendation-stale");
        InspectionView.Recommendation r = recommendation(visit, rec, AT.toLocalDate());
        assertThat(r.status()).isEqualTo("OPEN");
        assertThat(r.version()).isEqualTo(1);
        assertThat(r.reports()).singleElement().satisfies(x -> assertThat(x.decision()).isNull());
        assertThat(audits("planning.inspection-remediation-accepted", rec)).isZero();
    }

    @Test
    void remediationIsReturnedThenAcceptedWithAuditEntries() {
        long visit = unit("UBND-31157");
        long rec = inspections.addRecommendation(visit, new InspectionInput.NewRecommendation(null,
                "Rà soát quy trình nội bộ", "STP-92", LocalDate.of(2036, 9, 30)), AT);
        as(FOCAL_POINT);
        inspections.reportRemediation(rec, new InspectionInput.Remediation(0, "Đã rà soát một phần",
                LocalDate.of(2036, 8, 1), "https://example.org/bao-cao-1.pdf"), AT);
        assertThat(type(() -> inspections.reportRemediation(rec, new InspectionInput.Remediation(1, "Lần nữa",
                LocalDate.of(2036, 8, 2), null), AT))).isEqualTo("inspection-remediation-pending");

        as(PAR_OFFICE);
        InspectionView.Recommendation pending = recommendation(visit, rec, AT.toLocalDate());
        assertThat(pending.mayDecide()).isTrue();
        assertThat(type(() -> inspections.decide(rec, new InspectionInput.Decision(pending.version(), false, " "),
                AT))).isEqualTo("inspection-return-note");
        inspections.decide(rec, new InspectionInput.Decision(pending.version(), false, "Bổ sung quyết định ban hành"),
                LocalDateTime.of(2036, 8, 3, 9, 0));
        InspectionView.Recommendation returned = recommendation(visit, rec, AT.toLocalDate());
        assertThat(returned.status()).isEqualTo("OPEN");
        assertThat(returned.reports()).singleElement().satisfies(x -> {
            assertThat(x.decision()).isEqualTo("RETURNED");
            assertThat(x.decisionNote()).isEqualTo("Bổ sung quyết định ban hành");
            assertThat(x.decidedBy()).isEqualTo(PAR_OFFICE);
        });

        InspectionView.Recommendation done = remedy(visit, rec, LocalDate.of(2036, 8, 20));
        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.doneOn()).isEqualTo(LocalDate.of(2036, 8, 20));
        assertThat(done.reports()).extracting(InspectionView.Remediation::decision)
                .containsExactly("RETURNED", "ACCEPTED");
        assertThat(done.flags()).isEqualTo(PlanView.Flags.NONE);
        assertThat(audits("planning.inspection-remediation-reported", rec)).isEqualTo(2);
        assertThat(audits("planning.inspection-remediation-returned", rec)).isEqualTo(1);
        assertThat(audits("planning.inspection-remediation-accepted", rec)).isEqualTo(1);
        String details = jdbc.sql("""
                select details::text from shared_audit_event
                where action = 'planning.inspection-remediation-accepted' and subject_id = :id""")
                .param("id", String.valueOf(rec)).query(String.class).single();
        assertThat(details).contains("\"from\": \"OPEN\"", "\"to\": \"DONE\"");
        as(FOCAL_POINT);
        assertThat(type(() -> inspections.reportRemediation(rec, new InspectionInput.Remediation(done.version(),
                "Thêm", LocalDate.of(2036, 8, 25), null), AT))).isEqualTo("inspection-recommendation-done");
    }

    /** Sở Tư pháp's focal point reports it was done on {@code doneOn}; the PAR office accepts. */
    private InspectionView.Recommendation remedy(long visit, long rec, LocalDate doneOn) {
        as(FOCAL_POINT);
        int reported = recommendation(visit, rec, doneOn).version();
        inspections.reportRemediation(rec, new InspectionInput.Remediation(reported, "Đã khắc phục", doneOn,
                "https://example.org/minh-chung.pdf"), doneOn.atTime(10, 0));
        as(PAR_OFFICE);
        int version = recommendation(visit, rec, doneOn).version();
        inspections.decide(rec, new InspectionInput.Decision(version, true, null), doneOn.atTime(15, 0));
        return recommendation(visit, rec, doneOn);
    }

    private static String type(Runnable command) {
        try {
            command.run();
        } catch (DomainException e) {
            return e.type();
        }
        throw new AssertionError("no problem");
    }
}
