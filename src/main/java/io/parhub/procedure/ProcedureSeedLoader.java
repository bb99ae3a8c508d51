package io.parhub.procedure;

import io.parhub.procedure.store.DecisionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo catalogue at startup as the seed decision {@value ProcedureSeed#NUMBER}, once: when that decision
 * exists nothing is read. Runs at order 20, after org (0); seeds that refer to procedures (internal processes,
 * bundles) should run later.
 */
@Component
@Order(20)
class ProcedureSeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProcedureSeedLoader.class);

    private final DecisionStore decisions;
    private final ProcedurePublications publications;

    ProcedureSeedLoader(DecisionStore decisions, ProcedurePublications publications) {
        this.decisions = decisions;
        this.publications = publications;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (decisions.byNumber(ProcedureSeed.NUMBER).isPresent()) {
            return;
        }
        PublicationResult result = publications.publish(ProcedureSeed.decision(), "system");
        log.info("Loaded {} demo procedures from the national portal as seed decision {}", result.added().size(),
                result.number());
    }
}
