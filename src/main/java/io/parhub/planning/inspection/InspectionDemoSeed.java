package io.parhub.planning.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data (with {@code parhub.demo.enabled}): an illustrative 2026 inspection plan of Cần Thơ in the shape of Sóc
 * Trăng's plan 17/KH-UBND of 06/02/2020 (a team of the PAR office inspecting departments and People's Committees in
 * July and August), with one visit done, its findings and a recommendation. Not a real document: marked illustrative.
 */
@Component
class InspectionDemoSeed {

    private static final Logger log = LoggerFactory.getLogger(InspectionDemoSeed.class);
    static final int YEAR = 2026;

    private final InspectionStore store;
    private final TransactionTemplate tx;
    private final boolean enabled;
    private final String province;

    InspectionDemoSeed(InspectionStore store, TransactionTemplate tx,
            @Value("${parhub.demo.enabled:true}") boolean enabled,
            @Value("${parhub.planning.province-agency:UBND-92}") String province) {
        this.store = store;
        this.tx = tx;
        this.enabled = enabled;
        this.province = province;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(310)
    void load() {
        if (!enabled || !"UBND-92".equals(province) || store.planOfYear(YEAR).isPresent()) {
            return;
        }
        tx.executeWithoutResult(s -> {
            Instant at = LocalDateTime.of(2026, 2, 6, 9, 0).atZone(InspectionService.VIETNAM).toInstant();
            long plan = store.insertPlan(YEAR, "17/KH-UBND (minh họa)",
                    "Kế hoạch kiểm tra công tác cải cách hành chính năm 2026 (minh họa)", LocalDate.of(2026, 2, 6),
                    "Chủ tịch UBND thành phố (minh họa)", true, at, "system");
            long team = store.insertTeam(plan, "Đoàn kiểm tra CCHC số 1", "Phó Giám đốc Sở Nội vụ (minh họa)", """
                    Trưởng phòng Cải cách hành chính, Sở Nội vụ — Phó Trưởng đoàn
                    Chuyên viên Phòng Cải cách hành chính, Sở Nội vụ — Thành viên
                    Chuyên viên Văn phòng UBND thành phố — Thành viên
                    Chuyên viên Sở Tư pháp — Thư ký""");
            long stp = store.insertVisit(plan, "STP-92", LocalDate.of(2026, 7, 14), team, at);
            store.insertVisit(plan, "VPUB-92", LocalDate.of(2026, 7, 21), team, at);
            store.insertVisit(plan, "TTPVHCC-92", LocalDate.of(2026, 8, 4), team, at);
            store.insertVisit(plan, "UBND-31135", LocalDate.of(2026, 8, 11), team, at);
            Instant visited = LocalDateTime.of(2026, 7, 14, 16, 0).atZone(InspectionService.VIETNAM).toInstant();
            store.recordVisit(stp, 0, LocalDate.of(2026, 7, 14), "Đơn vị triển khai cơ bản đầy đủ các nhiệm vụ CCHC "
                    + "theo kế hoạch; còn một số tồn tại về công khai thủ tục hành chính và số hóa hồ sơ.", visited);
            long finding = store.insertFinding(stp, "SHORTCOMING", 2, "Một số thủ tục hành chính niêm yết tại bộ "
                    + "phận một cửa chưa cập nhật theo quyết định công bố mới.", visited, "system");
            store.insertFinding(stp, "LIMITATION", 6, "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính "
                    + "còn thấp so với chỉ tiêu.", visited, "system");
            store.insertRecommendation(stp, finding, "Rà soát, cập nhật niêm yết công khai thủ tục hành chính tại bộ "
                    + "phận một cửa và trên cổng dịch vụ công.", "STP-92", LocalDate.of(2026, 9, 30), visited);
        });
        log.info("Loaded the illustrative {} inspection plan", YEAR);
    }
}
