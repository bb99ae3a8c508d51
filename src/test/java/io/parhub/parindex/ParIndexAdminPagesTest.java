package io.parhub.parindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parhub.ApplicationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The PAR office's administration pages over MockMvc on the year 2034 (no other test uses it; 2035 only for refusals,
 * it never gets a set here): copy 2025 into 2034, edit, add and remove criteria with the total following, a stale
 * edit, open the cycle with one unit not ranked, the frozen set and band table refusing changes, and a unit of a year
 * that has not begun submitting with its computed criteria left without a figure.
 */
class ParIndexAdminPagesTest extends ApplicationTest {

    static final int YEAR = 2034;
    static final String OFFICE = "cchc.snv";
    static final String FOCAL = "daumoi.stp";

    @Autowired
    UserDetailsService users;

    @Autowired
    CriteriaSets sets;

    @Autowired
    CycleOpening opening;

    @Autowired
    ParIndexCycles cycles;

    @Autowired
    ParIndexResults results;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    UserDetails staff(String username) {
        return users.loadUserByUsername(username);
    }

    void as(String username) {
        UserDetails user = staff(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    String page(MockHttpServletRequestBuilder request, String username, ResultMatcher expected) throws Exception {
        return mvc.perform(request.with(user(staff(username))).with(csrf())).andExpect(expected).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    CriteriaSet set(UnitGroup group) {
        return sets.sets().stream().filter(s -> s.year() == YEAR && s.group() == group).findFirst().orElseThrow();
    }

    Criterion criterion(long setId, String code) {
        return sets.criteria(setId).stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    BigDecimal total(long setId) {
        return CriteriaEditing.maxTotal(sets.leaves(setId));
    }

    MockHttpServletRequestBuilder edit(Criterion c, String revision, String maxPoints) {
        return MockMvcRequestBuilders.post("/staff/par-index/criteria/" + c.setId() + "/criteria/" + c.id())
                .param("revision", revision).param("name", c.name()).param("maxPoints", maxPoints)
                .param("guidance", c.guidance() == null ? "" : c.guidance())
                .param("evidence", c.evidence() == null ? "" : c.evidence()).param("source", c.source().name())
                .param("reason", "Tăng trọng số kế hoạch CCHC");
    }

    @Test
    void theOfficeCopiesAYearEditsItsCriteriaOpensTheCycleWithAnExclusionAndTheSetFreezes() throws Exception {
        // copy 2025 into 2034: one editable version per group, listed with its number of criteria and total
        page(MockMvcRequestBuilders.post("/staff/par-index/criteria/copy").param("from", "2025")
                .param("to", String.valueOf(YEAR)), OFFICE, redirectedUrl("/staff/par-index/criteria"));
        CriteriaSet departments = set(UnitGroup.DEPARTMENT);
        assertThat(departments.frozen()).isFalse();
        assertThat(set(UnitGroup.COMMUNE).frozen()).isFalse();
        BigDecimal before = total(departments.id());
        assertThat(before).isEqualByComparingTo("100");
        String list = page(MockMvcRequestBuilders.get("/staff/par-index/criteria"), OFFICE, status().isOk());
        assertThat(list).contains("id=\"year-" + YEAR + "\"").contains("data-set=\"" + departments.id() + "\"")
                .contains("Đang chỉnh sửa");

        // 1.1.1 goes from 1 to 3 points: the set's total, criterion 1.1 and area 1 follow
        Criterion c111 = criterion(departments.id(), "1.1.1");
        String revision = CriteriaEditing.revision(c111);
        page(edit(c111, revision, "3"), OFFICE, status().is3xxRedirection());
        assertThat(criterion(departments.id(), "1.1.1").maxPoints()).isEqualByComparingTo("3");
        assertThat(criterion(departments.id(), "1.1").maxPoints()).isEqualByComparingTo("7");
        assertThat(criterion(departments.id(), "1").maxPoints()).isEqualByComparingTo("12");
        assertThat(total(departments.id())).isEqualByComparingTo("102");
        String setPage = page(MockMvcRequestBuilders.get("/staff/par-index/criteria/" + departments.id()), OFFICE,
                status().isOk());
        assertThat(setPage).contains("id=\"total-max\">102.00<").contains("data-code=\"1.1.1\"")
                .contains("class=\"formula\"").contains("id=\"bands-form\"").contains("name=\"bound-0\"");

        // a second officer still holding the page before that edit is told it changed, and nothing is saved
        String stale = page(edit(c111, revision, "2"), OFFICE, status().isConflict());
        assertThat(stale).contains("id=\"problem\"").contains("vừa được người khác thay đổi");
        assertThat(criterion(departments.id(), "1.1.1").maxPoints()).isEqualByComparingTo("3");

        // a sub-criterion added under 1.2 takes the next code and counts; removed, the total is back
        Criterion c12 = criterion(departments.id(), "1.2");
        page(MockMvcRequestBuilders.post("/staff/par-index/criteria/" + departments.id() + "/criteria")
                .param("parentId", String.valueOf(c12.id())).param("name", "Báo cáo đột xuất đúng hạn")
                .param("maxPoints", "1,5").param("source", "SELF"), OFFICE, status().is3xxRedirection());
        Criterion added = criterion(departments.id(), "1.2.3");
        assertThat(added.level()).isEqualTo("SUB");
        assertThat(added.position()).isGreaterThan(criterion(departments.id(), "1.2.2").position())
                .isLessThan(criterion(departments.id(), "1.3").position());
        assertThat(total(departments.id())).isEqualByComparingTo("103.5");
        page(MockMvcRequestBuilders.post("/staff/par-index/criteria/" + departments.id() + "/criteria/" + added.id()
                + "/remove").param("revision", CriteriaEditing.revision(added)), OFFICE, status().is3xxRedirection());
        assertThat(total(departments.id())).isEqualByComparingTo("102");
        assertThat(criterion(departments.id(), "1.2").maxPoints()).isEqualByComparingTo("2");

        // the units shown before opening are the ones the cycle gets
        as(OFFICE);
        CycleOpening.Preview preview = opening.preview(YEAR, null);
        SecurityContextHolder.clearContext();
        assertThat(preview.missingSets()).isEmpty();
        String excluded = preview.units().get(UnitGroup.DEPARTMENT).stream().map(CycleOpening.Unit::code)
                .filter(code -> !code.equals("STP-92")).findFirst().orElseThrow();
        String form = page(MockMvcRequestBuilders.get("/staff/par-index/cycles/new").param("year",
                String.valueOf(YEAR)), OFFICE, status().isOk());
        assertThat(form).contains("data-unit=\"STP-92\"").contains("31/12/" + YEAR).contains("id=\"open-cycle\"");

        // an exclusion without a reason is refused with a sentence, then the cycle opens with one
        String noReason = page(open().param("exclude", excluded), OFFICE, status().isBadRequest());
        assertThat(noReason).contains("Cần ghi lý do không xếp hạng đơn vị " + excluded);
        page(open().param("exclude", excluded).param("reason-" + excluded, "Đơn vị đặc thù, chấm để theo dõi"),
                OFFICE, redirectedUrl("/staff/par-index/" + YEAR + "/progress"));
        List<Entry> entries = results.entries(YEAR);
        assertThat(entries.stream().collect(Collectors.groupingBy(Entry::group,
                Collectors.mapping(Entry::unitCode, Collectors.toSet())))).isEqualTo(preview.units().entrySet()
                        .stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                                .map(CycleOpening.Unit::code).collect(Collectors.toSet()))));
        Entry out = entries.stream().filter(e -> e.unitCode().equals(excluded)).findFirst().orElseThrow();
        assertThat(out.ranked()).isFalse();
        assertThat(out.exclusionReason()).isEqualTo("Đơn vị đặc thù, chấm để theo dõi");
        assertThat(results.ranking(YEAR)).filteredOn(r -> r.unit().unitCode().equals(excluded))
                .singleElement().satisfies(r -> assertThat(r.rank()).isNull());
        assertThat(results.ranking(YEAR)).filteredOn(r -> r.unit().unitCode().equals("STP-92"))
                .singleElement().satisfies(r -> assertThat(r.rank()).isNotNull());
        assertThat(results.scorecard(out.id()).maxTotal()).isEqualByComparingTo("102");

        // opening twice reads as a sentence
        String twice = page(open(), OFFICE, status().isConflict());
        assertThat(twice).contains("Kỳ đánh giá Chỉ số CCHC năm " + YEAR + " đã được mở");

        // the set is frozen now: the page says which cycle uses it, an edit is refused, so is the band table
        String frozen = page(MockMvcRequestBuilders.get("/staff/par-index/criteria/" + departments.id()), OFFICE,
                status().isOk());
        assertThat(frozen).contains("id=\"frozen-notice\"").contains("kỳ đánh giá năm " + YEAR)
                .contains("id=\"new-version\"").doesNotContain("class=\"edit-form\"");
        Criterion now = criterion(departments.id(), "1.1.1");
        String refused = page(edit(now, CriteriaEditing.revision(now), "4"), OFFICE, status().isConflict());
        assertThat(refused).contains("đang được dùng cho một kỳ đánh giá nên không sửa được");
        assertThat(criterion(departments.id(), "1.1.1").maxPoints()).isEqualByComparingTo("3");
        as(OFFICE);
        String bandsRevision = CriteriaEditing.revision(sets.bands(YEAR));
        SecurityContextHolder.clearContext();
        String bands = page(MockMvcRequestBuilders.post("/staff/par-index/criteria/" + departments.id() + "/bands")
                .param("revision", bandsRevision).param("bound-0", "85").param("wording-0", "trên 85%"), OFFICE,
                status().isConflict());
        assertThat(bands).contains("bảng xếp loại của năm này không sửa được");

        // a new version is editable again, copied from the frozen one
        page(MockMvcRequestBuilders.post("/staff/par-index/criteria/" + departments.id() + "/new-version"), OFFICE,
                status().is3xxRedirection());
        CriteriaSet second = sets.sets().stream().filter(s -> s.year() == YEAR && s.group() == UnitGroup.DEPARTMENT
                && s.version() == departments.version() + 1).findFirst().orElseThrow();
        assertThat(second.frozen()).isFalse();
        assertThat(second.copiedFrom()).isEqualTo(departments.id());
        assertThat(total(second.id())).isEqualByComparingTo("102");

        // 2034 has not begun: the Department of Justice submits, its computed criteria have no figure yet
        Entry stp = entries.stream().filter(e -> e.unitCode().equals("STP-92")).findFirst().orElseThrow();
        as(FOCAL);
        Entry submitted = cycles.submit(stp.id(), stp.version());
        assertThat(submitted.submittedAt()).isNotNull();
        List<Scorecard.Line> computed = results.scorecard(stp.id()).lines().stream()
                .filter(l -> l.leaf() && l.criterion().source() == CriterionSource.COMPUTED).toList();
        assertThat(computed).extracting(l -> l.criterion().code()).contains("3.2", "7.2");
        assertThat(computed).allSatisfy(l -> assertThat(l.score().selfScore()).isNull());
    }

    MockHttpServletRequestBuilder open() {
        return MockMvcRequestBuilders.post("/staff/par-index/cycles").param("year", String.valueOf(YEAR))
                .param("scopeDate", YEAR + "-12-31").param("selfDeadline", (YEAR + 1) + "-01-15")
                .param("explanationDeadline", (YEAR + 1) + "-02-15");
    }

    @Test
    void openingACycleExplainsWhatIsWrongInSentences() throws Exception {
        int year = YEAR + 1;
        String early = page(MockMvcRequestBuilders.post("/staff/par-index/cycles").param("year", String.valueOf(year))
                .param("scopeDate", year + "-12-31").param("selfDeadline", "15/11/" + year), OFFICE,
                status().isBadRequest());
        assertThat(early).contains("Hạn tự đánh giá 15/11/" + year + " trước ngày xác định phạm vi 31/12/" + year);
        String order = page(MockMvcRequestBuilders.post("/staff/par-index/cycles").param("year", String.valueOf(year))
                .param("selfDeadline", (year + 1) + "-01-15").param("explanationDeadline", (year + 1) + "-01-10"),
                OFFICE, status().isBadRequest());
        assertThat(order).contains("Hạn giải trình phải sau hạn tự đánh giá");
        String noSet = page(MockMvcRequestBuilders.post("/staff/par-index/cycles").param("year", String.valueOf(year))
                .param("selfDeadline", (year + 1) + "-01-15"), OFFICE, status().isBadRequest());
        assertThat(noSet).contains("Năm " + year + " chưa có bộ chỉ số cho khối").contains("id=\"problem\"");
        String form = page(MockMvcRequestBuilders.get("/staff/par-index/cycles/new").param("year", String.valueOf(year)),
                OFFICE, status().isOk());
        assertThat(form).contains("class=\"alert error missing-set\"");
        assertThat(results.cycle(year)).isEmpty();
        String english = page(MockMvcRequestBuilders.get("/staff/par-index/cycles/new").param("year",
                String.valueOf(year)).param("lang", "en"), OFFICE, status().isOk());
        assertThat(english).contains("Open the " + year + " cycle").contains("Show the units in scope");
    }

    @Test
    void aFocalPointMayNotOpenTheAdministrationPages() throws Exception {
        long anySet = sets.sets().get(0).id();
        page(MockMvcRequestBuilders.get("/staff/par-index/criteria"), FOCAL, status().isForbidden());
        page(MockMvcRequestBuilders.get("/staff/par-index/criteria/" + anySet), FOCAL, status().isForbidden());
        page(MockMvcRequestBuilders.get("/staff/par-index/cycles/new"), FOCAL, status().isForbidden());
        page(MockMvcRequestBuilders.post("/staff/par-index/criteria/copy").param("from", "2025").param("to", "2035"),
                FOCAL, status().isForbidden());
        page(MockMvcRequestBuilders.post("/staff/par-index/cycles").param("year", "2035")
                .param("selfDeadline", "2036-01-15"), FOCAL, status().isForbidden());
        page(MockMvcRequestBuilders.post("/staff/par-index/criteria/" + anySet + "/new-version"), FOCAL,
                status().isForbidden());
        assertThat(sets.sets()).noneMatch(s -> s.year() == 2035);
    }
}
