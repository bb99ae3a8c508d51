package io.parhub.account;

/**
 * What a staff account may do. Citizens need no account to look things up. Spring Security sees each role as
 * {@code ROLE_<name>}, e.g. {@code hasRole('ADMIN')}.
 */
public enum Role {
    /** Cán bộ Bộ phận Tiếp nhận và Trả kết quả: receives and returns dossiers at the counter. */
    COUNTER_OFFICER,
    /** Chuyên viên: processes dossiers and drafts results inside an agency. */
    SPECIALIST,
    /**
     * Cán bộ kiểm soát thủ tục hành chính (Văn phòng UBND): keeps the procedure catalogue, drafts publication
     * decisions and internal processes (Nghị định 63/2010, 92/2017).
     */
    PROCEDURE_CONTROL,
    /** Lãnh đạo cơ quan: approves and signs results of the agency. */
    AGENCY_LEADER,
    /** Đầu mối CCHC: the unit's PAR focal point (plans, self-assessment, reports). */
    PAR_FOCAL_POINT,
    /** Phòng CCHC Sở Nội vụ: the province's PAR office (appraisal, ranking, province-wide reports). */
    PAR_OFFICE,
    /** Lãnh đạo tỉnh: reads province-wide dashboards. */
    PROVINCIAL_LEADER,
    /** Quản trị hệ thống: accounts, registry, calendar schedules. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
