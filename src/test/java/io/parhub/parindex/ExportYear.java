package io.parhub.parindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The year 2031 of the export tests (no other test uses it): the units of the registry on 31/12/2025, the office of
 * the People's Committee scored but not ranked, the Department of Justice appraised at 92% (Rất tốt), Home Affairs at
 * 85% (Tốt), the first commune at 70% (Khá); every other unit has no score and is Kém.
 */
final class ExportYear {

    static final int YEAR = 2031;
    static final String EXCLUDED = "VPUB-92";
    static final Map<String, BigDecimal> TARGETS = Map.of("STP-92", new BigDecimal("92"), "SNV-92",
            new BigDecimal("85"));
    static final BigDecimal COMMUNE_TARGET = new BigDecimal("70");

    private final UserDetailsService users;
    private final ParIndexCycles cycles;
    private final ParIndexResults results;
    private final CriteriaSets sets;

    ExportYear(UserDetailsService users, ParIndexCycles cycles, ParIndexResults results, CriteriaSets sets) {
        this.users = users;
        this.cycles = cycles;
        this.results = results;
        this.sets = sets;
    }

    /** Opens the year and enters the appraised scores (in the appraisal round), once. */
    void open() {
        if (results.cycle(YEAR).isPresent()) {
            return;
        }
        asOffice(() -> {
            sets.copyYear(2025, YEAR);
            cycles.open(new OpenCycle(YEAR, LocalDate.of(2025, 12, 31), LocalDate.of(YEAR, 1, 15), null,
                    Map.of(EXCLUDED, "Nhiều tiêu chí không áp dụng"), List.of()));
            cycles.advance(YEAR, CycleStatus.APPRAISAL, results.cycle(YEAR).orElseThrow().version());
            for (Entry e : results.entries(YEAR)) {
                BigDecimal target = e.unitCode().equals(firstCommune().unitCode()) ? COMMUNE_TARGET
                        : TARGETS.get(e.unitCode());
                if (target != null) {
                    appraise(e, target);
                }
            }
            return null;
        });
    }

    /** Locks and publishes the year, once. */
    void publish() {
        open();
        if (results.cycle(YEAR).orElseThrow().status() == CycleStatus.PUBLISHED) {
            return;
        }
        asOffice(() -> {
            cycles.advance(YEAR, CycleStatus.LOCKED, results.cycle(YEAR).orElseThrow().version());
            return cycles.advance(YEAR, CycleStatus.PUBLISHED, results.cycle(YEAR).orElseThrow().version());
        });
    }

    Entry unit(String code) {
        return results.entries(YEAR).stream().filter(e -> e.unitCode().equals(code)).findFirst().orElseThrow();
    }

    Entry firstCommune() {
        return results.entries(YEAR).stream().filter(e -> e.group() == UnitGroup.COMMUNE)
                .min(java.util.Comparator.comparing(Entry::unitCode)).orElseThrow();
    }

    private void appraise(Entry e, BigDecimal percent) {
        for (Scorecard.Line l : results.scorecard(e.id()).lines()) {
            if (l.leaf() && l.score() != null) {
                BigDecimal points = l.criterion().maxPoints().multiply(percent)
                        .divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP);
                cycles.appraise(e.id(), l.criterion().id(), points, "Đạt " + percent + "%", false,
                        l.score().version());
            }
        }
    }

    private <T> T asOffice(Supplier<T> work) {
        UserDetails office = users.loadUserByUsername("cchc.snv");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(office, null,
                office.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
