package io.parhub.calendar.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One public-holiday rule as the law states it, in force from {@code validFrom} to {@code validTo} (inclusive).
 *
 * @param occasion groups rules that an official yearly schedule announces together (30/4 and 1/5 are one)
 * @param lunar whether month/day are a lunar date (âm lịch) rather than a solar one
 * @param startOffset days added to the date to get the first holiday (Tết starts on the last day of the year: -1)
 * @param adjacentDay whether one more day, before or after, belongs to the holiday (Quốc khánh since 2021)
 * @param compensatoryBasis the article that gives the next working day off when the holiday is on a weekend
 */
public record HolidayRule(String code, String occasion, String name, String nameEn, boolean lunar, int month, int day,
        int startOffset, int days, boolean adjacentDay, LocalDate validFrom, @Nullable LocalDate validTo,
        String legalBasis, String compensatoryBasis) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
