package io.parhub.planning;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A plan in a list: who, which year, its number and state, and how many of its assignments are done or overdue. */
public record PlanSummary(long id, PlanLevel level, String agencyCode, String agencyName, int year,
        @Nullable String number, String title, @Nullable LocalDate issuedOn, @Nullable String signer, PlanStatus status,
        boolean illustrative, int items, int assignments, int done, int overdue) {
}
