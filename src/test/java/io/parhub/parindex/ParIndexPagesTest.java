package io.parhub.parindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parhub.ApplicationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The PAR Index pages over MockMvc on the year 2023 (no other test uses it): the unit's scorecard, the office's
 * progress and appraisal pages, who may open what, a stale version read as a conflict, and the public ranking that
 * does not exist before publication.
 */
class ParIndexPagesTest extends ApplicationTest {

    static final int YEAR = 2023;
    static final String OFFICE = "cchc.snv";
    static final String FOCAL = "daumoi.stp";

    @Autowired
    UserDetailsService users;

    @Autowired
    ParIndexCycles cycles;

    @Autowired
    ParIndexResults results;

    @Autowired
    CriteriaSets sets;

    UserDetails staff(String username) {
        return users.loadUserByUsername(username);
    }

    @BeforeEach
    void openTheYear() {
        if (results.cycle(YEAR).isPresent()) {
            return;
        }
        UserDetails office = staff(OFFICE);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(office, null,
                office.getAuthorities()));
        SecurityContextHolder.setContext(context);
        // the units of today's registry, scored for a past year (computed criteria then have no figure to ask for)
        sets.copyYear(2025, YEAR);
        cycles.open(new OpenCycle(YEAR, LocalDate.of(2025, 12, 31), LocalDate.of(YEAR, 1, 15), null, Map.of(), List.of()));
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    Entry unit(String code) {
        return results.entries(YEAR).stream().filter(e -> e.unitCode().equals(code)).findFirst().orElseThrow();
    }

    Scorecard.Line line(Entry entry, String code) {
        return results.scorecard(entry.id()).lines().stream().filter(l -> l.criterion().code().equals(code))
                .findFirst().orElseThrow();
    }

    @Test
    void theFocalPointSeesItsScorecardAndTheOfficeItsProgressAndAppraisalPages() throws Exception {
        Entry stp = unit("STP-92");
        String page = mvc.perform(MockMvcRequestBuilders.get("/staff/par-index/" + YEAR).with(user(staff(FOCAL))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(stp.unitName()).contains("id=\"submit-self\"").contains("id=\"gaps\"")
                .contains("Tối đa").contains("Hướng dẫn chấm").contains("Tính từ dữ liệu parhub")
                .contains("enctype=\"multipart/form-data\"").contains("name=\"_csrf\"");
        mvc.perform(MockMvcRequestBuilders.get("/staff/par-index/" + YEAR + "/progress").with(user(staff(OFFICE))))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "id=\"to-appraisal\"")));
        mvc.perform(MockMvcRequestBuilders.get("/staff/par-index/entries/" + stp.id() + "/appraisal")
                .with(user(staff(OFFICE)))).andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/staff/par-index/" + YEAR).param("unit", "STP-92")
                .with(user(staff(OFFICE)))).andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/staff/par-index/" + YEAR).param("lang", "en")
                .with(user(staff(FOCAL)))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Submit the self-assessment")));
    }

    @Test
    void otherRolesAndOtherUnitsAreRefused() throws Exception {
        Entry stp = unit("STP-92");
        long criterion = line(stp, "1.1.1").criterion().id();
        mvc.perform(MockMvcRequestBuilders.get("/staff/par-index/" + YEAR + "/progress").with(user(staff(FOCAL))))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/staff/par-index/entries/" + stp.id() + "/appraisal")
                .with(user(staff(FOCAL)))).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/staff/par-index/" + YEAR).param("unit", "SNV-92")
                .with(user(staff(FOCAL)))).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/staff/par-index/entries/" + stp.id() + "/criteria/" + criterion
                + "/appraisal").param("score", "1").param("version", "0").with(user(staff(FOCAL))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/staff/par-index/" + YEAR + "/status").param("to", "APPRAISAL")
                .param("version", "0").with(user(staff(FOCAL))).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/staff/par-index/" + YEAR).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aSelfScoreWithAFileIsSavedAndAStaleVersionReadsAsAConflict() throws Exception {
        Entry stp = unit("STP-92");
        Scorecard.Line l = line(stp, "1.2.1");
        long criterion = l.criterion().id();
        MockMultipartFile pdf = new MockMultipartFile("file", "bao-cao.pdf", "application/pdf",
                "%PDF-1.4 báo cáo".getBytes(StandardCharsets.UTF_8));
        mvc.perform(MockMvcRequestBuilders.multipart("/staff/par-index/entries/" + stp.id() + "/criteria/"
                + criterion + "/self").file(pdf).param("score", "0,5").param("comment", "Đã ban hành")
                .param("links", "https://stp.example.vn/bao-cao").param("version", String.valueOf(l.score().version()))
                .with(user(staff(FOCAL))).with(csrf())).andExpect(status().is3xxRedirection());
        Scorecard.Line saved = line(stp, "1.2.1");
        assertThat(saved.score().selfScore()).isEqualByComparingTo("0.5");
        assertThat(results.scorecard(stp.id()).evidence()).anyMatch(e -> e.fileName().equals("bao-cao.pdf"));

        String conflict = mvc.perform(MockMvcRequestBuilders.multipart("/staff/par-index/entries/" + stp.id()
                + "/criteria/" + criterion + "/self").param("score", "1")
                .param("version", String.valueOf(l.score().version())).with(user(staff(FOCAL))).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(conflict).contains("id=\"problem\"").contains("người khác thay đổi");
        assertThat(line(stp, "1.2.1").score().selfScore()).isEqualByComparingTo("0.5");

        String outOfRange = mvc.perform(MockMvcRequestBuilders.multipart("/staff/par-index/entries/" + stp.id()
                + "/criteria/" + criterion + "/self").param("score", "50")
                .param("version", String.valueOf(saved.score().version())).with(user(staff(FOCAL))).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(outOfRange).contains("phải từ 0 đến");
    }

    @Test
    void theRankingOfAYearNotPublishedIsNotFound() throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.get("/par-index/" + YEAR))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("chưa được công bố");
        mvc.perform(MockMvcRequestBuilders.get("/par-index/1990")).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/par-index/" + YEAR + ".xlsx")).andExpect(status().isNotFound());
    }
}
