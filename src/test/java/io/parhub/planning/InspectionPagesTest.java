package io.parhub.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parhub.planning.inspection.InspectionInput;
import io.parhub.planning.inspection.InspectionView;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The pages and the API of inspections: the demo plan of 2026, a visit's forms by role, problems on the API. */
class InspectionPagesTest extends InspectionTestSupport {

    @Test
    void theIllustrativeDemoPlanOf2026AndItsVisit() throws Exception {
        var office = user(users.loadUserByUsername(PAR_OFFICE));
        var focal = user(users.loadUserByUsername(FOCAL_POINT));
        String year = mvc.perform(MockMvcRequestBuilders.get("/staff/inspections").param("year", "2026").with(office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(year).contains("17/KH-UBND (minh họa)", "Dữ liệu minh họa", "Đoàn kiểm tra CCHC số 1",
                "Năm 2026: đã kiểm tra 1/4 đơn vị theo kế hoạch, phát hiện 2 tồn tại, hạn chế; 1 kiến nghị, 0 đã",
                "Sở Tư pháp thành phố Cần Thơ", "id=\"nav-inspections\"");

        as(PAR_OFFICE);
        InspectionView.Unit stp = reader.year(2026, LocalDate.of(2026, 8, 1)).units().stream()
                .filter(u -> u.agencyCode().equals("STP-92")).findFirst().orElseThrow();
        signOut();
        String visit = mvc.perform(MockMvcRequestBuilders.get("/staff/inspections/" + stp.visitId()).with(office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(visit).contains("Dữ liệu minh họa", "Rà soát, cập nhật niêm yết", "Tồn tại", "Hạn chế",
                "id=\"finding-form\"", "id=\"recommendation-form\"").doesNotContain("remediation-form-");
        String mine = mvc.perform(MockMvcRequestBuilders.get("/staff/inspections/" + stp.visitId()).with(focal))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("remediation-form-").doesNotContain("id=\"finding-form\"");

        String en = mvc.perform(MockMvcRequestBuilders.get("/staff/inspections").param("year", "2026")
                .param("lang", "en").with(office)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(en).contains("Inspections of administrative reform work, 2026",
                "2026: 1/4 units inspected as planned, 2 shortcomings and limitations found", "Illustrative data");

        String plans = mvc.perform(MockMvcRequestBuilders.get("/staff/plans").param("year", "2026").with(office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(plans).contains("id=\"inspections-link\"", "/staff/inspections?year=2026");

        mvc.perform(MockMvcRequestBuilders.get("/api/v1/inspections/figures").param("year", "2026")
                .param("at", "2026-08-01").with(focal)).andExpect(status().isOk())
                .andExpect(jsonPath("$.unitsPlanned").value(4)).andExpect(jsonPath("$.unitsVisited").value(1))
                .andExpect(jsonPath("$.findings").value(2)).andExpect(jsonPath("$.recommendations").value(1))
                .andExpect(jsonPath("$.findingsByArea[1].findings").value(1));
    }

    @Test
    void theApiAnswersWithProblemsAndTheFormsWork() throws Exception {
        long visit = unit("UBND-31162");
        long rec = inspections.addRecommendation(visit, new InspectionInput.NewRecommendation(null,
                "Báo cáo việc khắc phục", "STP-92", LocalDate.of(2036, 9, 30)), AT);
        signOut();
        var office = user(users.loadUserByUsername(PAR_OFFICE));
        var focal = user(users.loadUserByUsername(FOCAL_POINT));

        mvc.perform(MockMvcRequestBuilders.post("/api/v1/inspections/visits/" + visit + "/findings").with(csrf())
                .with(focal).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"SHORTCOMING\",\"area\":2,\"text\":\"x\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("inspection-role")));
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/inspections/visits/" + visit + "/findings").with(csrf())
                .with(office).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"SHORTCOMING\",\"area\":9,\"text\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("inspection-finding-fields")));
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/inspections/visits/" + visit + "/record").with(csrf())
                .with(office).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"visitedOn\":\"2036-07-14\",\"conclusion\":\"Hoàn thành\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/inspections/visits/" + visit + "/record").with(csrf())
                .with(office).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"visitedOn\":\"2036-07-15\",\"conclusion\":\"Lần hai\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("inspection-visit-stale")));

        // the unit reports through the page's form; the office returns it through its form
        mvc.perform(MockMvcRequestBuilders.post("/staff/inspections/" + visit + "/recommendations/" + rec
                + "/remediation").with(csrf()).with(focal).param("version", "0")
                .param("whatDone", "Đã ban hành quy trình mới").param("doneOn", "2036-08-10")
                .param("evidenceLink", "https://example.org/quy-trinh.pdf"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(MockMvcRequestBuilders.post("/staff/inspections/" + visit + "/recommendations/" + rec
                + "/decision").with(csrf()).with(office).param("version", "1").param("accept", "false")
                .param("note", "Gửi kèm quyết định ban hành"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(MockMvcRequestBuilders.get("/staff/inspections/" + visit).with(focal))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đã ban hành quy trình mới", "https://example.org/quy-trinh.pdf",
                "Trả lại, đề nghị bổ sung", "Gửi kèm quyết định ban hành", "remediation-form-" + rec);
    }
}
