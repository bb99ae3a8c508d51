package io.parhub.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import io.parhub.parindex.ChartFigures.AreaPoints;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The charts' arithmetic: means half-up to two decimals, ranked units only, the weakest area, bands, lists, change. */
class ChartFiguresTest {

    private static AreaPoints p(int year, String unit, UnitGroup group, boolean ranked, String area, String score,
            String max) {
        return new AreaPoints(year, unit, unit, group, ranked, area, "Lĩnh vực " + area, Integer.parseInt(area),
                new BigDecimal(score), new BigDecimal(max));
    }

    private static List<BigDecimal> list(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void theAverageIsTheMeanRoundedHalfUpToTwoDecimals() {
        assertThat(ChartFigures.average(list("100", "75", "50", "75", "25", "100"))).isEqualByComparingTo("70.83");
        assertThat(ChartFigures.average(list("100", "50", "25"))).isEqualByComparingTo("58.33");
        // 62.625 → 62.63 (half-up, not half-even)
        assertThat(ChartFigures.average(list("62.62", "62.63"))).isEqualByComparingTo("62.63");
        assertThat(ChartFigures.average(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void areaAveragesCountRankedUnitsOnlyAndNameTheWeakestArea() {
        List<AreaPoints> rows = List.of(
                p(2032, "A", UnitGroup.DEPARTMENT, true, "1", "10", "10"),
                p(2032, "A", UnitGroup.DEPARTMENT, true, "2", "3", "9"),
                p(2032, "B", UnitGroup.DEPARTMENT, true, "1", "5", "10"),
                p(2032, "B", UnitGroup.DEPARTMENT, true, "2", "9", "9"),
                p(2032, "C", UnitGroup.DEPARTMENT, false, "1", "0", "10"),
                p(2032, "C", UnitGroup.DEPARTMENT, false, "2", "0", "9"),
                p(2032, "X", UnitGroup.COMMUNE, true, "1", "2.5", "10"),
                p(2032, "X", UnitGroup.COMMUNE, true, "2", "9", "9"));
        List<ChartFigures.GroupAreas> groups = ChartFigures.areaAverages(rows);
        assertThat(groups).extracting(ChartFigures.GroupAreas::group)
                .containsExactly(UnitGroup.DEPARTMENT, UnitGroup.COMMUNE);
        ChartFigures.GroupAreas dep = groups.get(0);
        assertThat(dep.units()).isEqualTo(2);
        // area 1: 100 and 50 → 75; area 2: 33.33 and 100 → 66.665 → 66.67; C (not ranked) left out
        assertThat(dep.areas().get(0).averagePercent()).isEqualByComparingTo("75.00");
        assertThat(dep.areas().get(1).averagePercent()).isEqualByComparingTo("66.67");
        assertThat(dep.areas().get(1).lowestPercent()).isEqualByComparingTo("33.33");
        assertThat(dep.weakest().code()).isEqualTo("2");
        // totals: A 13/19 = 68.42, B 14/19 = 73.68 → 71.05
        assertThat(dep.averagePercent()).isEqualByComparingTo("71.05");
        assertThat(groups.get(1).weakest().code()).isEqualTo("1");
    }

    @Test
    void aYearCountsRankedUnitsPerBandWithEveryBandListed() {
        List<AreaPoints> rows = List.of(
                p(2032, "A", UnitGroup.DEPARTMENT, true, "1", "90", "100"),
                p(2032, "B", UnitGroup.DEPARTMENT, true, "1", "50", "100"),
                p(2032, "C", UnitGroup.COMMUNE, true, "1", "91", "100"),
                p(2032, "D", UnitGroup.COMMUNE, false, "1", "10", "100"));
        ChartFigures.YearFigures y = ChartFigures.year(2032, rows, ScoringTest.SOC_TRANG);
        assertThat(y.units()).isEqualTo(3);
        assertThat(y.bands()).extracting(b -> b.band().code() + "=" + b.units())
                .containsExactly("RAT_TOT=1", "TOT=1", "KHA=0", "TRUNG_BINH=1", "KEM=0");
        assertThat(y.groups()).extracting(g -> g.group() + " " + g.averagePercent().toPlainString())
                .containsExactly("DEPARTMENT 70.00", "COMMUNE 91.00");
    }

    @Test
    void theBottomListNeverRepeatsTheTopList() {
        List<Scoring.Scored> units = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            units.add(new Scoring.Scored("U" + i, "Đơn vị " + i, UnitGroup.DEPARTMENT, true,
                    BigDecimal.valueOf(100 - i * 5), BigDecimal.valueOf(100)));
        }
        units.add(new Scoring.Scored("Z", "Đơn vị Z", UnitGroup.DEPARTMENT, false, BigDecimal.ONE,
                BigDecimal.valueOf(100)));
        units.add(new Scoring.Scored("K", "Xã K", UnitGroup.COMMUNE, true, BigDecimal.TEN, BigDecimal.valueOf(100)));
        List<ChartFigures.Extremes> x = ChartFigures.extremes(Scoring.rank(units, ScoringTest.SOC_TRANG, Map.of()));
        assertThat(x.get(0).top()).extracting(r -> r.unit().unitCode()).containsExactly("U1", "U2", "U3", "U4", "U5");
        assertThat(x.get(0).bottom()).extracting(r -> r.unit().unitCode()).containsExactly("U6", "U7");
        assertThat(x.get(1).top()).extracting(r -> r.unit().unitCode()).containsExactly("K");
        assertThat(x.get(1).bottom()).isEmpty();
    }

    @Test
    void theHistoryChangeIsAgainstTheYearJustBefore() {
        Map<Integer, List<Scoring.Ranked>> rankings = Map.of(
                2030, ranking("70", "80"),
                2031, ranking("75.5", "60"),
                2033, ranking("90", "95"));
        List<ChartFigures.HistoryRow> h = ChartFigures.history("A", rankings);
        assertThat(h).extracting(ChartFigures.HistoryRow::year).containsExactly(2030, 2031, 2033);
        assertThat(h.get(0).change()).isNull();
        assertThat(h.get(1).change()).isEqualByComparingTo("5.50");
        assertThat(h.get(2).change()).as("2032 missing: no year to compare with").isNull();
        assertThat(h).extracting(ChartFigures.HistoryRow::rank).containsExactly(2, 1, 2);
        assertThat(h.get(0).rankedUnits()).isEqualTo(2);
    }

    private static List<Scoring.Ranked> ranking(String a, String b) {
        return Scoring.rank(List.of(
                new Scoring.Scored("A", "Đơn vị A", UnitGroup.DEPARTMENT, true, new BigDecimal(a), BigDecimal.valueOf(100)),
                new Scoring.Scored("B", "Đơn vị B", UnitGroup.DEPARTMENT, true, new BigDecimal(b), BigDecimal.valueOf(100))),
                ScoringTest.SOC_TRANG, Map.of());
    }
}
