package io.parhub.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Plans, assignments and progress on the real database: deadlines, flags, who may update, versions, tally, audit. */
class PlanTest extends PlanTestSupport {

    private static final LocalDate TET_DAY = LocalDate.of(2026, 2, 17);

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeadlineOnADayOffMovesToTheNextWorkingDay() {
        // Tết 2026: 16–20/2 off, with the weekend after it; Monday 23/2 is the first working day (BLDS 2015 Điều 148)
        assertThat(plans.effectiveDeadline(TET_DAY)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(plans.effectiveDeadline(LocalDate.of(2026, 2, 21))).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(plans.effectiveDeadline(LocalDate.of(2026, 3, 10))).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void overdueAndDueSoonFlagsFollowTheEffectiveDeadline() {
        PlanView plan = provincePlan(freshYear(), item("1.1", TET_DAY, "STP-92"),
                item("1.2", LocalDate.of(2026, 3, 10), "STP-92"), item("1.3", null, "STP-92"));
        PlanView.Item onHoliday = plan.groups().get(0).items().get(0);
        assertThat(onHoliday.effectiveDeadline()).isEqualTo(LocalDate.of(2026, 2, 23));

        // Friday 13/2: five working days ahead reach 27/2, past the moved deadline → due soon, not overdue
        assertThat(flags(plan.id(), "1.1", LocalDate.of(2026, 2, 13))).isEqualTo(new PlanView.Flags(false, true));
        // on the holiday itself and on the moved deadline: not overdue yet
        assertThat(flags(plan.id(), "1.1", TET_DAY).overdue()).isFalse();
        assertThat(flags(plan.id(), "1.1", LocalDate.of(2026, 2, 23))).isEqualTo(new PlanView.Flags(false, true));
        // the day after: overdue
        assertThat(flags(plan.id(), "1.1", LocalDate.of(2026, 2, 24))).isEqualTo(new PlanView.Flags(true, false));
        // far from its deadline: no flag; without a deadline: never
        assertThat(flags(plan.id(), "1.2", LocalDate.of(2026, 2, 24))).isEqualTo(PlanView.Flags.NONE);
        assertThat(flags(plan.id(), "1.3", LocalDate.of(2027, 1, 1))).isEqualTo(PlanView.Flags.NONE);

        // done after the moved deadline stays overdue; done on time is not
        as(FOCAL_POINT);
        PlanView.Assignment late = assignment(plan, "1.1", "STP-92");
        plans.progress(late.id(), new ProgressInput(late.version(), 100, "Xong", null),
                LocalDateTime.of(2026, 2, 25, 10, 0));
        PlanView.Assignment onTime = assignment(plan, "1.2", "STP-92");
        plans.progress(onTime.id(), new ProgressInput(onTime.version(), 100, "Xong", null),
                LocalDateTime.of(2026, 3, 10, 16, 0));
        assertThat(flags(plan.id(), "1.1", LocalDate.of(2026, 4, 1))).isEqualTo(new PlanView.Flags(true, false));
        assertThat(flags(plan.id(), "1.2", LocalDate.of(2026, 4, 1))).isEqualTo(PlanView.Flags.NONE);
        PlanSummary summary = plans.list(plan.year(), LocalDate.of(2026, 4, 1)).stream()
                .filter(s -> s.id() == plan.id()).findFirst().orElseThrow();
        assertThat(summary.done()).isEqualTo(2);
        assertThat(summary.overdue()).isEqualTo(1);
    }

    @Test
    void onlyTheAssignedUnitRecordsProgress() {
        PlanView plan = provincePlan(freshYear(), item("1.1", LocalDate.of(2026, 6, 30), "STP-92"));
        PlanView.Assignment a = assignment(plan, "1.1", "STP-92");
        // the PAR office reads every plan but works in Sở Nội vụ, not in the assigned Sở Tư pháp
        assertThat(a.updatable()).isFalse();
        assertThatThrownBy(() -> plans.progress(a.id(), new ProgressInput(a.version(), 50, null, null),
                LocalDateTime.of(2026, 3, 1, 9, 0)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.type()).isEqualTo("plan-not-assigned"));

        as(FOCAL_POINT);
        assertThat(assignment(plans.find(plan.id(), LocalDate.of(2026, 3, 1)).orElseThrow(), "1.1", "STP-92")
                .updatable()).isTrue();
        assertThatThrownBy(() -> plans.progress(a.id(), new ProgressInput(a.version(), 50, null, "ftp://x"),
                LocalDateTime.of(2026, 3, 1, 9, 0)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.type()).isEqualTo("plan-evidence-link"));
        PlanView.Assignment after = plans.progress(a.id(), new ProgressInput(a.version(), 40, "Đã rà soát 40%",
                "https://example.org/bao-cao.pdf"), LocalDateTime.of(2026, 3, 1, 9, 0));
        assertThat(after.status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(after.percent()).isEqualTo(40);
        assertThat(after.version()).isEqualTo(a.version() + 1);
        assertThat(after.progress()).singleElement().satisfies(p -> {
            assertThat(p.by()).isEqualTo(FOCAL_POINT);
            assertThat(p.evidenceLink()).isEqualTo("https://example.org/bao-cao.pdf");
        });

        String details = jdbc.sql("""
                select details::text from shared_audit_event
                where action = 'planning.progress-recorded' and subject_id = :id""")
                .param("id", String.valueOf(a.id())).query(String.class).single();
        assertThat(details).contains("\"from\": \"NOT_STARTED\"", "\"to\": \"IN_PROGRESS\"", "\"percentAfter\": 40");
        assertThat(jdbc.sql("select count(*) from shared_audit_event where action = 'planning.plan-created' "
                + "and subject_id = :id").param("id", String.valueOf(plan.id())).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsWritten() {
        PlanView plan = provincePlan(freshYear(), item("1.1", LocalDate.of(2026, 6, 30), "STP-92"));
        as(FOCAL_POINT);
        PlanView.Assignment read = assignment(plan, "1.1", "STP-92");
        plans.progress(read.id(), new ProgressInput(read.version(), 30, "Lần 1", null),
                LocalDateTime.of(2026, 3, 1, 9, 0));
        // a second officer saves with the version read before the first save
        assertThatThrownBy(() -> plans.progress(read.id(), new ProgressInput(read.version(), 60, "Lần 2", null),
                LocalDateTime.of(2026, 3, 1, 9, 5)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("plan-assignment-stale"));
        PlanView.Assignment now = assignment(plans.find(plan.id(), LocalDate.of(2026, 3, 2)).orElseThrow(), "1.1",
                "STP-92");
        assertThat(now.percent()).isEqualTo(30);
        assertThat(now.progress()).hasSize(1);

        as(PAR_OFFICE);
        plans.issue(plan.id(), plan.version(), "12/KH-UBND", LocalDate.of(2025, 12, 26), "Chủ tịch UBND",
                LocalDateTime.of(2025, 12, 26, 9, 0));
        assertThatThrownBy(() -> plans.issue(plan.id(), plan.version(), "13/KH-UBND", LocalDate.of(2025, 12, 27),
                "Chủ tịch UBND", LocalDateTime.of(2025, 12, 27, 9, 0)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void tallyOfIssuedPlansListsTheLateUnits() {
        int year = freshYear();
        PlanView province = provincePlan(year, item("7.1", LocalDate.of(year, 1, 31), "VPUB-92", "SNV-92", "STP-92"));
        long provinceItem = province.groups().get(0).items().get(0).id();
        LocalDate due = LocalDate.of(year, 1, 15);
        plans.requirePlans(year, List.of("VPUB-92", "SNV-92", "STP-92"), due, LocalDateTime.of(year - 1, 12, 28, 9, 0));

        // Sở Tư pháp's focal point drafts and issues its own plan on time, linked to the province's item
        as(FOCAL_POINT);
        assertThatThrownBy(() -> plans.create(unitPlan("SNV-92", year, provinceItem), LocalDateTime.of(year, 1, 5, 9, 0)))
                .isInstanceOf(DomainException.class);
        PlanView stp = plans.create(unitPlan("STP-92", year, provinceItem), LocalDateTime.of(year, 1, 5, 9, 0));
        assertThat(stp.groups().get(0).items().get(0).provinceItemIds()).containsExactly(provinceItem);
        plans.issue(stp.id(), stp.version(), "05/KH-STP", due.minusDays(7), "Giám đốc Sở Tư pháp",
                LocalDateTime.of(year, 1, 8, 9, 0));

        // the PAR office records Sở Nội vụ's plan, issued late; Văn phòng UBND has issued nothing
        as(PAR_OFFICE);
        PlanView snv = plans.create(unitPlan("SNV-92", year, provinceItem), LocalDateTime.of(year, 2, 1, 9, 0));
        plans.issue(snv.id(), snv.version(), "09/KH-SNV", due.plusDays(20), "Giám đốc Sở Nội vụ",
                LocalDateTime.of(year, 2, 4, 9, 0));

        IssuedPlansTally before = plans.tally(year, due.minusDays(10));
        assertThat(before.issued()).isZero();
        assertThat(before.late()).isEmpty();
        assertThat(before.sentenceVi()).isEqualTo("0/3 đơn vị đã ban hành kế hoạch CCHC năm " + year);

        IssuedPlansTally tally = plans.tally(year, due.plusDays(40));
        assertThat(tally.required()).isEqualTo(3);
        assertThat(tally.issued()).isEqualTo(2);
        assertThat(tally.late()).extracting(IssuedPlansTally.Row::agencyCode, IssuedPlansTally.Row::state)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("SNV-92", IssuedPlansTally.State.ISSUED_LATE),
                        org.assertj.core.groups.Tuple.tuple("VPUB-92", IssuedPlansTally.State.NOT_ISSUED_LATE));
        assertThat(tally.sentenceVi()).startsWith("2/3 đơn vị đã ban hành kế hoạch CCHC năm " + year + "; chậm: ")
                .contains("Sở Nội vụ thành phố Cần Thơ", "Văn phòng Ủy ban nhân dân thành phố Cần Thơ");
        assertThat(tally.sentenceEn()).startsWith("2/3 units issued their " + year + " PAR plan; late: ");
        assertThat(jdbc.sql("select count(*) from shared_audit_event where action = 'planning.plan-issued' "
                + "and subject_id in (:ids)").param("ids", List.of(String.valueOf(stp.id()), String.valueOf(snv.id())))
                .query(Integer.class).single()).isEqualTo(2);
    }

    private static NewPlan unitPlan(String agency, int year, long provinceItem) {
        return new NewPlan(PlanLevel.UNIT, agency, year, "Kế hoạch CCHC năm " + year + " của " + agency,
                List.of(new NewPlan.Group(1, "Công tác chỉ đạo, điều hành", List.of(new NewPlan.Item("1.1",
                        "Triển khai nhiệm vụ 7.1 của thành phố", "Kế hoạch", LocalDate.of(year, 3, 31), null,
                        List.of(agency), List.of(provinceItem))))));
    }

    private PlanView.Flags flags(long planId, String item, LocalDate today) {
        return assignment(plans.find(planId, today).orElseThrow(), item, "STP-92").flags();
    }
}
