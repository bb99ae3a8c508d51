package io.parhub.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index arithmetic: totals, percent rounding, the band boundaries of the seeds' wording, ties, exclusions. */
class ScoringTest {

    /** Sóc Trăng 2019 wording: "trên 90%", "từ 80% đến 90%", "từ 65% đến dưới 80%", "từ 50% đến dưới 65%", "dưới 50%". */
    static final BandTable SOC_TRANG = new BandTable(2019, List.of(
            new Band(1, "RAT_TOT", "Rất tốt", "Excellent", new BigDecimal("90"), false, "trên 90%"),
            new Band(2, "TOT", "Tốt", "Good", new BigDecimal("80"), true, "từ 80% đến 90%"),
            new Band(3, "KHA", "Khá", "Fair", new BigDecimal("65"), true, "từ 65% đến dưới 80%"),
            new Band(4, "TRUNG_BINH", "Trung bình", "Average", new BigDecimal("50"), true, "từ 50% đến dưới 65%"),
            new Band(5, "KEM", "Kém", "Poor", null, true, "dưới 50%")));

    private static String band(String percent) {
        return SOC_TRANG.classify(new BigDecimal(percent)).code();
    }

    @Test
    void bandBoundariesFollowTheWordingExactlyAt90_80_65_50() {
        assertThat(band("90.01")).isEqualTo("RAT_TOT");
        assertThat(band("90.00")).isEqualTo("TOT");
        assertThat(band("80.00")).isEqualTo("TOT");
        assertThat(band("79.99")).isEqualTo("KHA");
        assertThat(band("65.00")).isEqualTo("KHA");
        assertThat(band("64.99")).isEqualTo("TRUNG_BINH");
        assertThat(band("50.00")).isEqualTo("TRUNG_BINH");
        assertThat(band("49.99")).isEqualTo("KEM");
        assertThat(band("0")).isEqualTo("KEM");
        assertThat(band("100")).isEqualTo("RAT_TOT");
    }

    @Test
    void totalIsTheSumAndPercentIsRoundedHalfUpToTwoDecimals() {
        BigDecimal total = Scoring.total(List.of(new BigDecimal("1"), new BigDecimal("0.5"), new BigDecimal("2.25")));
        assertThat(total).isEqualByComparingTo("3.75");
        assertThat(Scoring.percent(new BigDecimal("87.325"), new BigDecimal("100"))).isEqualByComparingTo("87.33");
        assertThat(Scoring.percent(new BigDecimal("2"), new BigDecimal("3"))).isEqualByComparingTo("66.67");
        assertThat(Scoring.percent(new BigDecimal("59.99"), new BigDecimal("60"))).isEqualByComparingTo("99.98");
        assertThat(Scoring.percent(BigDecimal.ONE, BigDecimal.ZERO)).isEqualByComparingTo("0");
        // a percent that rounds up onto a boundary takes the band of the rounded figure, as published
        BigDecimal p = Scoring.percent(new BigDecimal("89.996"), new BigDecimal("100"));
        assertThat(p).isEqualByComparingTo("90.00");
        assertThat(SOC_TRANG.classify(p).code()).isEqualTo("TOT");
        // computed criteria: maximum × rate / 100, rate capped to 0..100
        assertThat(Scoring.fromRate(new BigDecimal("6"), new BigDecimal("95.5"))).isEqualByComparingTo("5.73");
        assertThat(Scoring.fromRate(new BigDecimal("6"), new BigDecimal("120"))).isEqualByComparingTo("6");
    }

    private static Scoring.Scored unit(String code, UnitGroup g, String score, boolean ranked) {
        return new Scoring.Scored(code, "Đơn vị " + code, g, ranked, new BigDecimal(score), new BigDecimal("100"));
    }

    @Test
    void tiesShareTheRankAndTheNextRankSkipsInsideEachGroup() {
        List<Scoring.Ranked> r = Scoring.rank(List.of(unit("A", UnitGroup.DEPARTMENT, "88", true),
                unit("B", UnitGroup.DEPARTMENT, "91", true), unit("C", UnitGroup.DEPARTMENT, "88", true),
                unit("D", UnitGroup.DEPARTMENT, "70", true), unit("H", UnitGroup.DISTRICT, "70", true)),
                SOC_TRANG, Map.of());
        Map<String, Integer> ranks = new java.util.HashMap<>();
        r.forEach(x -> ranks.put(x.unit().unitCode(), x.rank()));
        assertThat(ranks).containsEntry("B", 1).containsEntry("A", 2).containsEntry("C", 2).containsEntry("D", 4)
                .containsEntry("H", 1);
        assertThat(r.get(0).unit().unitCode()).isEqualTo("B");
        // equal to two decimals is a tie; a difference in the second decimal is not
        List<Scoring.Ranked> close = Scoring.rank(List.of(unit("X", UnitGroup.DEPARTMENT, "80.004", true),
                unit("Y", UnitGroup.DEPARTMENT, "80.001", true), unit("Z", UnitGroup.DEPARTMENT, "80.01", true)),
                SOC_TRANG, Map.of());
        assertThat(close).extracting(Scoring.Ranked::rank).containsExactly(1, 2, 2);
    }

    @Test
    void excludedUnitsAreScoredAndBandedButNotRankedAndDoNotTakeARank() {
        List<Scoring.Ranked> r = Scoring.rank(List.of(unit("A", UnitGroup.SERVICE_UNIT, "70", true),
                unit("S", UnitGroup.SERVICE_UNIT, "95", false), unit("B", UnitGroup.SERVICE_UNIT, "60", true)),
                SOC_TRANG, Map.of("A", new BigDecimal("65.50")));
        assertThat(r).extracting(x -> x.unit().unitCode()).containsExactly("A", "B", "S");
        Scoring.Ranked special = r.get(2);
        assertThat(special.rank()).isNull();
        assertThat(special.band().code()).isEqualTo("RAT_TOT");
        assertThat(r.get(0).rank()).isEqualTo(1);
        assertThat(r.get(1).rank()).isEqualTo(2);
        // year-on-year change in percentage points
        assertThat(r.get(0).change()).isEqualByComparingTo("4.50");
        assertThat(r.get(1).change()).isNull();
        assertThat(special.row().rank()).isNull();
        assertThat(special.row().band()).isEqualTo("Rất tốt");
    }
}
