package io.parhub.procedure.page;

import io.parhub.procedure.DecisionRef;

/**
 * Whether a version comes from the demo seed publication, so its page says plainly that it is sample data taken
 * from the national portal and not the province's own decision.
 */
final class SeedData {

    /**
     * The number of the seed decision, as {@code io.parhub.procedure.ProcedureSeed.NUMBER} (package-private there;
     * kept in step by {@code ProcedurePagesTest}).
     */
    static final String DECISION = "DVCQG-2026";

    private SeedData() {
    }

    static boolean isSeed(DecisionRef decision) {
        return DECISION.equals(decision.number());
    }
}
