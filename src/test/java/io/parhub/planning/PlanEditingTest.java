package io.parhub.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Editing a drafted plan and amending an issued one: who, what, versions, audit entries (plans of 2038). */
class PlanEditingTest extends PlanTestSupport {

    private static final int YEAR = 2038;
    private static final LocalDateTime AT = LocalDateTime.of(2037, 12, 20, 9, 0);

    @Autowired
    PlanEdits edits;

    @Autowired
    JdbcClient jdbc;

    private PlanView unitPlan(String agency, NewPlan.Item... items) {
        return plans.create(new NewPlan(PlanLevel.UNIT, agency, YEAR, "Kế hoạch CCHC năm 2038 của " + agency,
                List.of(new NewPlan.Group(1, "Cải cách thủ tục hành chính", List.of(items)))), AT);
    }

    private static PlanView.Item item(PlanView plan, String number) {
        return plan.groups().stream().flatMap(g -> g.items().stream()).filter(i -> i.number().equals(number))
                .findFirst().orElseThrow();
    }

    private int audits(String action, long subject) {
        return jdbc.sql("select count(*) from shared_audit_event where action = :a and subject_id = :s")
                .param("a", action).param("s", String.valueOf(subject)).query(Integer.class).single();
    }

    @Test
    void theFocalPointEditsItsDraft() {
        as(FOCAL_POINT);
        PlanView plan = unitPlan("STP-92", item("1.1", LocalDate.of(2038, 3, 31), "STP-92"),
                item("1.2", LocalDate.of(2038, 6, 30), "STP-92"));
        assertThat(edits.mayEdit(plan.id())).isTrue();

        plan = edits.retitle(plan.id(), plan.version(), "Kế hoạch CCHC năm 2038 của Sở Tư pháp (sửa)", AT);
        assertThat(plan.title()).isEqualTo("Kế hoạch CCHC năm 2038 của Sở Tư pháp (sửa)");
        assertThat(plan.version()).isEqualTo(1);

        plan = edits.addGroup(plan.id(), plan.version(), 2, "Cải cách tổ chức bộ máy", AT);
        long group2 = plan.groups().get(1).id();
        plan = edits.renameGroup(group2, plan.version(), "Cải cách tổ chức bộ máy hành chính", AT);
        assertThat(plan.groups()).extracting(PlanView.Group::name)
                .containsExactly("Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy hành chính");
        plan = edits.addItem(group2, plan.version(), new NewPlan.Item("2.1", "Rà soát chức năng, nhiệm vụ",
                "Báo cáo", LocalDate.of(2038, 9, 30), null, List.of("STP-92"), List.of()), AT);
        assertThat(item(plan, "2.1").assignments()).extracting(PlanView.Assignment::agencyCode)
                .containsExactly("STP-92");

        PlanView.Item first = item(plan, "1.1");
        plan = edits.editItem(first.id(), plan.version(), new PlanEdits.ItemChange("1.1",
                "Rà soát TTHC lĩnh vực tư pháp", "Quyết định công bố", LocalDate.of(2038, 4, 15), "100% TTHC",
                List.of()), null, AT);
        PlanView.Item edited = item(plan, "1.1");
        assertThat(edited.content()).isEqualTo("Rà soát TTHC lĩnh vực tư pháp");
        assertThat(edited.output()).isEqualTo("Quyết định công bố");
        assertThat(edited.deadline()).isEqualTo(LocalDate.of(2038, 4, 15));
        assertThat(edited.indicators()).isEqualTo("100% TTHC");

        // a number already used in the group is refused, and so is removing a group that still has items
        int v = plan.version();
        assertThatThrownBy(() -> edits.editItem(first.id(), v, new PlanEdits.ItemChange("1.2", "x", null, null, null,
                null), null, AT)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("plan-item-number"));
        assertThatThrownBy(() -> edits.removeGroup(group2, v, AT)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.type()).isEqualTo("plan-group-not-empty"));

