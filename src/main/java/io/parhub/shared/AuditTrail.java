package io.parhub.shared;

import java.util.Map;

/**
 * The append-only record of who changed what. Every command that changes a dossier, a score, a plan, a unit or an
 * account writes one entry in its own transaction; the table refuses updates and deletes.
 */
public interface AuditTrail {

    /**
     * @param actor the account that acted ("system" for imports and schedulers)
     * @param action a verb in the past tense, e.g. {@code unit.reorganised}
     * @param subjectType what was changed, e.g. {@code org_unit}
     * @param subjectId its identifier
     * @param details the values that matter to a later reader, stored as JSON
     */
    void record(String actor, String action, String subjectType, String subjectId, Map<String, ?> details);
}
