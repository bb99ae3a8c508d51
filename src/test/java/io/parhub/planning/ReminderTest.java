package io.parhub.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The daily reminders of 2038: once a day, due soon or overdue on a moved deadline, each unit its own. */
class ReminderTest extends PlanTestSupport {

    // Saturday 13/3/2038: the deadline moves to Monday 15/3 (BLDS 2015 Điều 148)
    private static final LocalDate SATURDAY = LocalDate.of(2038, 3, 13);
    private static final LocalDate MONDAY = LocalDate.of(2038, 3, 15);
    private static final LocalDate TUESDAY = LocalDate.of(2038, 3, 16);

    @Autowired
    Reminders reminders;

    @Autowired
    JdbcClient jdbc;

    private List<Reminders.Reminder> of(long itemId) {
        return reminders.mine().stream().filter(r -> r.itemId() != null && r.itemId() == itemId).toList();
    }

    @Test
    void remindersAreWrittenOncePerDayAndSeenOnlyByTheirUnit() throws Exception {
        as(PAR_OFFICE);
        PlanView plan = plans.create(new NewPlan(PlanLevel.UNIT, "UBND-31157", 2038,
                "Kế hoạch CCHC 2038 nhắc việc", List.of(new NewPlan.Group(1, "Cải cách thủ tục hành chính", List.of(
                        item("1.1", SATURDAY, "STP-92", "SNV-92"), item("1.2", LocalDate.of(2038, 12, 31), "STP-92"))))),
                LocalDateTime.of(2038, 1, 5, 9, 0));
        long item = plan.groups().get(0).items().get(0).id();
        long far = plan.groups().get(0).items().get(1).id();
        long snvAssignment = assignment(plan, "1.1", "SNV-92").id();
        plans.requirePlans(2038, List.of("UBND-31162", "STP-92"), LocalDate.of(2038, 1, 29),
                LocalDateTime.of(2038, 1, 5, 9, 0));

        // a draft binds nobody: no reminder for its items
        reminders.run(LocalDate.of(2038, 3, 12), LocalDateTime.of(2038, 3, 12, 6, 0));
        assertThat(rows("assignment_id = " + snvAssignment)).isZero();

        plans.issue(plan.id(), plan.version(), "15/KH-UBND", LocalDate.of(2038, 1, 8), "Chủ tịch UBND",
                LocalDateTime.of(2038, 1, 8, 9, 0));
        reminders.run(MONDAY, LocalDateTime.of(2038, 3, 15, 6, 0));
        Reminders.Run again = reminders.run(MONDAY, LocalDateTime.of(2038, 3, 15, 10, 0));
        assertThat(again).isEqualTo(new Reminders.Run(MONDAY, 0, 0, 0));
        reminders.run(TUESDAY, LocalDateTime.of(2038, 3, 16, 6, 0));
        assertThat(rows("assignment_id = " + snvAssignment)).isEqualTo(2);
        assertThat(rows("agency_code = 'UBND-31162' and kind = 'PLAN_NOT_ISSUED' and year = 2038")).isEqualTo(3);

        as(FOCAL_POINT);
        assertThatThrownBy(() -> reminders.run(MONDAY, LocalDateTime.of(2038, 3, 15, 10, 0)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.type()).isEqualTo("plan-role"));
        // on the moved deadline it is due soon, not overdue; the day after, overdue
        assertThat(of(item)).extracting(Reminders.Reminder::day, Reminders.Reminder::kind,
                Reminders.Reminder::deadline).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TUESDAY, Reminders.Kind.OVERDUE, MONDAY),
                        org.assertj.core.groups.Tuple.tuple(MONDAY, Reminders.Kind.DUE_SOON, MONDAY));
        assertThat(of(far)).isEmpty();
        assertThat(reminders.mine()).allSatisfy(r -> assertThat(r.agencyCode()).isEqualTo("STP-92"))
                .anySatisfy(r -> {
                    assertThat(r.kind()).isEqualTo(Reminders.Kind.PLAN_NOT_ISSUED);
                    assertThat(r.year()).isEqualTo(2038);
                });
        long snvReminder = jdbc.sql("select id from plan_reminder where assignment_id = :a limit 1")
                .param("a", snvAssignment).query(Long.class).single();
        assertThatThrownBy(() -> reminders.markRead(snvReminder, LocalDateTime.of(2038, 3, 16, 8, 0)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("plan-reminder-not-found"));

        int unread = reminders.unread();
        assertThat(unread).isEqualTo((int) reminders.mine().stream().filter(r -> r.readAt() == null).count())
                .isGreaterThanOrEqualTo(3);
        Reminders.Reminder dueSoon = of(item).get(1);
        reminders.markRead(dueSoon.id(), LocalDateTime.of(2038, 3, 16, 8, 0));
        reminders.markRead(dueSoon.id(), LocalDateTime.of(2038, 3, 16, 9, 0));
        assertThat(reminders.unread()).isEqualTo(unread - 1);
        assertThat(of(item).get(1).readAt()).isEqualTo(LocalDateTime.of(2038, 3, 16, 8, 0));

        // the page and the count in the menu, for the focal point; the office's menu counts its own agency's
        signOut();
        String page = mvc.perform(MockMvcRequestBuilders.get("/staff/reminders")
                .with(user(users.loadUserByUsername(FOCAL_POINT)))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("id=\"nav-reminders\"", "Nhắc việc (" + (unread - 1) + ")",
                "id=\"reminder-" + dueSoon.id() + "\"", "/staff/plans/" + plan.id() + "#item-" + item,
                "Nhiệm vụ 1.1: Nhiệm vụ thử 1.1", "Hạn: 15/03/2038")
                .doesNotContain("id=\"reminder-" + snvReminder + "\"", "id=\"run-reminders\"");
        String office = mvc.perform(MockMvcRequestBuilders.get("/staff/plans").param("year", "2038")
                .param("lang", "en").with(user(users.loadUserByUsername(PAR_OFFICE)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        as(PAR_OFFICE);
        assertThat(office).contains("Reminders (" + reminders.unread() + ")");
        assertThat(reminders.mine()).extracting(Reminders.Reminder::id).contains(snvReminder);
    }

    private int rows(String where) {
        return jdbc.sql("select count(*) from plan_reminder where " + where).query(Integer.class).single();
    }
}