        // an assignment with progress stays; one without goes, and an item without progress goes with its own
        PlanView.Assignment onSecond = assignment(plan, "1.2", "STP-92");
        plans.progress(onSecond.id(), new ProgressInput(onSecond.version(), 10, "Bắt đầu", null), AT);
        long second = item(plan, "1.2").id();
        assertThatThrownBy(() -> edits.removeItem(second, v, AT)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.type()).isEqualTo("plan-has-progress"));
        assertThatThrownBy(() -> edits.removeAssignment(onSecond.id(), v, AT)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.type()).isEqualTo("plan-has-progress"));
        plan = edits.removeAssignment(assignment(plan, "2.1", "STP-92").id(), v, AT);
        assertThat(item(plan, "2.1").assignments()).isEmpty();
        plan = edits.removeItem(item(plan, "2.1").id(), plan.version(), AT);
        plan = edits.removeGroup(group2, plan.version(), AT);
        assertThat(plan.groups()).hasSize(1);
        assertThat(plan.groups().get(0).items()).extracting(PlanView.Item::number).containsExactly("1.1", "1.2");
        assertThat(plan.version()).isEqualTo(8);

        assertThat(audits("planning.plan-retitled", plan.id())).isEqualTo(1);
        String details = jdbc.sql("select details::text from shared_audit_event where action = 'planning.item-edited' "
                + "and subject_id = :s").param("s", String.valueOf(first.id())).query(String.class).single();
        assertThat(details).contains("\"before\"", "\"after\"", "Nhiệm vụ thử 1.1", "Rà soát TTHC lĩnh vực tư pháp",
                "2038-03-31", "2038-04-15", "\"versionBefore\": 4", "\"versionAfter\": 5");
    }

    @Test
    void anIssuedPlanIsAmendedOnlyWithAReason() {
        as(PAR_OFFICE);
        PlanView plan = unitPlan("UBND-31120", item("1.1", LocalDate.of(2038, 3, 31), "UBND-31120"));
        plan = plans.issue(plan.id(), plan.version(), "12/KH-UBND", LocalDate.of(2038, 1, 10), "Chủ tịch UBND",
                AT.plusDays(20));
        PlanView.Item i = item(plan, "1.1");
        int v = plan.version();
        long planId = plan.id();

        assertThatThrownBy(() -> edits.retitle(planId, v, "Khác", AT)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.type()).isEqualTo("plan-issued"));
        assertThatThrownBy(() -> edits.editItem(i.id(), v, new PlanEdits.ItemChange("1.1", i.content(), i.output(),
                LocalDate.of(2038, 5, 29), i.indicators(), null), null, AT)).isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.type()).isEqualTo("plan-amendment-reason"));
        assertThatThrownBy(() -> edits.editItem(i.id(), v, new PlanEdits.ItemChange("1.1", i.content(), "Khác",
                i.deadline(), i.indicators(), null), "Kế hoạch 30/KH-UBND", AT)).isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.type()).isEqualTo("plan-issued-fields"));
        assertThat(jdbc.sql("select count(*) from plan_item_amendment where item_id = :i").param("i", i.id())
                .query(Integer.class).single()).isZero();

        plan = edits.editItem(i.id(), v, new PlanEdits.ItemChange("1.1", "Nội dung điều chỉnh", i.output(),
                LocalDate.of(2038, 5, 29), i.indicators(), null), "Kế hoạch 30/KH-UBND điều chỉnh", AT.plusDays(60));
        assertThat(item(plan, "1.1").deadline()).isEqualTo(LocalDate.of(2038, 5, 29));
        assertThat(plan.status()).isEqualTo(PlanStatus.ISSUED);
        List<PlanEdits.Amendment> amendments = edits.amendments(plan.id());
        assertThat(amendments).singleElement().satisfies(a -> {
            assertThat(a.by()).isEqualTo(PAR_OFFICE);
            assertThat(a.reason()).isEqualTo("Kế hoạch 30/KH-UBND điều chỉnh");
            assertThat(a.deadlineBefore()).isEqualTo(LocalDate.of(2038, 3, 31));
            assertThat(a.deadlineAfter()).isEqualTo(LocalDate.of(2038, 5, 29));
            assertThat(a.contentBefore()).isEqualTo("Nhiệm vụ thử 1.1");
            assertThat(a.contentAfter()).isEqualTo("Nội dung điều chỉnh");
        });
        assertThat(audits("planning.item-amended", i.id())).isEqualTo(1);

        // the unit's focal point of another unit is not the author
        as(FOCAL_POINT);
        assertThat(edits.mayEdit(plan.id())).isFalse();
        int v2 = plan.version();
        assertThatThrownBy(() -> edits.editItem(i.id(), v2, new PlanEdits.ItemChange("1.1", "x", null, null, null,
                null), "lý do", AT)).isInstanceOf(DomainException.class);
    }

    @Test
    void aStaleVersionWritesNothing() throws Exception {
        as(PAR_OFFICE);
        PlanView plan = unitPlan("UBND-31135", item("1.1", LocalDate.of(2038, 3, 31), "UBND-31135"));
        long planId = plan.id();
        int stale = plan.version();
        edits.retitle(planId, stale, "Lần sửa thứ nhất", AT);
        int auditsBefore = jdbc.sql("select count(*) from shared_audit_event").query(Integer.class).single();

        assertThatThrownBy(() -> edits.addGroup(planId, stale, 2, "Nhóm mới", AT)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.type()).isEqualTo("plan-stale"));
        assertThatThrownBy(() -> edits.retitle(planId, stale, "Lần sửa thứ hai", AT)).isInstanceOf(
                DomainException.class);
        PlanView now = plans.find(planId, LocalDate.of(2038, 1, 1)).orElseThrow();
        assertThat(now.title()).isEqualTo("Lần sửa thứ nhất");
        assertThat(now.groups()).hasSize(1);
        assertThat(now.version()).isEqualTo(stale + 1);
        assertThat(jdbc.sql("select count(*) from shared_audit_event").query(Integer.class).single())
                .isEqualTo(auditsBefore);

        // the API answers a problem: 409 plan-stale, in the caller's language
        signOut();
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/plans/" + planId + "/title")
                .with(user(users.loadUserByUsername(PAR_OFFICE))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + stale + ", \"title\": \"API\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value(org.hamcrest.Matchers
                        .endsWith("plan-stale")));
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/plans/" + planId + "/title")
                .with(user(users.loadUserByUsername(PAR_OFFICE))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + (stale + 1) + ", \"title\": \"Trích yếu qua API\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Trích yếu qua API"))
                .andExpect(jsonPath("$.version").value(stale + 2));
    }
}
