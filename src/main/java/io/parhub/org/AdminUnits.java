package io.parhub.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The administrative unit registry, read-only, as of any date. */
public interface AdminUnits {

    /** The version of {@code code} that exists on {@code at}. */
    Optional<AdminUnit> byCode(String code, LocalDate at);

    /**
     * The version of {@code code} that exists on {@code at}, or else the latest one that ended on or before
     * {@code at} (so a caller can follow its successors). Empty when the code never existed up to {@code at}.
     */
    Optional<AdminUnit> latestUpTo(String code, LocalDate at);

    /**
     * Units that exist on {@code at}, ordered by depth then name.
     *
     * @param within a code whose subtree (excluding itself) is wanted, or null for all
     * @param level only this tier, or null for all
     */
    List<AdminUnit> list(LocalDate at, @Nullable String within, @Nullable UnitLevel level);

    /** The versions this one came from. */
    List<UnitLink> predecessors(long unitId);

    /** The versions that followed this one. */
    List<UnitLink> successors(long unitId);

    /** Every version ever recorded under {@code code}, oldest first. */
    List<AdminUnit> history(String code);
}
