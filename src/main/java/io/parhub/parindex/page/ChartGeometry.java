package io.parhub.parindex.page;

import io.parhub.parindex.ChartFigures;
import io.parhub.parindex.UnitGroup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The geometry of the PAR Index charts, drawn by the templates as inline SVG: no chart library and no JavaScript.
 * Coordinates are in the SVG's own units (its viewBox), so a chart scales with the width of the screen. Every axis
 * runs from 0 to 100 %, so charts of different years and groups read alike.
 */
final class ChartGeometry {

    private ChartGeometry() {
    }

    record Tick(double y, String text) {
    }

    /** One area of a group: label line, bar under it, its average; {@code weakest} marks the lowest average. */
    record AreaBar(String code, String label, double y, double barY, double width, BigDecimal percent,
            boolean weakest) {
    }

    record Areas(int width, int height, double barArea, List<AreaBar> bars) {
    }

    /** One group's bar in one year of the trend. */
    record GroupBar(UnitGroup group, int index, double x, double y, double width, double height,
            BigDecimal percent) {
    }

    record YearColumn(int year, double centre, List<GroupBar> bars) {
    }

    record Trend(int width, int height, int left, int right, int top, int bottom, List<YearColumn> years,
            List<Tick> ticks, List<UnitGroup> groups) {
    }

    /** One band's share of a year's ranked units, as the width of a piece of a stacked bar (percent of the row). */
    record BandPiece(String code, String nameVi, String nameEn, int units, String width) {
    }

    /** One year of a unit's history: a bar of its percent, the percent above it, year and rank under it. */
    record HistoryBar(int year, double x, double y, double width, double height, double centre, BigDecimal percent,
            @Nullable Integer rank) {
    }

    record History(int width, int height, int left, int right, int top, int bottom, List<HistoryBar> bars,
            String points, List<Tick> ticks) {
    }

    static final int AREA_WIDTH = 480;
    static final int AREA_ROW = 44;
    static final int TREND_WIDTH = 640;
    static final int TREND_HEIGHT = 250;
    static final int HISTORY_WIDTH = 480;
    static final int HISTORY_HEIGHT = 210;

    static Areas areas(ChartFigures.GroupAreas group) {
        double area = AREA_WIDTH - 70;
        List<AreaBar> bars = new ArrayList<>();
        for (ChartFigures.AreaAverage a : group.areas()) {
            double y = bars.size() * AREA_ROW;
            bars.add(new AreaBar(a.code(), shorten(a.code() + ". " + a.name(), 56), y + 16, y + 23,
                    a.averagePercent().doubleValue() * area / 100, a.averagePercent(), a == group.weakest()));
        }
        return new Areas(AREA_WIDTH, Math.max(AREA_ROW, bars.size() * AREA_ROW), area, bars);
    }

    static Trend trend(List<ChartFigures.YearFigures> years) {
        int left = 64;
        int right = TREND_WIDTH - 10;
        int top = 14;
        int bottom = TREND_HEIGHT - 34;
        double plot = bottom - top;
        List<UnitGroup> groups = years.stream().flatMap(y -> y.groups().stream()).map(ChartFigures.GroupAverage::group)
                .distinct().sorted().toList();
        double column = years.isEmpty() ? 0 : (right - left) / (double) years.size();
        double bar = groups.isEmpty() ? 0 : Math.min(column * 0.8 / groups.size(), 28);
        List<YearColumn> columns = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            ChartFigures.YearFigures y = years.get(i);
            double centre = left + column * i + column / 2;
            double start = centre - bar * groups.size() / 2;
            List<GroupBar> bars = new ArrayList<>();
            for (ChartFigures.GroupAverage g : y.groups()) {
                int index = groups.indexOf(g.group());
                double h = g.averagePercent().doubleValue() * plot / 100;
                bars.add(new GroupBar(g.group(), index, start + bar * index + 1, bottom - h, bar - 2, h,
                        g.averagePercent()));
            }
            columns.add(new YearColumn(y.year(), centre, bars));
        }
        return new Trend(TREND_WIDTH, TREND_HEIGHT, left, right, top, bottom, columns, percentTicks(top, plot),
                groups);
    }

    static List<BandPiece> bands(ChartFigures.YearFigures year) {
        return year.bands().stream().filter(b -> b.units() > 0).map(b -> new BandPiece(b.band().code(),
                b.band().nameVi(), b.band().nameEn(), b.units(),
                fmt(100.0 * b.units() / year.units()) + "%")).toList();
    }

    static History history(List<ChartFigures.HistoryRow> rows) {
        int left = 56;
        int right = HISTORY_WIDTH - 10;
        int top = 22;
        int bottom = HISTORY_HEIGHT - 40;
        double plot = bottom - top;
        double column = rows.isEmpty() ? 0 : (right - left) / (double) rows.size();
        double bar = Math.min(column * 0.5, 40);
        List<HistoryBar> bars = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            ChartFigures.HistoryRow r = rows.get(i);
            double centre = left + column * i + column / 2;
            double h = r.percent().doubleValue() * plot / 100;
            bars.add(new HistoryBar(r.year(), centre - bar / 2, bottom - h, bar, h, centre, r.percent(), r.rank()));
            points.append(points.isEmpty() ? "" : " ").append(fmt(centre)).append(',').append(fmt(bottom - h));
        }
        return new History(HISTORY_WIDTH, HISTORY_HEIGHT, left, right, top, bottom, bars, points.toString(),
                percentTicks(top, plot));
    }

    private static List<Tick> percentTicks(int top, double plot) {
        List<Tick> ticks = new ArrayList<>();
        for (int p = 0; p <= 100; p += 25) {
            ticks.add(new Tick(top + plot * (100 - p) / 100, p + "%"));
        }
        return ticks;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
