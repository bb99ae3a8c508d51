package io.parhub.dossier.page;

import io.parhub.dossier.DossierStatistics;
import io.parhub.dossier.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The geometry of the dashboard's charts, drawn by the template as inline SVG: no chart library and no JavaScript.
 * Coordinates are in the SVG's own units (its viewBox), so a chart scales with the width of the screen.
 */
final class StatsCharts {

    private StatsCharts() {
    }

    /** A tick on an axis: its position and its text. */
    record Tick(double y, String text) {
    }

    /** One month: its two bars (received, resolved), its label, and the point of the on-time line (null: none). */
    record MonthBar(String label, boolean labelled, double x, double width, double receivedY,
            double receivedHeight, double resolvedX, double resolvedY, double resolvedHeight, double centre,
            long received, long resolved, @Nullable Double rate, @Nullable Double rateY) {
    }

    record Trend(int width, int height, int left, int right, int top, int bottom, List<MonthBar> months,
            String ratePoints, List<Tick> counts, List<Tick> rates) {
    }

    /** One agency's bar of on-time rate. */
    record RateBar(String key, String label, double y, double barY, double width, @Nullable Double rate,
            long received, String tone) {
    }

    record Rates(int width, int height, double barArea, List<RateBar> bars) {
    }

    static final int TREND_WIDTH = 640;
    static final int TREND_HEIGHT = 250;
    static final int RATE_WIDTH = 480;
    static final int RATE_ROW = 44;

    static Trend trend(List<DossierStatistics.Row> months) {
        int left = 60;
        int right = TREND_WIDTH - 58;
        int top = 14;
        int bottom = TREND_HEIGHT - 34;
        long max = months.stream().mapToLong(r -> Math.max(r.figures().received(), r.figures().resolved()))
                .max().orElse(0);
        long scale = nice(max);
        double plot = bottom - top;
        double group = months.isEmpty() ? 0 : (right - left) / (double) months.size();
        double bar = Math.min(group * 0.36, 26);
        List<MonthBar> bars = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        // at most eight month labels under the axis, so they stay apart on a phone
        int every = Math.max(1, (months.size() + 7) / 8);
        for (int i = 0; i < months.size(); i++) {
            Figures f = months.get(i).figures();
            double centre = left + group * i + group / 2;
            double hr = f.received() * plot / scale;
            double hs = f.resolved() * plot / scale;
            Double rate = f.onTimeRate();
            Double rateY = rate == null ? null : top + (1 - rate / 100) * plot;
            if (rateY != null) {
                points.append(points.isEmpty() ? "" : " ").append(fmt(centre)).append(',').append(fmt(rateY));
            }
            String key = months.get(i).key();
            bars.add(new MonthBar(key.substring(5) + "/" + key.substring(2, 4), i % every == 0, centre - bar - 1,
                    bar, bottom - hr, hr, centre + 1, bottom - hs, hs, centre, f.received(), f.resolved(), rate,
                    rateY));
        }
        List<Tick> counts = List.of(new Tick(bottom, "0"), new Tick(top + plot / 2, String.valueOf(scale / 2)),
                new Tick(top, String.valueOf(scale)));
        List<Tick> rates = List.of(new Tick(bottom, "0%"), new Tick(top + plot / 2, "50%"), new Tick(top, "100%"));
        return new Trend(TREND_WIDTH, TREND_HEIGHT, left, right, top, bottom, bars, points.toString(), counts,
                rates);
    }

    /** The on-time rate of the {@code limit} agencies with the most dossiers, in the order given (by volume). */
    static Rates rates(List<DossierStatistics.Row> agencies, int limit) {
        List<RateBar> bars = new ArrayList<>();
        double area = RATE_WIDTH - 70;
        for (DossierStatistics.Row row : agencies.stream().limit(limit).toList()) {
            double y = bars.size() * RATE_ROW;
            Double rate = row.figures().onTimeRate();
            String tone = rate == null ? "none" : rate >= 95 ? "good" : rate >= 80 ? "fair" : "poor";
            bars.add(new RateBar(row.key(), shorten(row.label(), 52), y + 16, y + 23,
                    rate == null ? 0 : rate * area / 100, rate, row.figures().received(), tone));
        }
        return new Rates(RATE_WIDTH, Math.max(RATE_ROW, bars.size() * RATE_ROW), area, bars);
    }

    /** The smallest round number (1, 2, 5 × 10ⁿ, even) at or above {@code max}, at least 2. */
    static long nice(long max) {
        long step = 1;
        while (true) {
            for (long m : new long[] {2, 4, 10}) {
                if (m * step >= max) {
                    return Math.max(2, m * step);
                }
            }
            step *= 10;
        }
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
