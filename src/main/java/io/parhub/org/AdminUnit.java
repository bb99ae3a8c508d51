package io.parhub.org;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One version of an administrative unit (đơn vị hành chính). Official codes are reused (92 is both the old and
 * the new Cần Thơ), so a unit is its code together with its period.
 *
 * @param parentCode the parent on the day asked about (or on the last day of the version, if it had ended)
 * @param path ids from the root down to this unit on that day, e.g. {@code /1/2/14/}
 * @param validTo the first day this version no longer exists, null while it does
 */
public record AdminUnit(long id, String code, String name, UnitLevel level, String type, @Nullable String parentCode,
        @Nullable String path, LocalDate validFrom, @Nullable LocalDate validTo) {

    public boolean existsOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }
}
