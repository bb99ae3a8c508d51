package io.parhub.parindex;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Opening a year's cycle.
 *
 * @param scopeDate the day whose agency registry gives the units (null: 31/12 of the year), so merged or renamed
 *     units are those of the year
 * @param exclusions unit code → reason: scored for monitoring, not ranked
 * @param extraUnits units assessed that the registry does not hold (e.g. a school directly under the province)
 */
public record OpenCycle(int year, @Nullable LocalDate scopeDate, LocalDate selfDeadline,
        @Nullable LocalDate explanationDeadline, Map<String, String> exclusions, List<ExtraUnit> extraUnits) {

    public record ExtraUnit(String code, String name, UnitGroup group) {
    }
}
