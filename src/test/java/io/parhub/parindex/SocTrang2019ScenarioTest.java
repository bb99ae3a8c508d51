package io.parhub.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import io.parhub.ApplicationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Seed 002 (Sóc Trăng, the 2019 publication table): 40 ranked units — 19 departments, 11 district People's
 * Committees, 4 public service units, 6 central agencies — by band Rất tốt 2, Tốt 15, Khá 21, Trung bình 2, Kém 0,
 * and 6 special units scored but not ranked. The scores are entered by the PAR office as appraised scores (the
 * individual 2019 scores were not published; each unit gets a percent inside the band the table gives its group).
 * Units from the registry (which starts on 1/1/2020, hence the scope date) plus the four the registry lacks.
 */
class SocTrang2019ScenarioTest extends ApplicationTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    ParIndexCycles cycles;

    @Autowired
    ParIndexResults results;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static final List<String> DEPARTMENTS = List.of("VPUB-94", "SNV-94", "STP-94", "SKHDT-94", "STC-94", "SCT-94",
            "SNNPTNT-94", "SGTVT-94", "SXD-94", "STNMT-94", "STTTT-94", "SLDTBXH-94", "SVHTTDL-94", "SKHCN-94",
            "SGDDT-94", "SYT-94", "TTR-94", "BDT-94", "BQLKCN-94");
    static final List<String> DISTRICTS = List.of("UBND-941", "UBND-942", "UBND-943", "UBND-944", "UBND-945",
            "UBND-946", "UBND-947", "UBND-948", "UBND-949", "UBND-950", "UBND-951");
    static final List<String> SERVICE_UNITS = List.of("BQLDA1-94", "BQLDA2-94", "DVSN3-94", "DVSN4-94");
    static final List<String> CENTRAL = List.of("CA-94", "BHXH-94", "CTHUE-94", "KBNN-94", "NHNN-94", "QLTT-94");
    static final Map<String, String> SPECIAL = Map.of(
            "VPHDND-94", "Cơ quan có chức năng, nhiệm vụ đặc thù (seed 002, chú thích 14)",
            "CTK-94", "Cơ quan có chức năng, nhiệm vụ đặc thù (seed 002, chú thích 14)",
            "BAOST-94", "Cơ quan có chức năng, nhiệm vụ đặc thù (seed 002, chú thích 14)",
            "DPTTH-94", "Cơ quan có chức năng, nhiệm vụ đặc thù (seed 002, chú thích 14)",
            "TRCT-94", "Cơ quan có chức năng, nhiệm vụ đặc thù (seed 002, chú thích 14)",
            "PALI-94", "Cơ quan có chức năng, nhiệm vụ đặc thù (seed 002, chú thích 14)");

    /** Percent per unit: counts per band and group as in the table, placed well inside each band. */
    static Map<String, BigDecimal> targets() {
        Map<String, BigDecimal> t = new LinkedHashMap<>();
        assign(t, DEPARTMENTS, 1, 8, 10, 0);
        assign(t, DISTRICTS, 0, 0, 9, 2);
        assign(t, SERVICE_UNITS, 1, 3, 0, 0);
        assign(t, CENTRAL, 0, 4, 2, 0);
        SPECIAL.keySet().forEach(code -> t.put(code, new BigDecimal("70")));
        return t;
    }

    private static void assign(Map<String, BigDecimal> t, List<String> units, int excellent, int good, int fair,
            int average) {
        int i = 0;
        for (int n = 0; n < excellent; n++, i++) {
            t.put(units.get(i), new BigDecimal("93").subtract(BigDecimal.valueOf(n)));
        }
        for (int n = 0; n < good; n++, i++) {
            t.put(units.get(i), new BigDecimal("88").subtract(BigDecimal.valueOf(n % 6)));
        }
        for (int n = 0; n < fair; n++, i++) {
            t.put(units.get(i), new BigDecimal("77").subtract(BigDecimal.valueOf(n % 10)));
        }
        for (int n = 0; n < average; n++, i++) {
            t.put(units.get(i), new BigDecimal("60").subtract(BigDecimal.valueOf(n)));
        }
        assertThat(i).isEqualTo(units.size());
    }

    @Test
    void the2019PublicationTableIsProducedFromScoresEnteredForTheScenario() {
        UserDetails user = users.loadUserByUsername("cchc.snv");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);

        cycles.open(new OpenCycle(2019, LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 31), null, SPECIAL,
                List.of(new OpenCycle.ExtraUnit("DVSN3-94", "Đơn vị sự nghiệp công lập tỉnh (minh họa) 3",
                        UnitGroup.SERVICE_UNIT),
                        new OpenCycle.ExtraUnit("DVSN4-94", "Đơn vị sự nghiệp công lập tỉnh (minh họa) 4",
                                UnitGroup.SERVICE_UNIT),
                        new OpenCycle.ExtraUnit("TRCT-94", "Trường Chính trị tỉnh Sóc Trăng", UnitGroup.SERVICE_UNIT),
                        new OpenCycle.ExtraUnit("PALI-94", "Trường Bồ túc Văn hóa Pali Trung cấp Nam Bộ",
                                UnitGroup.SERVICE_UNIT))));
        cycles.advance(2019, CycleStatus.APPRAISAL, results.cycle(2019).orElseThrow().version());
        Map<String, BigDecimal> targets = targets();
        Map<String, Entry> entries = new HashMap<>();
        results.entries(2019).forEach(e -> entries.put(e.unitCode(), e));
        assertThat(entries.keySet()).containsAll(targets.keySet());
        for (var t : targets.entrySet()) {
            Entry e = entries.get(t.getKey());
            for (Scorecard.Line l : results.scorecard(e.id()).lines()) {
                if (l.leaf()) {
                    BigDecimal points = l.criterion().maxPoints().multiply(t.getValue())
                            .divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP);
                    cycles.appraise(e.id(), l.criterion().id(), points, "Kịch bản 2019", false, l.score().version());
                }
            }
        }
        cycles.advance(2019, CycleStatus.LOCKED, results.cycle(2019).orElseThrow().version());
        cycles.advance(2019, CycleStatus.PUBLISHED, results.cycle(2019).orElseThrow().version());

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
                .containsExactlyInAnyOrderElementsOf(SPECIAL.keySet());
        // the department group is ranked 1..19 with the ties of equal percents sharing a rank
        assertThat(ranking.stream().filter(r -> r.unit().group() == UnitGroup.DEPARTMENT && r.rank() != null)
                .map(Scoring.Ranked::rank).max(Integer::compare)).contains(19);
    }
}
