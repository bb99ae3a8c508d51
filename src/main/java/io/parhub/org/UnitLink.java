package io.parhub.org;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A lineage relation seen from one unit: the unit on the other side, the kind and the legal act.
 *
 * @param other the predecessor or successor version; null for an abolished unit's missing successor
 */
public record UnitLink(@Nullable AdminUnit other, LineageKind kind, LocalDate effectiveDate, String legalBasis) {
}
