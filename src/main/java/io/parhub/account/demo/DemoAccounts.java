package io.parhub.account.demo;

import io.parhub.account.Role;
import io.parhub.account.store.StaffAccounts;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.shared.AuditTrail;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One demo account per role, created on first start when demo data is enabled, and printed at every start so a
 * newcomer can sign in. Agencies are looked up by code as of a date, since codes are reused over time.
 */
@Component
public class DemoAccounts {

    static final String PASSWORD = "Parhub@2026";
    private static final LocalDate CAN_THO = LocalDate.of(2025, 7, 1);
    private static final LocalDate SOC_TRANG = LocalDate.of(2024, 12, 31);
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    public record Demo(String username, String displayName, Role role, String agencyCode, LocalDate agencyAt) {
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "Quản trị hệ thống", Role.ADMIN, "VPUB-92", CAN_THO),
            new Demo("cchc.snv", "Nguyễn Thị Lan (Phòng CCHC)", Role.PAR_OFFICE, "SNV-92", CAN_THO),
            new Demo("lanhdao.tinh", "Trần Văn Minh (Phó Chủ tịch UBND)", Role.PROVINCIAL_LEADER, "UBND-92", CAN_THO),
            new Demo("kiemsoat.tthc", "Ngô Thị Bích (Kiểm soát TTHC)", Role.PROCEDURE_CONTROL, "VPUB-92", CAN_THO),
            new Demo("motcua.ttpvhcc", "Lê Thị Hoa (Bộ phận một cửa)", Role.COUNTER_OFFICER, "TTPVHCC-92", CAN_THO),
            new Demo("chuyenvien.stp", "Phạm Văn Nam (Chuyên viên)", Role.SPECIALIST, "STP-92", CAN_THO),
            new Demo("lanhdao.stp", "Võ Thị Mai (Giám đốc Sở)", Role.AGENCY_LEADER, "STP-92", CAN_THO),
            new Demo("daumoi.stp", "Huỳnh Văn Tâm (Đầu mối CCHC)", Role.PAR_FOCAL_POINT, "STP-92", CAN_THO),
            new Demo("motcua.phuong", "Đặng Thị Thu (Một cửa phường)", Role.COUNTER_OFFICER, "UBND-31510", CAN_THO),
            new Demo("lanhdao.soctrang", "Lâm Văn Hùng (UBND TP Sóc Trăng)", Role.AGENCY_LEADER, "UBND-941", SOC_TRANG));

    private final StaffAccounts accounts;
    private final Agencies agencies;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    DemoAccounts(StaffAccounts accounts, Agencies agencies, PasswordEncoder passwords, AuditTrail audit,
            TransactionTemplate tx, Clock clock, @Value("${parhub.demo.enabled}") boolean enabled) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.passwords = passwords;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** The demo accounts to show on the sign-in page; none when demo data is off. */
    public List<Demo> shown() {
        return enabled ? ACCOUNTS : List.of();
    }

    public String password() {
        return PASSWORD;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void loadAndPrint() {
        if (!enabled) {
            return;
        }
        tx.executeWithoutResult(status -> ACCOUNTS.forEach(this::createIfMissing));
        StringBuilder table = new StringBuilder("\n\n  parhub demo accounts (password for all: " + PASSWORD + ")\n");
        for (Demo d : ACCOUNTS) {
            table.append(String.format("    %-18s %-20s %s%n", d.username(), d.role(), d.agencyCode()));
        }
        log.info("{}", table);
    }

    private void createIfMissing(Demo demo) {
        if (accounts.byUsername(demo.username()).isPresent()) {
            return;
        }
        Agency agency = agencies.byCode(demo.agencyCode(), demo.agencyAt()).orElseThrow(
                () -> new IllegalStateException("demo agency " + demo.agencyCode() + " missing on " + demo.agencyAt()));
        Set<Role> roles = EnumSet.of(demo.role());
        accounts.insert(demo.username(), demo.displayName(), null, passwords.encode(PASSWORD), agency.id(), roles,
                clock.instant());
        audit.record("system", "account.created", "account_staff", demo.username(),
                Map.of("agency", agency.code(), "roles", List.of(demo.role().name()), "demo", true));
    }
}
