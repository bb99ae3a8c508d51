package io.parhub.parindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sóc Trăng's 2019 PAR Index as seed 002 publishes it: 40 ranked units — 19 departments, 11 district People's
 * Committees, 4 public service units, 6 central agencies — by band Rất tốt 2, Tốt 15, Khá 21, Trung bình 2, Kém 0,
 * and 6 special units scored but not ranked. The individual 2019 scores were not published: each unit gets a percent
 * inside the band the table gives its group (illustrative), so the band × group table is the published one.
 * Units from the agency registry (which starts on 1/1/2020, hence the scope date) plus the four it lacks.
 */
final class SocTrang2019 {

    static final int YEAR = 2019;
    static final LocalDate SCOPE = LocalDate.of(2020, 1, 1);

    static final List<String> DEPARTMENTS = List.of("VPUB-94", "SNV-94", "STP-94", "SKHDT-94", "STC-94", "SCT-94",
            "SNNPTNT-94", "SGTVT-94", "SXD-94", "STNMT-94", "STTTT-94", "SLDTBXH-94", "SVHTTDL-94", "SKHCN-94",
            "SGDDT-94", "SYT-94", "TTR-94", "BDT-94", "BQLKCN-94");
    static final List<String> DISTRICTS = List.of("UBND-941", "UBND-942", "UBND-943", "UBND-944", "UBND-945",
            "UBND-946", "UBND-947", "UBND-948", "UBND-949", "UBND-950", "UBND-951");
    static final List<String> SERVICE_UNITS = List.of("BQLDA1-94", "BQLDA2-94", "DVSN3-94", "DVSN4-94");
    static final List<String> CENTRAL = List.of("CA-94", "BHXH-94", "CTHUE-94", "KBNN-94", "NHNN-94", "QLTT-94");
    private static final String SPECIAL_REASON = "Cơ quan có chức năng, nhiệm vụ đặc thù (seed 002, chú thích 14)";
    static final Map<String, String> SPECIAL = Map.of("VPHDND-94", SPECIAL_REASON, "CTK-94", SPECIAL_REASON,
            "BAOST-94", SPECIAL_REASON, "DPTTH-94", SPECIAL_REASON, "TRCT-94", SPECIAL_REASON, "PALI-94",
            SPECIAL_REASON);

    private SocTrang2019() {
    }

    /** The cycle as the PAR office opened it: special units excluded, the four units the registry lacks added. */
    static OpenCycle opening() {
        return new OpenCycle(YEAR, SCOPE, LocalDate.of(2019, 12, 31), null, SPECIAL, List.of(
                new OpenCycle.ExtraUnit("DVSN3-94", "Đơn vị sự nghiệp công lập tỉnh (minh họa) 3",
                        UnitGroup.SERVICE_UNIT),
                new OpenCycle.ExtraUnit("DVSN4-94", "Đơn vị sự nghiệp công lập tỉnh (minh họa) 4",
                        UnitGroup.SERVICE_UNIT),
                new OpenCycle.ExtraUnit("TRCT-94", "Trường Chính trị tỉnh Sóc Trăng", UnitGroup.SERVICE_UNIT),
                new OpenCycle.ExtraUnit("PALI-94", "Trường Bồ túc Văn hóa Pali Trung cấp Nam Bộ",
                        UnitGroup.SERVICE_UNIT)));
    }

    /** Percent per unit: counts per band and group as in the table, placed well inside each band. */
    static Map<String, BigDecimal> percents() {
        Map<String, BigDecimal> t = new LinkedHashMap<>();
        assign(t, DEPARTMENTS, 1, 8, 10, 0);
        assign(t, DISTRICTS, 0, 0, 9, 2);
        assign(t, SERVICE_UNITS, 1, 3, 0, 0);
        assign(t, CENTRAL, 0, 4, 2, 0);
        SPECIAL.keySet().forEach(code -> t.put(code, new BigDecimal("70")));
        return t;
    }

    /**
     * How far each area is from the unit's percent, in points of percent (illustrative: administrative procedures and
     * e-government weakest, as the province's reports of those years say); the largest area takes what balances
     * them, so the unit's total percent stays the one of its band.
     */
    private static final Map<String, BigDecimal> AREA_OFFSETS = Map.of("1", new BigDecimal("4"), "2",
            new BigDecimal("2"), "3", new BigDecimal("-6"), "4", new BigDecimal("3"), "5", new BigDecimal("2"), "6",
            new BigDecimal("1"), "7", new BigDecimal("-7"));

    /** The points of every leaf of a scorecard for a unit at {@code percent}, by criterion id. */
    static Map<Long, BigDecimal> points(List<Scorecard.Line> lines, BigDecimal percent) {
        Map<String, BigDecimal> areaMax = new LinkedHashMap<>();
        lines.stream().filter(l -> l.criterion().isArea())
                .forEach(l -> areaMax.put(l.criterion().areaCode(), l.criterion().maxPoints()));
        String balancing = areaMax.entrySet().stream().filter(e -> !AREA_OFFSETS.containsKey(e.getKey()))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        BigDecimal weighted = areaMax.entrySet().stream().filter(e -> AREA_OFFSETS.containsKey(e.getKey()))
                .map(e -> e.getValue().multiply(AREA_OFFSETS.get(e.getKey()))).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> offsets = new LinkedHashMap<>(AREA_OFFSETS);
        if (balancing != null) {
            offsets.put(balancing, weighted.negate().divide(areaMax.get(balancing), 6, RoundingMode.HALF_UP));
        }
        Map<Long, BigDecimal> points = new LinkedHashMap<>();
        for (Scorecard.Line l : lines) {
            if (l.leaf()) {
                BigDecimal p = percent.add(balancing == null ? BigDecimal.ZERO
                        : offsets.getOrDefault(l.criterion().areaCode(), BigDecimal.ZERO)).min(new BigDecimal("100"));
                points.put(l.criterion().id(), l.criterion().maxPoints().multiply(p)
                        .divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP));
            }
        }
        return points;
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
        if (i != units.size()) {
            throw new IllegalStateException("band counts do not add up to the group's " + units.size() + " units");
        }
    }
}
