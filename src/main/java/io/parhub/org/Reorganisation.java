package io.parhub.org;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reorganisation of administrative units, as decided by one legal act (e.g. a Nghị quyết of the Standing
 * Committee of the National Assembly): the old units end on {@code effectiveDate} and the new ones start on it.
 *
 * @param kind MERGE (two or more into one), SPLIT (one into two or more) or RENAME (one into one, same code)
 * @param oldCodes units that exist on {@code effectiveDate} and end on it
 * @param newUnits units that start on {@code effectiveDate}
 */
public record Reorganisation(LineageKind kind, LocalDate effectiveDate, String legalBasis, List<String> oldCodes,
        List<NewUnit> newUnits) {

    /**
     * @param parentCode a unit that exists on the effective date; null keeps the parent of the (first) old unit
     */
    public record NewUnit(String code, String name, String type, @Nullable String parentCode) {
    }
}
