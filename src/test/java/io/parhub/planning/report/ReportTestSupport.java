package io.parhub.planning.report;

import io.parhub.ApplicationTest;
import io.parhub.account.Role;
import io.parhub.account.security.StaffAdministration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Demo staff signed in on the test's thread; report periods of 2037, one per kind and number. */
abstract class ReportTestSupport extends ApplicationTest {

    static final String OFFICE = "cchc.snv";
    static final String FOCAL = "daumoi.stp";
    static final String LEADER = "lanhdao.tinh";
    /** A second focal point (Văn phòng UBND) so that a period has two reporting units. */
    static final String FOCAL_VPUB = "daumoi.vpub.r37";
    static final LocalDateTime JANUARY = LocalDateTime.of(2037, 1, 2, 9, 0);

    @Autowired
    ReportService service;

    @Autowired
    ReportReader reader;

    @Autowired
    UserDetailsService users;

    @Autowired
    StaffAdministration staff;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    void secondFocalPoint() {
        as("admin");
        staff.create(new StaffAdministration.NewStaff(FOCAL_VPUB, "Đầu mối CCHC Văn phòng UBND", null, "VPUB-92",
                Set.of(Role.PAR_FOCAL_POINT), "Parhub@2026"), "admin");
    }

    ReportViews.Period period(ReportKind kind, int number, LocalDate dueOn, String... units) {
        as(OFFICE);
        return service.createPeriod(new ReportService.NewPeriod(kind, 2037, number, null, null, dueOn,
                List.of(units)), JANUARY);
    }

    ReportService.Edit edit(int version, String sectionKey, String text, Long sent, Long electronic) {
        return new ReportService.Edit(version, java.util.Map.of(sectionKey, text), sent, electronic);
    }
}
