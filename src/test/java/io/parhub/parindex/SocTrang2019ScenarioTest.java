package io.parhub.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import io.parhub.ApplicationTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 002 (Sóc Trăng, the 2019 publication table): 40 ranked units — 19 departments, 11 district People's
 * Committees, 4 public service units, 6 central agencies — by band Rất tốt 2, Tốt 15, Khá 21, Trung bình 2, Kém 0,
 * and 6 special units scored but not ranked. The demo data enters the scenario ({@link SocTrang2019}) at start-up
 * through the services a PAR office uses (open, appraise every criterion, lock, publish); this checks that the table
 * parhub produces from those scores is the published one.
 */
class SocTrang2019ScenarioTest extends ApplicationTest {

    @Autowired
    ParIndexResults results;

    @Autowired
    ParIndexDemoSeed demo;

    @Test
    void the2019PublicationTableIsProducedFromScoresEnteredForTheScenario() throws Exception {
        demo.load();
        assertThat(results.cycle(2019).orElseThrow().status()).isEqualTo(CycleStatus.PUBLISHED);
        assertThat(results.illustrative(2019)).as("demo criteria sets: the year is shown as illustrative").isTrue();
        Map<String, BigDecimal> targets = SocTrang2019.percents();
        Map<String, Entry> entries = new HashMap<>();
        results.entries(2019).forEach(e -> entries.put(e.unitCode(), e));
        assertThat(entries.keySet()).containsAll(targets.keySet());
        Entry justice = entries.get("STP-94");
        assertThat(results.ranking(2019).stream().filter(r -> r.unit().unitCode().equals("STP-94")).findFirst()
                .orElseThrow().percent()).isCloseTo(targets.get("STP-94"), org.assertj.core.data.Offset.offset(
                        new BigDecimal("0.2")));
        // the areas differ (illustrative), the total stays in the unit's band
        var areas = results.scorecard(justice.id()).areas();
        assertThat(areas.stream().map(a -> a.percent().setScale(0, java.math.RoundingMode.HALF_UP)).distinct()
                .count()).isGreaterThan(3);
        assertThat(justice.ranked()).isTrue();
        // the public page says the scores are illustrative
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/par-index/2019")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"illustrative\"").contains("Số liệu minh họa").contains("Sở Tư pháp");

        List<Scoring.Ranked> ranking = results.ranking(2019).stream()
                .filter(r -> targets.containsKey(r.unit().unitCode())).toList();
        var table = ParIndexResults.bandByGroup(ranking, results.bands(2019));
        assertThat(table.get("RAT_TOT")).containsEntry(UnitGroup.DEPARTMENT, 1).containsEntry(UnitGroup.DISTRICT, 0)
                .containsEntry(UnitGroup.SERVICE_UNIT, 1).containsEntry(UnitGroup.CENTRAL_AGENCY, 0);
        assertThat(table.get("TOT")).containsEntry(UnitGroup.DEPARTMENT, 8).containsEntry(UnitGroup.DISTRICT, 0)
                .containsEntry(UnitGroup.SERVICE_UNIT, 3).containsEntry(UnitGroup.CENTRAL_AGENCY, 4);
        assertThat(table.get("KHA")).containsEntry(UnitGroup.DEPARTMENT, 10).containsEntry(UnitGroup.DISTRICT, 9)
                .containsEntry(UnitGroup.SERVICE_UNIT, 0).containsEntry(UnitGroup.CENTRAL_AGENCY, 2);
        assertThat(table.get("TRUNG_BINH")).containsEntry(UnitGroup.DISTRICT, 2);
        assertThat(table.get("KEM").values()).allMatch(n -> n == 0);
        Map<String, Integer> byBand = new LinkedHashMap<>();
        table.forEach((band, row) -> byBand.put(band, row.values().stream().mapToInt(Integer::intValue).sum()));
        assertThat(byBand).containsExactly(Map.entry("RAT_TOT", 2), Map.entry("TOT", 15), Map.entry("KHA", 21),
                Map.entry("TRUNG_BINH", 2), Map.entry("KEM", 0));
        assertThat(ranking.stream().filter(r -> r.rank() != null).count()).isEqualTo(40);
        assertThat(ranking.stream().filter(r -> r.rank() == null).map(r -> r.unit().unitCode()))
                .containsExactlyInAnyOrderElementsOf(SocTrang2019.SPECIAL.keySet());
        // the department group is ranked 1..19 with the ties of equal percents sharing a rank
        assertThat(ranking.stream().filter(r -> r.unit().group() == UnitGroup.DEPARTMENT && r.rank() != null)
                .map(Scoring.Ranked::rank).max(Integer::compare)).contains(19);
    }
}
