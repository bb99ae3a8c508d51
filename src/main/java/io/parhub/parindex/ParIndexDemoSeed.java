package io.parhub.parindex;

import io.parhub.org.Agencies;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data (with {@code parhub.demo.enabled}): Sóc Trăng's 2019 PAR Index ({@link SocTrang2019}) entered by the
 * demo PAR office through the same services as a real cycle — opened, appraised, locked and published — so the
 * public ranking, its PDF and the leaders' charts have a year to show. Its criteria sets are the illustrative demo
 * sets, so every page of the year says that the results are illustrative.
 */
@Component
class ParIndexDemoSeed {

    private static final Logger log = LoggerFactory.getLogger(ParIndexDemoSeed.class);
    static final String OFFICE = "cchc.snv";

    private final ParIndexCycles cycles;
    private final ParIndexResults results;
    private final Agencies agencies;
    private final UserDetailsService users;
    private final TransactionTemplate tx;
    private final boolean enabled;

    ParIndexDemoSeed(ParIndexCycles cycles, ParIndexResults results, Agencies agencies, UserDetailsService users,
            TransactionTemplate tx, @Value("${parhub.demo.enabled:true}") boolean enabled) {
        this.cycles = cycles;
        this.results = results;
        this.agencies = agencies;
        this.users = users;
        this.tx = tx;
        this.enabled = enabled;
    }

    /** After the demo accounts (order 100) and the criteria sets. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(320)
    void load() {
        if (!enabled || results.cycle(SocTrang2019.YEAR).isPresent()
                || agencies.byCode(SocTrang2019.DEPARTMENTS.get(0), SocTrang2019.SCOPE).isEmpty()) {
            return;
        }
        UserDetails office = users.loadUserByUsername(OFFICE);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(office, null,
                office.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            tx.executeWithoutResult(s -> enter());
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("PAR Index: the {} results of Sóc Trăng loaded and published (illustrative scores)",
                SocTrang2019.YEAR);
    }

    private void enter() {
        int year = SocTrang2019.YEAR;
        cycles.open(SocTrang2019.opening());
        cycles.advance(year, CycleStatus.APPRAISAL, results.cycle(year).orElseThrow().version());
        Map<String, Entry> entries = new HashMap<>();
        results.entries(year).forEach(e -> entries.put(e.unitCode(), e));
        for (Map.Entry<String, BigDecimal> unit : SocTrang2019.percents().entrySet()) {
            Entry e = entries.get(unit.getKey());
            if (e == null) {
                throw new IllegalStateException("unit " + unit.getKey() + " is not in the 2019 cycle");
            }
            List<Scorecard.Line> lines = results.scorecard(e.id()).lines();
            Map<Long, BigDecimal> points = SocTrang2019.points(lines, unit.getValue());
            for (Scorecard.Line l : lines) {
                if (l.leaf()) {
                    cycles.appraise(e.id(), l.criterion().id(), points.get(l.criterion().id()),
                            "Điểm minh họa trong xếp loại đã công bố", false, l.score().version());
                }
            }
        }
        cycles.advance(year, CycleStatus.LOCKED, results.cycle(year).orElseThrow().version());
        cycles.advance(year, CycleStatus.PUBLISHED, results.cycle(year).orElseThrow().version());
    }
}
