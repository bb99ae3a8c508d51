package io.parhub.calendar.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A holiday rule as stored: its row id, the version an administrator edits it from (optimistic locking) and, once
 * ended, the legal basis of the act that ended it.
 */
public record StoredRule(long id, int version, HolidayRule rule, @Nullable String endBasis) {

    /** Whether an administrator may still end it: it is open-ended or ends after {@code today}. */
    public boolean endable(LocalDate today) {
        return rule.validTo() == null || rule.validTo().isAfter(today);
    }
}
