package io.parhub.parindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Two years for the charts (2032 and 2033, no other test uses them) with units added by hand, so the averages can
 * be worked out on paper: six departments and four commune People's Committees (one of them not ranked); each
 * unit's points in an area are a quarter fraction of the area's maximum on every criterion of it. The areas' maxima
 * in the demo set are 10, 9, 13, 8, 10, 6, 12 and 32. 2033 adds a quarter in areas 3 and 7 (at most the maximum),
 * and the Department of Health loses a quarter in area 8.
 */
final class ChartsFixture {

    static final int FIRST = 2032;
    static final int SECOND = 2033;
    static final String NOT_RANKED = "CH-XTL";

    /** code → name, group and the fraction of each area's maximum in 2032. */
    record Unit(String name, UnitGroup group, double[] fractions) {
    }

    static final Map<String, Unit> UNITS = new LinkedHashMap<>();

    static {
        UNITS.put("CH-SNV", new Unit("Sở Nội vụ", UnitGroup.DEPARTMENT, new double[] {1, 1, .75, 1, .75, 1, .75, .75}));
        UNITS.put("CH-STP", new Unit("Sở Tư pháp", UnitGroup.DEPARTMENT, new double[] {.75, 1, .5, .75, .75, .75, .5, .75}));
        UNITS.put("CH-STC", new Unit("Sở Tài chính", UnitGroup.DEPARTMENT, new double[] {.5, .75, .5, .75, .5, 1, .5, .5}));
        UNITS.put("CH-SXD", new Unit("Sở Xây dựng", UnitGroup.DEPARTMENT, new double[] {.75, .5, .25, .5, .5, .5, .25, .5}));
        UNITS.put("CH-SYT", new Unit("Sở Y tế", UnitGroup.DEPARTMENT, new double[] {.25, .5, .25, .5, .75, .5, .25, .75}));
        UNITS.put("CH-SGD", new Unit("Sở Giáo dục và Đào tạo", UnitGroup.DEPARTMENT,
                new double[] {1, .75, .5, .75, 1, .75, .5, 1}));
        UNITS.put("CH-PNK", new Unit("UBND phường Ninh Kiều", UnitGroup.COMMUNE,
                new double[] {1, .75, .75, 1, .75, .75, .75, .75}));
        UNITS.put("CH-PCR", new Unit("UBND phường Cái Răng", UnitGroup.COMMUNE,
                new double[] {.75, .5, .5, .75, .5, .5, .5, .5}));
        UNITS.put("CH-XPD", new Unit("UBND xã Phong Điền", UnitGroup.COMMUNE,
                new double[] {.5, .5, .25, .5, .5, .5, .25, .5}));
        UNITS.put(NOT_RANKED, new Unit("UBND xã Thới Lai", UnitGroup.COMMUNE,
                new double[] {.25, .25, .25, .5, .25, .5, .25, .25}));
    }

    private ChartsFixture() {
    }

    static double fraction(int year, String code, int area) {
        double f = UNITS.get(code).fractions()[area - 1];
        if (year == SECOND && (area == 3 || area == 7)) {
            f = Math.min(1, f + .25);
        }
        if (year == SECOND && area == 8 && code.equals("CH-SYT")) {
            f -= .25;
        }
        return f;
    }

    static void asOffice(UserDetails office, Runnable work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(office, null,
                office.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Opens the year for the units above only (the scope date lies before the registry begins), enters every score
     * as the council's appraisal and leaves the cycle in APPRAISAL; nothing when the year exists.
     */
    static void scored(int year, ParIndexCycles cycles, ParIndexResults results, CriteriaSets sets) {
        if (results.cycle(year).isPresent()) {
            return;
        }
        sets.copyYear(2025, year);
        List<OpenCycle.ExtraUnit> extras = UNITS.entrySet().stream()
                .map(u -> new OpenCycle.ExtraUnit(u.getKey(), u.getValue().name(), u.getValue().group())).toList();
        cycles.open(new OpenCycle(year, LocalDate.of(2000, 1, 1), LocalDate.of(year, 1, 15), null,
                Map.of(NOT_RANKED, "Sáp nhập trong năm, chỉ theo dõi"), extras));
        cycles.advance(year, CycleStatus.APPRAISAL, results.cycle(year).orElseThrow().version());
        for (Entry e : results.entries(year)) {
            for (Scorecard.Line l : results.scorecard(e.id()).lines()) {
                if (!l.leaf()) {
                    continue;
                }
                Criterion c = l.criterion();
                BigDecimal points = c.maxPoints().multiply(BigDecimal.valueOf(
                        fraction(year, e.unitCode(), Integer.parseInt(c.areaCode())))).setScale(2, RoundingMode.HALF_UP);
                cycles.appraise(e.id(), c.id(), points, null, false, l.score().version());
            }
        }
    }

    static void lock(int year, ParIndexCycles cycles, ParIndexResults results) {
        if (results.cycle(year).orElseThrow().status() == CycleStatus.APPRAISAL) {
            cycles.advance(year, CycleStatus.LOCKED, results.cycle(year).orElseThrow().version());
        }
    }

    static void publish(int year, ParIndexCycles cycles, ParIndexResults results) {
        lock(year, cycles, results);
        if (results.cycle(year).orElseThrow().status() == CycleStatus.LOCKED) {
            cycles.advance(year, CycleStatus.PUBLISHED, results.cycle(year).orElseThrow().version());
        }
    }
}
