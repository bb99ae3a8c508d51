package io.parhub.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The staff pages through HTTP: the designer copies a version into a new one from its form, a round is created
 * from the form with its method, a paper form is entered; other roles are refused.
 */
class SurveyPagesTest extends SurveyTestSupport {

    private UserDetails staff(String username) {
        return users.loadUserByUsername(username);
    }

    @Test
    void theDesignerCreatesANewVersionFromACopyAndTheOldOneStays() throws Exception {
        Questionnaire hanoi = seeded("HN-WARD-2026");
        mvc.perform(MockMvcRequestBuilders.get("/staff/surveys").with(user(staff(PAR_OFFICE))))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "HN-WARD-2026")));
        mvc.perform(MockMvcRequestBuilders.get("/staff/surveys/questionnaires/" + hanoi.id())
                .with(user(staff(PAR_OFFICE)))).andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/staff/surveys/questionnaires/" + hanoi.id() + "/copy")
                .with(user(staff(PAR_OFFICE)))).andExpect(status().isOk());

        // keep the first two questions (the second with a new text), drop the rest, add one in a new group
        var post = MockMvcRequestBuilders.post("/staff/surveys/questionnaires/" + hanoi.id() + "/copy")
                .with(user(staff(PAR_OFFICE))).with(csrf())
                .param("title", "Phiếu SIPAS phường, bản sửa").param("validFrom", "2027-01-01");
        for (Question q : hanoi.questions()) {
            post.param("number", String.valueOf(q.number())).param("part", q.part().name())
                    .param("groupCode", q.groupCode()).param("groupName", q.groupName())
                    .param("text", q.number() == 1 ? q.text() : q.number() == 2 ? "Câu 2, viết lại" : "");
        }
        post.param("number", "40").param("part", "SERVICE").param("groupCode", "II.F")
                .param("groupName", "Chuyển đổi số").param("text", "Dịch vụ công trực tuyến dễ sử dụng.");
        String location = mvc.perform(post).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/staff/surveys/questionnaires/*")).andReturn().getResponse()
                .getRedirectedUrl();
        Questionnaire copy = questionnaires.find(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        assertThat(copy.code()).isEqualTo("HN-WARD-2026");
        assertThat(copy.version()).isGreaterThan(1);
        assertThat(copy.basedOn()).isEqualTo(hanoi.id());
        assertThat(copy.questions()).extracting(Question::number).containsExactly(1, 2, 40);
        assertThat(copy.questions().get(1).text()).isEqualTo("Câu 2, viết lại");
        assertThat(questionnaires.find(hanoi.id()).questions()).hasSize(39);

        // a specialist may read nothing of it and change nothing
        mvc.perform(MockMvcRequestBuilders.post("/staff/surveys/questionnaires/" + hanoi.id() + "/copy")
                .with(user(staff(SPECIALIST_STP))).with(csrf()).param("title", "x").param("validFrom", "2027-01-01")
                .param("number", "1", "2").param("part", "SERVICE", "SERVICE").param("groupCode", "A", "A")
                .param("groupName", "A", "A").param("text", "a", "b")).andExpect(status().isForbidden());
    }

    @Test
    void aRoundIsCreatedFromTheFormAndAPaperFormEntered() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/staff/surveys/rounds/new").with(user(staff(PAR_OFFICE))))
                .andExpect(status().isOk());
        String location = mvc.perform(MockMvcRequestBuilders.post("/staff/surveys/rounds")
                .with(user(staff(PAR_OFFICE))).with(csrf())
                .param("year", "2027").param("title", "SIPAS 2027 (thử trang)").param("scope", "UBND-92")
                .param("units", "STP-92, SNV-92").param("questionnaire", String.valueOf(seeded("BNV-Q9").id()))
                .param("from", "2027-01-01").param("to", "2027-06-30").param("sampleSize", "50").param("seed", "")
                .param("levels", "3", "4", "5").param("parts", "SERVICE").param("minResponses", "1")
                .param("targetRate", "85.5").param("weighting", "RESPONDENT"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        SurveyRound round = rounds.find(id);
        assertThat(round.units()).extracting(SurveyRound.Unit::code).containsExactly("STP-92", "SNV-92");
        assertThat(round.method().satisfiedLevels()).containsExactlyInAnyOrder(3, 4, 5);
        assertThat(round.method().weighting()).isEqualTo(SurveyMethod.Weighting.RESPONDENT);
        assertThat(round.method().targetRate()).isEqualByComparingTo("85.5");

        // a wrong unit code shows the form again with the reason
        mvc.perform(MockMvcRequestBuilders.post("/staff/surveys/rounds").with(user(staff(PAR_OFFICE))).with(csrf())
                .param("year", "2027").param("title", "Sai").param("scope", "UBND-92").param("units", "KHONG-CO")
                .param("questionnaire", String.valueOf(seeded("BNV-Q9").id())).param("from", "2027-01-01")
                .param("to", "2027-06-30").param("sampleSize", "50").param("levels", "4", "5")
                .param("parts", "SERVICE").param("minResponses", "30").param("targetRate", "80")
                .param("weighting", "ITEM"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Không có cơ quan KHONG-CO")));

        // the focal point of STP-92 enters a paper form of its unit from the page
        mvc.perform(MockMvcRequestBuilders.get("/staff/surveys/rounds/" + id + "/paper").param("unit", "STP-92")
                .with(user(staff(FOCAL_POINT_STP)))).andExpect(status().isOk());
        var paper = MockMvcRequestBuilders.post("/staff/surveys/rounds/" + id + "/paper").param("unit", "STP-92")
                .with(user(staff(FOCAL_POINT_STP))).with(csrf());
        for (int n = 1; n <= 33; n++) {
            paper.param("q-" + n, n <= 14 ? "0" : "3");
        }
        mvc.perform(paper).andExpect(status().is3xxRedirection());
        mvc.perform(MockMvcRequestBuilders.get("/staff/surveys/rounds/" + id).with(user(staff(PAR_OFFICE))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("100,00%")));
        RoundIndex result = index.round(id);
        // only part II counts, level 3 counts as satisfied: 19 of 19; respondent weighting
        assertThat(result.province().rate()).isEqualByComparingTo("100.00");
        assertThat(result.province().answered()).isEqualTo(19);
        assertThat(result.units().get(1).figure().rate()).isNull();
        assertThat(result.sentencesVi()).contains("1/2 đơn vị được khảo sát đạt tỷ lệ hài lòng mục tiêu (85,5%).");
        // the focal point of STP-92 cannot enter forms of SNV-92
        mvc.perform(MockMvcRequestBuilders.post("/staff/surveys/rounds/" + id + "/paper").param("unit", "SNV-92")
                .param("q-15", "5").with(user(staff(FOCAL_POINT_STP))).with(csrf())).andExpect(status().isForbidden());
        assertThat(List.of(location)).isNotEmpty();
    }
}
