package io.parhub.parindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parhub.ApplicationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * The leaders' charts and a unit's history on 2032 (published) and 2033 (scored, locked during the test), with the
 * units of {@link ChartsFixture}: the averages per area and group are the ones worked out by hand from the scores
 * entered, a year not locked is left out, a focal point is refused, and the history lists the years with the change.
 */
class ParIndexChartsTest extends ApplicationTest {

    static final String LEADER = "lanhdao.tinh";
    static final String OFFICE = "cchc.snv";
    static final String FOCAL = "daumoi.stp";

    @Autowired
    UserDetailsService users;

    @Autowired
    ParIndexCycles cycles;

    @Autowired
    ParIndexResults results;

    @Autowired
    ParIndexCharts charts;

    @Autowired
    CriteriaSets sets;

    @BeforeEach
    void twoYears() {
        ChartsFixture.asOffice(users.loadUserByUsername(OFFICE), () -> {
            ChartsFixture.scored(ChartsFixture.FIRST, cycles, results, sets);
            ChartsFixture.publish(ChartsFixture.FIRST, cycles, results);
            ChartsFixture.scored(ChartsFixture.SECOND, cycles, results, sets);
        });
    }

    private String body(String path, String username, ResultMatcher expected) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(users.loadUserByUsername(username))))
                .andExpect(expected).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static JsonNode group(JsonNode groups, String group) {
        for (JsonNode g : groups) {
            if (g.get("group").asString().equals(group)) {
                return g;
            }
        }
        throw new AssertionError("no group " + group + " in " + groups);
    }

    private static List<String> codes(JsonNode units) {
        List<String> out = new ArrayList<>();
        units.forEach(u -> out.add(u.get("unitCode").asString()));
        return out;
    }

    @Test
    void theAveragesPerAreaAndGroupAreTheOnesWorkedOutByHand() throws Exception {
        JsonNode areas = JSON.readTree(body("/api/v1/par-index/2032/areas", LEADER, status().isOk()));
        JsonNode dep = group(areas.get("groups"), "DEPARTMENT");
        assertThat(dep.get("units").asInt()).isEqualTo(6);
        // area 1: 100, 75, 50, 75, 25, 100 → 425 / 6 = 70.833; area 3: 75, 50, 50, 25, 25, 50 → 45.833
        assertThat(dep.get("areas").get(0).get("averagePercent").decimalValue()).isEqualByComparingTo("70.83");
        assertThat(dep.get("areas").get(2).get("code").asString()).isEqualTo("3");
        assertThat(dep.get("areas").get(2).get("averagePercent").decimalValue()).isEqualByComparingTo("45.83");
        assertThat(dep.get("areas").get(2).get("weakest").asBoolean()).isTrue();
        assertThat(dep.get("areas").get(6).get("weakest").asBoolean()).as("a tie goes to the first area").isFalse();
        assertThat(dep.get("areas").get(2).get("lowestPercent").decimalValue()).isEqualByComparingTo("25");
        // totals 83.25, 71, 57.25, 46.25, 51.75, 81.75 → 391.25 / 6 = 65.208
        assertThat(dep.get("averagePercent").decimalValue()).isEqualByComparingTo("65.21");
        JsonNode com = group(areas.get("groups"), "COMMUNE");
        // Thới Lai is not ranked: 100, 75, 50 → 75 (with it, 56.25)
        assertThat(com.get("units").asInt()).isEqualTo(3);
        assertThat(com.get("areas").get(0).get("averagePercent").decimalValue()).isEqualByComparingTo("75.00");
        assertThat(com.get("areas").get(1).get("averagePercent").decimalValue()).isEqualByComparingTo("58.33");
        assertThat(com.get("averagePercent").decimalValue()).isEqualByComparingTo("59.25");

        JsonNode extremes = JSON.readTree(body("/api/v1/par-index/2032/top-bottom", OFFICE, status().isOk()));
        JsonNode depX = group(extremes, "DEPARTMENT");
        assertThat(codes(depX.get("top"))).containsExactly("CH-SNV", "CH-SGD", "CH-STP", "CH-STC", "CH-SYT");
        assertThat(codes(depX.get("bottom"))).containsExactly("CH-SXD");
        assertThat(codes(group(extremes, "COMMUNE").get("top"))).containsExactly("CH-PNK", "CH-PCR", "CH-XPD");

        String page = body("/staff/par-index/charts?year=2032", LEADER, status().isOk());
        assertThat(page).contains("id=\"areas-department\"").contains("id=\"areas-commune\"")
                .contains("Lĩnh vực thấp nhất: 3. Cải cách thủ tục hành chính (45,83%)")
                .contains("6 đơn vị được xếp hạng, tỷ lệ điểm trung bình 65,21%")
                .contains("Chỉ tính các năm đã chốt hoặc đã công bố kết quả")
                .contains("<svg").contains("id=\"extremes-department\"").contains("Sở Xây dựng");
        // a provincial leader reaches the charts from the staff menu; the office from its progress page
        assertThat(page).contains("id=\"nav-par-index-charts\"");
        assertThat(body("/staff/par-index/2032/progress", OFFICE, status().isOk())).contains("id=\"charts-link\"")
                .doesNotContain("id=\"nav-par-index-charts\"");
        String en = body("/staff/par-index/charts?year=2032&lang=en", LEADER, status().isOk());
        assertThat(en).contains("Weakest area: 3. Cải cách thủ tục hành chính (45.83%)");
    }

    @Test
    void aFocalPointIsRefusedAndAnAdministratorAdmitted() throws Exception {
        body("/staff/par-index/charts", FOCAL, status().isForbidden());
        body("/api/v1/par-index/trend", FOCAL, status().isForbidden());
        body("/api/v1/par-index/2032/areas", FOCAL, status().isForbidden());
        body("/staff/par-index/charts", "admin", status().isOk());
        body("/staff/par-index/charts", OFFICE, status().isOk());
    }

    @Test
    void aYearIsLeftOutUntilItIsLockedAndTheHistoryShowsTheChange() throws Exception {
        if (results.cycle(ChartsFixture.SECOND).orElseThrow().status() == CycleStatus.APPRAISAL) {
            assertThat(years(JSON.readTree(body("/api/v1/par-index/trend", LEADER, status().isOk()))))
                    .contains(2032).doesNotContain(2033);
            String problem = body("/api/v1/par-index/2033/areas", LEADER, status().isNotFound());
            assertThat(JSON.readTree(problem).get("type").asString()).endsWith("parindex-not-final");
            String page = body("/staff/par-index/charts?year=2033", LEADER, status().isNotFound());
            assertThat(page).contains("id=\"problem\"").contains("năm 2033 chưa được chốt");
            assertThat(page).doesNotContain("<option value=\"2033\"");
            ChartsFixture.asOffice(users.loadUserByUsername(OFFICE),
                    () -> ChartsFixture.lock(ChartsFixture.SECOND, cycles, results));
        }
        JsonNode trend = JSON.readTree(body("/api/v1/par-index/trend", LEADER, status().isOk()));
        assertThat(years(trend)).contains(2032, 2033);
        JsonNode y2032 = year(trend, 2032);
        assertThat(group(y2032.get("groups"), "DEPARTMENT").get("averagePercent").decimalValue())
                .isEqualByComparingTo("65.21");
        assertThat(group(y2032.get("groups"), "COMMUNE").get("averagePercent").decimalValue())
                .isEqualByComparingTo("59.25");
        JsonNode y2033 = year(trend, 2033);
        // 89.5, 77.25, 63.5, 52.5, 50, 88 → 70.125; 85.75, 60.75, 50 → 65.5
        assertThat(group(y2033.get("groups"), "DEPARTMENT").get("averagePercent").decimalValue())
                .isEqualByComparingTo("70.13");
        assertThat(group(y2033.get("groups"), "COMMUNE").get("averagePercent").decimalValue())
                .isEqualByComparingTo("65.50");
        assertThat(bands(y2032)).containsExactly("RAT_TOT=0", "TOT=2", "KHA=2", "TRUNG_BINH=3", "KEM=2");
        assertThat(bands(y2033)).containsExactly("RAT_TOT=0", "TOT=3", "KHA=1", "TRUNG_BINH=5", "KEM=0");
        assertThat(y2033.get("units").asInt()).isEqualTo(9);

        // the Department of Justice: 71.00 % (3rd of 6) then 77.25 % (3rd), +6.25 points
        List<ChartFigures.HistoryRow> stp = charts.history("CH-STP");
        assertThat(stp).extracting(ChartFigures.HistoryRow::year).containsExactly(2032, 2033);
        assertThat(stp.get(0).percent()).isEqualByComparingTo("71.00");
        assertThat(stp.get(0).change()).isNull();
        assertThat(stp.get(1).percent()).isEqualByComparingTo("77.25");
        assertThat(stp.get(1).change()).isEqualByComparingTo("6.25");
        assertThat(stp).extracting(ChartFigures.HistoryRow::rank).containsExactly(3, 3);
        // the Department of Health goes down: 51.75 (5th) → 50.00 (6th)
        List<ChartFigures.HistoryRow> syt = charts.history("CH-SYT");
        assertThat(syt.get(1).change()).isEqualByComparingTo("-1.75");
        assertThat(syt).extracting(ChartFigures.HistoryRow::rank).containsExactly(5, 6);

        String card = body("/staff/par-index/2033?unit=CH-STP", OFFICE, status().isOk());
        assertThat(card).contains("id=\"history-table\"").contains("id=\"charts-link\"");
        String rows = card.substring(card.indexOf("id=\"history-table\""));
        assertThat(rows).containsSubsequence("data-year=\"2032\"", "71,00%", "3/6", "—",
                "data-year=\"2033\"", "77,25%", "3/6", "+6,25");
        String health = body("/staff/par-index/2033?unit=CH-SYT", OFFICE, status().isOk());
        assertThat(health.substring(health.indexOf("id=\"history-table\""))).contains("-1,75");
    }

    private static List<Integer> years(JsonNode trend) {
        List<Integer> out = new ArrayList<>();
        trend.forEach(y -> out.add(y.get("year").asInt()));
        return out;
    }

    private static JsonNode year(JsonNode trend, int year) {
        for (JsonNode y : trend) {
            if (y.get("year").asInt() == year) {
                return y;
            }
        }
        throw new AssertionError("no year " + year);
    }

    private static List<String> bands(JsonNode year) {
        List<String> out = new ArrayList<>();
        year.get("bands").forEach(b -> out.add(b.get("band").asString() + "=" + b.get("units").asInt()));
        return out;
    }
}
