package io.parhub.planning;

import io.parhub.ApplicationTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Demo staff signed in on the test's thread, and plans in years of their own (one province plan per year). */
abstract class PlanTestSupport extends ApplicationTest {

    static final String PAR_OFFICE = "cchc.snv";
    static final String FOCAL_POINT = "daumoi.stp";
    private static final AtomicInteger YEARS = new AtomicInteger(2030 + ThreadLocalRandom.current().nextInt(0, 40));

    @Autowired
    Plans plans;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A year no other planning test uses: 2038 belongs to the editing and reminder tests. */
    static int freshYear() {
        int year = YEARS.getAndIncrement();
        return year == 2038 ? YEARS.getAndIncrement() : year;
    }

    void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    static NewPlan.Item item(String number, @Nullable LocalDate deadline, String... assignees) {
        return new NewPlan.Item(number, "Nhiệm vụ thử " + number, "Báo cáo", deadline, "100%", List.of(assignees),
                List.of());
    }

    /** A province plan of {@code year} drafted by the PAR office: one group with the given items. */
    PlanView provincePlan(int year, NewPlan.Item... items) {
        as(PAR_OFFICE);
        return plans.create(new NewPlan(PlanLevel.PROVINCE, "UBND-92", year, "Kế hoạch CCHC thử năm " + year,
                List.of(new NewPlan.Group(1, "Cải cách thủ tục hành chính", List.of(items)))),
                LocalDateTime.of(2025, 12, 20, 9, 0));
    }

    static PlanView.Assignment assignment(PlanView plan, String itemNumber, String agency) {
        return plan.groups().stream().flatMap(g -> g.items().stream()).filter(i -> i.number().equals(itemNumber))
                .flatMap(i -> i.assignments().stream()).filter(a -> a.agencyCode().equals(agency)).findFirst()
                .orElseThrow();
    }
}
