package io.parhub.org;

import io.parhub.org.store.AgencyStore;
import io.parhub.org.store.UnitStore;
import io.parhub.org.store.UnitWriter;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the real units and agencies at startup, in one transaction, and does nothing when they are already
 * there: a restart or a second instance never loads them twice. Runs before other modules' demo data, which
 * refer to agencies.
 */
@Component
@Order(0)
class OrgSeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrgSeedLoader.class);

    private final UnitStore units;
    private final UnitWriter writer;
    private final AgencyStore agencies;
    private final TransactionTemplate transaction;

    OrgSeedLoader(UnitStore units, UnitWriter writer, AgencyStore agencies, TransactionTemplate transaction) {
        this.units = units;
        this.writer = writer;
        this.agencies = agencies;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    void load() {
        transaction.executeWithoutResult(status -> {
            if (units.byCode("94", LocalDate.of(2024, 1, 1)).isEmpty()) {
                new UnitSeed(writer).load();
                log.info("Loaded administrative units of Sóc Trăng, Hậu Giang and Cần Thơ with their 2025 lineage");
            }
            if (agencies.byCode("UBND-94", LocalDate.of(2024, 1, 1)).isEmpty()) {
                new AgencySeed(agencies, units).load();
                log.info("Loaded agencies of Sóc Trăng and Cần Thơ");
            }
        });
    }
}
