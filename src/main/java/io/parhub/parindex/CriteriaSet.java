package io.parhub.parindex;

import org.jspecify.annotations.Nullable;

/** One version of a year's criteria set for a unit group; frozen once a cycle uses it. */
public record CriteriaSet(long id, int year, UnitGroup group, int version, String title, @Nullable String basis,
        boolean illustrative, boolean frozen, @Nullable Long copiedFrom) {
}
