package io.parhub.procedure;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One version of a procedure: valid from {@code validFrom} (inclusive) to {@code validTo} (exclusive, null = still
 * valid).
 *
 * @param version 1, 2, … per code
 * @param changeKind NEW or AMENDED: how this version came to be
 * @param replaces the code this version replaced, when an AMENDED entry gave the procedure a new code
 * @param abolishedBy the decision that ended this version by abolishing the procedure, if any
 */
public record ProcedureVersion(int version, LocalDate validFrom, @Nullable LocalDate validTo, ChangeKind changeKind,
        DecisionRef decision, @Nullable String replaces, @Nullable DecisionRef abolishedBy) {
}
