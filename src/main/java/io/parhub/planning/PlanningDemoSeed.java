package io.parhub.planning;

import io.parhub.planning.store.PlanStore;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data (with {@code parhub.demo.enabled}): an illustrative 2026 PAR plan of Cần Thơ in the shape of Sóc Trăng's
 * plan 163/KH-UBND for 2020 — its 7 task groups (the reform areas) with a few items — and the units that must issue
 * their own plan. Not a real document: the plan is marked illustrative and shown as such.
 */
@Component
class PlanningDemoSeed {

    private static final Logger log = LoggerFactory.getLogger(PlanningDemoSeed.class);
    static final int YEAR = 2026;

    private final PlanService service;
    private final PlanStore store;
    private final TransactionTemplate tx;
    private final boolean enabled;
    private final String province;

    PlanningDemoSeed(PlanService service, PlanStore store, TransactionTemplate tx,
            @Value("${parhub.demo.enabled:true}") boolean enabled,
            @Value("${parhub.planning.province-agency:UBND-92}") String province) {
        this.service = service;
        this.store = store;
        this.tx = tx;
        this.enabled = enabled;
        this.province = province;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(300)
    void load() {
        if (!enabled || !"UBND-92".equals(province)
                || store.plan(PlanLevel.PROVINCE.name(), province, YEAR).isPresent()) {
            return;
        }
        tx.executeWithoutResult(s -> {
            LocalDateTime at = LocalDateTime.of(2025, 12, 26, 9, 0);
            long id = service.create(plan(), at, "system", true);
            int version = store.plan(id).orElseThrow().version();
            store.issue(id, version, "163/KH-UBND (minh họa)", LocalDate.of(2025, 12, 26), "Chủ tịch UBND thành phố (minh họa)",
                    at.atZone(PlanService.VIETNAM).toInstant());
            for (String unit : List.of("VPUB-92", "SNV-92", "STP-92")) {
                store.requirePlan(YEAR, unit, LocalDate.of(2026, 1, 31));
            }
        });
        log.info("Loaded the illustrative {} PAR plan", YEAR);
    }

    private NewPlan plan() {
        return new NewPlan(PlanLevel.PROVINCE, province, YEAR,
                "Kế hoạch cải cách hành chính năm 2026 của thành phố Cần Thơ (minh họa)", List.of(
                group(1, "Cải cách thể chế", item("1.1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của thành phố",
                        "Báo cáo kết quả rà soát", LocalDate.of(2026, 6, 30), "100% văn bản được rà soát", "STP-92")),
                group(2, "Cải cách thủ tục hành chính", item("2.1",
                        "Công bố, công khai danh mục thủ tục hành chính sau sắp xếp đơn vị hành chính",
                        "Quyết định công bố", LocalDate.of(2026, 2, 17),
                        "100% thủ tục được công khai đúng hạn", "VPUB-92"),
                        item("2.2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
                                "Báo cáo quý", LocalDate.of(2026, 12, 15), "Tỷ lệ số hóa ≥ 80%", "VPUB-92", "STP-92")),
                group(3, "Cải cách tổ chức bộ máy hành chính nhà nước", item("3.1",
                        "Kiện toàn tổ chức bộ máy các cơ quan chuyên môn", "Quyết định kiện toàn",
                        LocalDate.of(2026, 9, 30), null, "SNV-92")),
                group(4, "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", item("4.1",
                        "Đào tạo, bồi dưỡng kiến thức, kỹ năng về cải cách hành chính", "Các lớp bồi dưỡng",
                        LocalDate.of(2026, 11, 30), "Ít nhất 2 lớp", "SNV-92")),
                group(5, "Cải cách tài chính công", item("5.1",
                        "Thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập", "Báo cáo đánh giá",
                        LocalDate.of(2026, 12, 31), null, "STP-92")),
                group(6, "Xây dựng và phát triển chính quyền điện tử, chính quyền số", item("6.1",
                        "Gửi, nhận văn bản điện tử có ký số giữa các cơ quan", "Báo cáo tỷ lệ văn bản điện tử",
                        LocalDate.of(2026, 12, 15), "≥ 90% văn bản điện tử", "VPUB-92", "SNV-92", "STP-92")),
                group(7, "Công tác chỉ đạo, điều hành cải cách hành chính", item("7.1",
                        "Ban hành kế hoạch CCHC năm 2026 của các sở, ban, ngành", "Kế hoạch của đơn vị",
                        LocalDate.of(2026, 1, 31), "100% đơn vị ban hành kế hoạch", "VPUB-92", "SNV-92", "STP-92"))));
    }

    private static NewPlan.Group group(int number, String name, NewPlan.Item... items) {
        return new NewPlan.Group(number, name, List.of(items));
    }

    private static NewPlan.Item item(String number, String content, String output, LocalDate deadline,
            @org.jspecify.annotations.Nullable String indicators, String... assignees) {
        return new NewPlan.Item(number, content, output, deadline, indicators, List.of(assignees), List.of());
    }
}
