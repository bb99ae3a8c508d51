package io.parhub.planning;

import io.parhub.planning.inspection.InspectionInput;
import io.parhub.planning.inspection.InspectionReader;
import io.parhub.planning.inspection.InspectionService;
import io.parhub.planning.inspection.InspectionView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inspections of 2036: one plan for the year (a year has one), shared by the tests; each test inspects units of its
 * own (wards of Cần Thơ), so tests stay independent.
 */
abstract class InspectionTestSupport extends PlanTestSupport {

    static final int YEAR = 2036;
    static final LocalDateTime AT = LocalDateTime.of(2036, 3, 2, 9, 0);

    @Autowired
    InspectionService inspections;

    @Autowired
    InspectionReader reader;

    @Autowired
    JdbcClient jdbc;

    /** The 2036 plan, created by the PAR office on first use. */
    synchronized long plan() {
        as(PAR_OFFICE);
        InspectionView.Plan plan = reader.year(YEAR, AT.toLocalDate()).plan();
        if (plan != null) {
            return plan.id();
        }
        return inspections.createPlan(new InspectionInput.NewPlan(YEAR, "17/KH-UBND",
                "Kế hoạch kiểm tra công tác cải cách hành chính năm 2036", LocalDate.of(2036, 2, 6),
                "Chủ tịch UBND thành phố"), AT);
    }

    /** A unit put on the 2036 plan by the PAR office, with a team of its own; returns its visit. */
    long unit(String agencyCode) {
        long plan = plan();
        long team = inspections.addTeam(plan, new InspectionInput.NewTeam("Đoàn kiểm tra " + agencyCode,
                "Phó Giám đốc Sở Nội vụ", "Trưởng phòng CCHC — Phó Trưởng đoàn\nChuyên viên Sở Tư pháp — Thành viên"),
                AT);
        return inspections.addUnit(plan, new InspectionInput.NewUnit(agencyCode, LocalDate.of(2036, 7, 14), team),
                AT);
    }

    InspectionView.Recommendation recommendation(long visitId, long recommendationId, LocalDate today) {
        return reader.visit(visitId, today).recommendations().stream().filter(r -> r.id() == recommendationId)
                .findFirst().orElseThrow();
    }

    int audits(String action, long subjectId) {
        return jdbc.sql("select count(*) from shared_audit_event where action = :a and subject_id = :id")
                .param("a", action).param("id", String.valueOf(subjectId)).query(Integer.class).single();
    }
}
