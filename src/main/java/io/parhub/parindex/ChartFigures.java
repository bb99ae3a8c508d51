package io.parhub.parindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of the charts, pure. A unit's percent in an area is its points over the area's maximum, rounded
 * half-up to two decimals as in {@link Scoring}; an average over units is the mean of those rounded percents,
 * rounded the same way. Only ranked units count in averages, band counts and the top and bottom lists, as in the
 * published band table; units scored for monitoring would otherwise pull a group's figures.
 */
public final class ChartFigures {

    /** How many units the top and the bottom lists show. */
    public static final int EXTREMES = 5;

    private ChartFigures() {
    }

    /** One unit's points and maximum in one area of one year. */
    public record AreaPoints(int year, String unitCode, String unitName, UnitGroup group, boolean ranked,
            String areaCode, String areaName, int areaPosition, BigDecimal score, BigDecimal max) {
    }

    /** An area's average over a group's ranked units, with the lowest and highest unit. */
    public record AreaAverage(String code, String name, BigDecimal averagePercent, BigDecimal lowestPercent,
            BigDecimal highestPercent) {
    }

    /** A group's areas in one year; {@code weakest} is the area with the lowest average (first one on a tie). */
    public record GroupAreas(UnitGroup group, int units, BigDecimal averagePercent, List<AreaAverage> areas,
            @Nullable AreaAverage weakest) {
    }

    /** A group's average total percent in one year. */
    public record GroupAverage(UnitGroup group, int units, BigDecimal averagePercent) {
    }

    /** How many ranked units of a year fell in a band, all groups together. */
    public record BandCount(Band band, int units) {
    }

    /** One final year of the province. */
    public record YearFigures(int year, List<GroupAverage> groups, List<BandCount> bands, int units) {
    }

    /** The best and the worst ranked units of a group; the bottom list never repeats a unit of the top list. */
    public record Extremes(UnitGroup group, List<Scoring.Ranked> top, List<Scoring.Ranked> bottom) {
    }

    /** A unit's line in one final year; {@code change} is null when the unit was not assessed the year before. */
    public record HistoryRow(int year, UnitGroup group, BigDecimal score, BigDecimal maxScore, BigDecimal percent,
            Band band, @Nullable Integer rank, @Nullable Integer rankedUnits, @Nullable BigDecimal change) {
    }

