package io.parhub.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The staff pages: plans of a year with the tally, a plan with flags, the progress form of the assigned unit. */
class PlanPagesTest extends PlanTestSupport {

    @Test
    void listPlanPageAndProgressForm() throws Exception {
        int year = freshYear();
        PlanView plan = provincePlan(year, item("1.1", LocalDate.of(2026, 2, 17), "STP-92"));
        signOut();
        var office = user(users.loadUserByUsername(PAR_OFFICE));
        var focal = user(users.loadUserByUsername(FOCAL_POINT));

        String list = mvc.perform(MockMvcRequestBuilders.get("/staff/plans").param("year", String.valueOf(year))
                .with(office)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("id=\"plans-table\"", "Kế hoạch CCHC thử năm " + year, "id=\"tally-sentence\"");

        String page = mvc.perform(MockMvcRequestBuilders.get("/staff/plans/" + plan.id()).with(office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Nhiệm vụ thử 1.1", "23/02/2026").doesNotContain("progress-form-");

        PlanView.Assignment a = assignment(plan, "1.1", "STP-92");
        String mine = mvc.perform(MockMvcRequestBuilders.get("/staff/plans/" + plan.id()).with(focal))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("progress-form-" + a.id());
        mvc.perform(MockMvcRequestBuilders.post("/staff/plans/" + plan.id() + "/assignments/" + a.id() + "/progress")
                .with(csrf()).with(focal).param("version", String.valueOf(a.version())).param("percent", "60")
                .param("note", "Đang triển khai").param("evidenceLink", "https://example.org/minh-chung"))
                .andExpect(status().is3xxRedirection());
        String after = mvc.perform(MockMvcRequestBuilders.get("/staff/plans/" + plan.id()).with(focal))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("Đang triển khai", "https://example.org/minh-chung", "60%");

        String en = mvc.perform(MockMvcRequestBuilders.get("/staff/plans").param("year", String.valueOf(year))
                .param("lang", "en").with(office)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(en).contains("Public administration reform plans");
    }

    @Test
    void theIllustrativeDemoPlanOf2026HasSevenTaskGroups() throws Exception {
        as(PAR_OFFICE);
        PlanSummary demo = plans.list(2026, LocalDate.of(2026, 3, 1)).stream()
                .filter(p -> p.level() == PlanLevel.PROVINCE).findFirst().orElseThrow();
        assertThat(demo.illustrative()).isTrue();
        assertThat(plans.find(demo.id(), LocalDate.of(2026, 3, 1)).orElseThrow().groups()).hasSize(7);
        assertThat(plans.tally(2026, LocalDate.of(2026, 3, 1)).required()).isEqualTo(3);
        signOut();
        String page = mvc.perform(MockMvcRequestBuilders.get("/staff/plans/" + demo.id())
                .with(user(users.loadUserByUsername(PAR_OFFICE)))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("163/KH-UBND (minh họa)", "Dữ liệu minh họa", "Cải cách thể chế");
    }
}
