package io.parhub.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parhub.planning.inspection.InspectionReader;
import io.parhub.planning.inspection.InspectionView;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The forms of the 2039 year page that create the inspection plan, a team and a unit: only the PAR office sees and
 * uses them; bad input and conflicts come back as sentences on the page.
 */
class InspectionPlanPagesTest extends PlanTestSupport {

    private static final String YEAR = "2039";

    @Autowired
    InspectionReader reader;

    @Test
    void theOfficeCreatesThePlanATeamAndAUnitThroughTheForms() throws Exception {
        var office = user(users.loadUserByUsername(PAR_OFFICE));
        var focal = user(users.loadUserByUsername(FOCAL_POINT));

        String empty = page(office, "vi");
        assertThat(empty).contains("Năm 2039 chưa có kế hoạch kiểm tra", "id=\"plan-form\"",
                "Tạo kế hoạch kiểm tra công tác CCHC năm 2039").doesNotContain("id=\"unit-form\"");
        assertThat(page(focal, "vi")).contains("Năm 2039 chưa có kế hoạch").doesNotContain("id=\"plan-form\"");

        // a focal point may not create it, even by posting the form
        mvc.perform(plan("17/KH-UBND", "2039-02-06").with(focal)).andExpect(status().isForbidden());

        // a missing number: the sentence on the page, what was typed kept
        String bad = mvc.perform(plan(" ", "2039-02-06").with(office)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("id=\"form-error\"",
                "Kế hoạch kiểm tra cần số hiệu, trích yếu, ngày ban hành và người ký.",
                "value=\"Chủ tịch UBND thành phố\"", "id=\"plan-form\"");
        String badEn = mvc.perform(plan("", "2039-02-06").param("lang", "en").with(office))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(badEn).contains("An inspection plan needs a number, a title, an issue date and a signer.");

        mvc.perform(plan("17/KH-UBND", "2039-02-06").with(office)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/inspections?year=2039&saved=plan#plan-facts"));
        String created = mvc.perform(MockMvcRequestBuilders.get("/staff/inspections").param("year", YEAR)
                .param("saved", "plan").with(office)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(created).contains("Đã tạo kế hoạch kiểm tra.", "17/KH-UBND", "06/02/2039",
                "Kế hoạch kiểm tra công tác cải cách hành chính năm 2039", "id=\"team-form\"", "id=\"unit-form\"",
                "<optgroup label=\"Cơ quan chuyên môn\">", "value=\"STP-92\"").doesNotContain("id=\"plan-form\"");
        assertThat(page(focal, "vi")).contains("17/KH-UBND").doesNotContain("id=\"team-form\"",
                "id=\"unit-form\"");

        // someone created the year's plan meanwhile: said so, the page shows the plan as it is now
        String twice = mvc.perform(plan("18/KH-UBND", "2039-02-07").with(office)).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(twice).contains("Đã có thay đổi trong lúc bạn nhập: Năm 2039 đã có kế hoạch kiểm tra công tác CCHC.",
                "17/KH-UBND");

        as(PAR_OFFICE);
        long planId = reader.year(2039, LocalDate.of(2039, 3, 1)).plan().id();
        signOut();
        String teams = "/staff/inspections/plans/" + planId + "/teams";
        mvc.perform(MockMvcRequestBuilders.post(teams).with(csrf()).with(focal).param("year", YEAR)
                .param("name", "Đoàn 1").param("leader", "X")).andExpect(status().isForbidden());
        String noLeader = mvc.perform(MockMvcRequestBuilders.post(teams).with(csrf()).with(office).param("year", YEAR)
                .param("name", "Đoàn kiểm tra số 1").param("leader", "")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(noLeader).contains("Đoàn kiểm tra cần tên và trưởng đoàn.", "value=\"Đoàn kiểm tra số 1\"");
        mvc.perform(MockMvcRequestBuilders.post(teams).with(csrf()).with(office).param("year", YEAR)
                .param("name", "Đoàn kiểm tra số 1").param("leader", "Phó Giám đốc Sở Nội vụ")
                .param("members", "Trưởng phòng CCHC — Phó Trưởng đoàn\nChuyên viên Sở Tư pháp — Thành viên"))
                .andExpect(redirectedUrl("/staff/inspections?year=2039&saved=team#teams"));
        as(PAR_OFFICE);
        InspectionView.Team team = reader.year(2039, LocalDate.of(2039, 3, 1)).teams().get(0);
        signOut();
        assertThat(team.name()).isEqualTo("Đoàn kiểm tra số 1");
        assertThat(team.members()).containsExactly("Trưởng phòng CCHC — Phó Trưởng đoàn",
                "Chuyên viên Sở Tư pháp — Thành viên");

        String units = "/staff/inspections/plans/" + planId + "/units";
        mvc.perform(MockMvcRequestBuilders.post(units).with(csrf()).with(focal).param("year", YEAR)
                .param("agencyCode", "STP-92").param("plannedOn", "2039-07-14")).andExpect(status().isForbidden());
        String noUnit = mvc.perform(MockMvcRequestBuilders.post(units).with(csrf()).with(office).param("year", YEAR)
                .param("agencyCode", "").param("plannedOn", "2039-07-14")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(noUnit).contains("Hãy chọn cơ quan, đơn vị được kiểm tra.", "value=\"2039-07-14\"");
        String noDate = mvc.perform(MockMvcRequestBuilders.post(units).with(csrf()).with(office).param("year", YEAR)
                .param("agencyCode", "STP-92").param("plannedOn", "").param("lang", "en"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(noDate).contains("The planned date is missing.", "<option value=\"STP-92\" selected=\"selected\"");
        mvc.perform(MockMvcRequestBuilders.post(units).with(csrf()).with(office).param("year", YEAR)
                .param("agencyCode", "STP-92").param("plannedOn", "2039-07-14")
                .param("teamId", String.valueOf(team.id())))
                .andExpect(redirectedUrl("/staff/inspections?year=2039&saved=unit#units"));
        String withUnit = page(office, "vi");
        assertThat(withUnit).contains("data-agency=\"STP-92\"", "Sở Tư pháp thành phố Cần Thơ", "14/07/2039",
                "Chưa kiểm tra").doesNotContain("value=\"STP-92\"");
        as(PAR_OFFICE);
        InspectionView.Unit unit = reader.year(2039, LocalDate.of(2039, 3, 1)).units().get(0);
        signOut();
        assertThat(unit.agencyCode()).isEqualTo("STP-92");
        assertThat(unit.teamName()).isEqualTo("Đoàn kiểm tra số 1");

        // the unit put on the plan from another window meanwhile
        String again = mvc.perform(MockMvcRequestBuilders.post(units).with(csrf()).with(office).param("year", YEAR)
                .param("agencyCode", "STP-92").param("plannedOn", "2039-07-15").param("lang", "en"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("Changed meanwhile: Unit STP-92 is already on the inspection plan.");
    }

    private String page(RequestPostProcessor who, String lang) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/staff/inspections").param("year", YEAR).param("lang", lang)
                .with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder plan(String number, String issuedOn) {
        return MockMvcRequestBuilders.post("/staff/inspections/plans").with(csrf()).param("year", YEAR)
                .param("number", number).param("issuedOn", issuedOn).param("signer", "Chủ tịch UBND thành phố")
                .param("title", "Kế hoạch kiểm tra công tác cải cách hành chính năm 2039");
    }
}
