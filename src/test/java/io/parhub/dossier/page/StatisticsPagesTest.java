package io.parhub.dossier.page;

import io.parhub.ApplicationTest;
import io.parhub.dossier.Dossiers;
import io.parhub.dossier.StatisticsFixture;
import io.parhub.dossier.StatisticsFixture.History;
import io.parhub.procedure.ProcedurePublications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The leaders' dashboard on the real database: KPIs and ranking of the province, drill-down to an agency's
 * procedures and to the late dossiers of one procedure, staff only, readable errors for a bad period.
 */
class StatisticsPagesTest extends ApplicationTest {

    @Autowired
    ProcedurePublications publications;

    @Autowired
    Dossiers dossiers;

    @Autowired
    UserDetailsService users;

    History history;

    @BeforeEach
    void createHistory() {
        history = new StatisticsFixture(publications, dossiers, users).history();
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    ResultActions page(String username, String... params) throws Exception {
        var request = MockMvcRequestBuilders.get("/staff/stats").with(as(username));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    static final String[] OCTOBER = {"unit", StatisticsFixture.PROVINCE, "period", "custom", "from", "2025-10-01",
            "to", "2025-10-31"};

    static String[] october(String... more) {
        String[] all = new String[OCTOBER.length + more.length];
        System.arraycopy(OCTOBER, 0, all, 0, OCTOBER.length);
        System.arraycopy(more, 0, all, OCTOBER.length, more.length);
        return all;
    }

    String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    @Test
    void theProvinceShowsKpisTrendRatesRankingAndTheLateProcedures() throws Exception {
        String html = body(page("lanhdao.tinh", OCTOBER).andExpect(status().isOk()));
        assertThat(html).contains("id=\"kpi-received\"", "id=\"kpi-on-time\"", "id=\"kpi-overdue\"",
                "id=\"kpi-online\"", "id=\"kpi-days\"");
        assertThat(html).contains("Ủy ban nhân dân thành phố Cần Thơ",
                "Kỳ thống kê: từ ngày 01/10/2025 đến ngày 31/10/2025");
        // the trend chart is an accessible SVG with a data table beside it
        assertThat(html).contains("<svg class=\"chart trend-chart\"", "id=\"trend-svg-title\"", "id=\"trend-table\"",
                "<td>10/25</td>");
        // the Department of Justice is ranked, with a link one level down
        assertThat(html).contains("id=\"agency-rates\"", "id=\"ranking-table\"", "data-key=\"STP-92\"",
                "/staff/stats?unit=UBND-92&amp;period=custom&amp;from=2025-10-01&amp;to=2025-10-31&amp;agency=STP-92");
        // the test procedure is among the late ones; every table can be downloaded
        assertThat(html).contains("id=\"top-late-table\"", history.procedureName());
        assertThat(html).contains("/api/v1/stats/dossiers.xlsx?unit=UBND-92&amp;from=2025-10-01&amp;to=2025-10-31"
                + "&amp;groupBy=agency", "/api/v1/stats/dossiers.csv?unit=UBND-92&amp;from=2025-10-01&amp;to=2025-10-31"
                + "&amp;groupBy=month");
        // sorted by overdue: the order link is marked
        assertThat(body(page("lanhdao.tinh", october("sort", "overdue"))))
                .containsPattern("id=\"sort-overdue\"\\s+aria-current=\"true\" class=\"active\"");
    }

    @Test
    void withoutAUnitTheDashboardShowsTheProvinceOfTheSignedInAgency() throws Exception {
        String html = body(page("chuyenvien.stp", "period", "this-year").andExpect(status().isOk()));
        assertThat(html).contains("<option value=\"UBND-92\" selected=\"selected\">", "id=\"crumb-unit\"",
                "id=\"nav-stats\"");
        assertThat(html).contains("<option value=\"this-year\" selected=\"selected\">Năm nay</option>");
    }

    @Test
    void anAgencyShowsItsProceduresAndAProcedureItsLateDossiers() throws Exception {
        String agency = body(page("lanhdao.tinh", october("agency", "STP-92")).andExpect(status().isOk()));
        assertThat(agency).contains("data-level=\"agency\"", "id=\"crumb-agency\"", "Sở Tư pháp thành phố Cần Thơ",
                "data-key=\"" + history.procedure() + "\"", "&amp;agency=STP-92&amp;procedure=" + history.procedure());
        assertThat(agency).doesNotContain("id=\"agency-rates\"");

        String procedure = body(page("lanhdao.tinh", october("agency", "STP-92", "procedure", history.procedure()))
                .andExpect(status().isOk()));
        assertThat(procedure).contains("data-level=\"procedure\"", "id=\"crumb-procedure\"", history.procedureName(),
                "id=\"late-table\"");
        // the four dossiers: 4 received, 3 resolved, on-time rate 66,67 %
        assertThat(procedure).containsPattern("id=\"kpi-received\">.*\\s*<strong class=\"kpi-value\">4</strong>");
        assertThat(procedure).contains("66,67 %");
        // secondary figures, the online summary and the lateness of the steps of these dossiers
        assertThat(procedure).contains("id=\"stats-more\"", "id=\"online-summary\"", "id=\"lateness-table\"",
                "Giải quyết hồ sơ");
        assertThat(agency).contains("id=\"evaluation-summary\"");
        assertThat(procedure).contains("href=\"/staff/dossiers/" + history.resolvedLate() + "\"",
                "href=\"/staff/dossiers/" + history.overdue() + "\"");
        for (String onTime : history.onTime()) {
            assertThat(procedure).doesNotContain(onTime);
        }
        // the provincial leader may open a late dossier from there
        mvc.perform(MockMvcRequestBuilders.get("/staff/dossiers/" + history.resolvedLate()).with(as("lanhdao.tinh")))
                .andExpect(status().isOk());
    }

    @Test
    void theLateListIsForStaffOnly() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/staff/stats").param("agency", "STP-92")
                        .param("procedure", history.procedure()).param("period", "custom")
                        .param("from", "2025-10-01").param("to", "2025-10-31").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location",
                        org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void aBadPeriodShowsAReadableError() throws Exception {
        String reversed = body(page("lanhdao.tinh", "period", "custom", "from", "2025-10-31", "to", "2025-10-01")
                .andExpect(status().isBadRequest()));
        assertThat(reversed).contains("id=\"stats-problem\"", "Kỳ thống kê không hợp lệ", "id=\"stats-filters\"");
        String garbled = body(page("lanhdao.tinh", "period", "custom", "from", "hôm qua", "to", "2025-10-01")
                .andExpect(status().isBadRequest()));
        assertThat(garbled).contains("ngày bắt đầu và ngày kết thúc hợp lệ");
        String unknown = body(page("lanhdao.tinh", october("agency", "KHONG-CO")).andExpect(status().isBadRequest()));
        assertThat(unknown).contains("KHONG-CO");
        String english = body(page("lanhdao.tinh", "period", "custom", "from", "2025-10-31", "to", "2025-10-01",
                "lang", "en"));
        assertThat(english).contains("Invalid period");
    }
}
