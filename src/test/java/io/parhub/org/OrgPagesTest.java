package io.parhub.org;

import io.parhub.ApplicationTest;
import io.parhub.org.store.UnitWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public tree pages and the admin reorganisation page, rendered by the real templates. */
class OrgPagesTest extends ApplicationTest {

    @Autowired
    UnitWriter writer;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AdminUnits units;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theUnitTreeAsOfADateHasStableIdsAndCounts() throws Exception {
        String before = page("/units?at=2024-01-01");
        assertThat(before).contains("id=\"unit-tree\"", "id=\"at\"", "id=\"at-submit\"", "data-code=\"941\"",
                "Tỉnh Sóc Trăng", "Thành phố Sóc Trăng", "value=\"2024-01-01\"");
        String after = page("/units?at=2026-01-01&lang=en");
        assertThat(after).contains("Thành phố Cần Thơ", "data-code=\"31507\"", "Phường Sóc Trăng", "Communes: ")
                .doesNotContain("data-code=\"941\"");
    }

    @Test
    void oneUnitShowsItsLineageAndItsVersions() throws Exception {
        String page = page("/units/31507?at=2026-01-01");
        assertThat(page).contains("Phường Sóc Trăng", "Phường 5", "Phường 6", "1668/NQ-UBTVQH15",
                "Ủy ban nhân dân Phường Sóc Trăng");
        assertThat(page("/units/31498?at=2026-01-01")).contains("id=\"unit-ended\"", "Phường Sóc Trăng");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/units/99999")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theAgencyTreeAsOfADate() throws Exception {
        assertThat(page("/agencies?at=2020-06-01")).contains("id=\"agency-tree\"", "data-code=\"UBND-94\"",
                "data-code=\"SNV-94\"", "data-code=\"TTPVHCC-94\"", "data-code=\"CA-94\"", "Sở Tư pháp tỉnh Sóc Trăng");
    }

    @Test
    void visibleTextFollowsTheLanguage() throws Exception {
        assertThat(page("/units?at=2024-01-01")).contains("Đơn vị hành chính", "Tại ngày");
        assertThat(page("/units?at=2024-01-01&lang=en")).contains("Administrative units", "As of");
    }

    @Test
    @WithMockUser(username = "admin.page", roles = "ADMIN")
    void anAdministratorRecordsAMergeOnThePage() throws Exception {
        assertThat(page("/admin/org/reorganisations/new")).contains("id=\"reorg-form\"", "id=\"reorg-submit\"");
        TestUnits t = TestUnits.create(writer, transaction);
        mvc.perform(post("/admin/org/reorganisations/new").with(csrf())
                        .param("kind", "MERGE").param("effectiveDate", "2023-05-01").param("legalBasis", "Nghị quyết thử")
                        .param("oldCodes", t.c(1) + ", " + t.c(2)).param("operationId", "page-" + t.prefix())
                        .param("newCode", t.c(1), "", "", "").param("newName", "Xã trang quản trị", "", "", "")
                        .param("newType", "Xã", "", "", "").param("newParent", "", "", "", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/units/" + t.c(1) + "?at=2023-05-01"));
        assertThat(units.byCode(t.c(1), LocalDate.of(2023, 5, 1)).orElseThrow().name()).isEqualTo("Xã trang quản trị");
        assertThat(units.byCode(t.c(2), LocalDate.of(2023, 5, 1))).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin.page", roles = "ADMIN")
    void aRefusedReorganisationShowsTheReasonAndKeepsTheInput() throws Exception {
        TestUnits t = TestUnits.create(writer, transaction);
        long before = jdbc.sql("select count(*) from org_unit").query(Long.class).single();
        String html = mvc.perform(post("/admin/org/reorganisations/new").with(csrf())
                        .param("kind", "MERGE").param("effectiveDate", "2023-05-01").param("legalBasis", "Nghị quyết thử")
                        .param("oldCodes", t.c(1)).param("operationId", "page-bad-" + t.prefix())
                        .param("newCode", t.c(1)).param("newName", "Chỉ một").param("newType", "Xã").param("newParent", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"reorg-error\"", "Nhập phải gồm ít nhất hai đơn vị cũ", "Chỉ một");
        assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theAdminPageNeedsAnAdministrator() throws Exception {
        int status = mvc.perform(MockMvcRequestBuilders.get("/admin/org/reorganisations/new")).andReturn().getResponse().getStatus();
        assertThat(status).isIn(302, 401, 403);
    }

    private String page(String path) throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get(path)).andExpect(status().isOk()).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }
}