    /** Mean, half-up to two decimals; 0 for no values. */
    public static BigDecimal average(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    /** Average percent per area and group of one year's rows (ranked units only), groups in their usual order. */
    public static List<GroupAreas> areaAverages(List<AreaPoints> rows) {
        List<GroupAreas> out = new ArrayList<>();
        Map<UnitGroup, List<AreaPoints>> byGroup = rows.stream().filter(AreaPoints::ranked)
                .collect(Collectors.groupingBy(AreaPoints::group, () -> new EnumMap<>(UnitGroup.class),
                        Collectors.toList()));
        for (Map.Entry<UnitGroup, List<AreaPoints>> g : byGroup.entrySet()) {
            Map<String, List<AreaPoints>> byArea = g.getValue().stream()
                    .sorted(Comparator.comparingInt(AreaPoints::areaPosition))
                    .collect(Collectors.groupingBy(AreaPoints::areaCode, LinkedHashMap::new, Collectors.toList()));
            List<AreaAverage> areas = new ArrayList<>();
            for (List<AreaPoints> in : byArea.values()) {
                List<BigDecimal> percents = in.stream().map(r -> Scoring.percent(r.score(), r.max())).toList();
                areas.add(new AreaAverage(in.get(0).areaCode(), in.get(0).areaName(), average(percents),
                        percents.stream().min(Comparator.naturalOrder()).orElseThrow(),
                        percents.stream().max(Comparator.naturalOrder()).orElseThrow()));
            }
            List<Scoring.Scored> units = totals(g.getValue());
            AreaAverage weakest = areas.stream().min(Comparator.comparing(AreaAverage::averagePercent)).orElse(null);
            out.add(new GroupAreas(g.getKey(), units.size(), averageTotal(units), areas, weakest));
        }
        return out;
    }

    /** Each unit's total and maximum: the sums of its areas, as the scorecard adds its leaves. */
    public static List<Scoring.Scored> totals(List<AreaPoints> rows) {
        Map<String, List<AreaPoints>> byUnit = rows.stream()
                .collect(Collectors.groupingBy(AreaPoints::unitCode, LinkedHashMap::new, Collectors.toList()));
        return byUnit.values().stream().map(in -> {
            AreaPoints first = in.get(0);
            return new Scoring.Scored(first.unitCode(), first.unitName(), first.group(), first.ranked(),
                    Scoring.total(in.stream().map(AreaPoints::score).toList()),
                    Scoring.total(in.stream().map(AreaPoints::max).toList()));
        }).toList();
    }

    private static BigDecimal averageTotal(List<Scoring.Scored> units) {
        return average(units.stream().map(u -> Scoring.percent(u.score(), u.maxScore())).toList());
    }

    /** One year's averages per group and ranked units per band (every band of the table, zeros included). */
    public static YearFigures year(int year, List<AreaPoints> rows, BandTable bands) {
        List<Scoring.Scored> units = totals(rows).stream().filter(Scoring.Scored::ranked).toList();
        List<GroupAverage> groups = new ArrayList<>();
        for (UnitGroup g : UnitGroup.values()) {
            List<Scoring.Scored> in = units.stream().filter(u -> u.group() == g).toList();
            if (!in.isEmpty()) {
                groups.add(new GroupAverage(g, in.size(), averageTotal(in)));
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Scoring.Scored u : units) {
            counts.merge(bands.classify(Scoring.percent(u.score(), u.maxScore())).code(), 1, Integer::sum);
        }
        List<BandCount> perBand = bands.bands().stream()
                .map(b -> new BandCount(b, counts.getOrDefault(b.code(), 0))).toList();
        return new YearFigures(year, groups, perBand, units.size());
    }

    /** The top and bottom {@link #EXTREMES} ranked units of each group, from a year's ranking. */
    public static List<Extremes> extremes(List<Scoring.Ranked> ranking) {
        List<Extremes> out = new ArrayList<>();
        for (UnitGroup g : UnitGroup.values()) {
            List<Scoring.Ranked> ranked = ranking.stream().filter(r -> r.unit().group() == g && r.rank() != null)
                    .sorted(Comparator.comparing((Scoring.Ranked r) -> r.rank())
                            .thenComparing(r -> r.unit().unitName()))
                    .toList();
            if (ranked.isEmpty()) {
                continue;
            }
            List<Scoring.Ranked> top = ranked.subList(0, Math.min(EXTREMES, ranked.size()));
            List<Scoring.Ranked> bottom = ranked.subList(Math.max(top.size(), ranked.size() - EXTREMES),
                    ranked.size());
            out.add(new Extremes(g, List.copyOf(top), List.copyOf(bottom)));
        }
        return out;
    }

    /**
     * A unit's lines from the rankings of the final years it was in, oldest first; the change is against the year
     * just before (percentage points), as the published ranking reads it.
     */
    public static List<HistoryRow> history(String unitCode, Map<Integer, List<Scoring.Ranked>> rankings) {
        List<HistoryRow> out = new ArrayList<>();
        Map<Integer, BigDecimal> percents = new LinkedHashMap<>();
        rankings.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(y -> y.getValue().stream()
                .filter(r -> r.unit().unitCode().equals(unitCode)).findFirst().ifPresent(r -> {
                    BigDecimal before = percents.get(y.getKey() - 1);
                    long rankedUnits = y.getValue().stream()
                            .filter(o -> o.unit().group() == r.unit().group() && o.rank() != null).count();
                    out.add(new HistoryRow(y.getKey(), r.unit().group(), r.unit().score(), r.unit().maxScore(),
                            r.percent(), r.band(), r.rank(), r.rank() == null ? null : (int) rankedUnits,
                            before == null ? null : r.percent().subtract(before)));
                    percents.put(y.getKey(), r.percent());
                }));
        return out;
    }
}
