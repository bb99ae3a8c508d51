package io.parhub.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/**
 * Dossiers whose result was returned to the citizen ({@code DELIVERED}) in a period, for the sampling frame of
 * satisfaction surveys: only the code, the agencies and whether a phone number is known, no personal data.
 */
public interface CompletedDossiers {

    /**
     * @param code the dossier's code
     * @param hasPhone whether the applicant left a phone number (an invitation can be sent by message)
     */
    record Completed(String code, long handlingAgencyId, long receivingAgencyId, LocalDateTime deliveredAt,
            boolean hasPhone) {
    }

    /**
     * Dossiers delivered between {@code from} and {@code to} (both included, Vietnam dates) whose handling or
     * receiving agency is one of {@code agencyIds}, ordered by code.
     */
    List<Completed> completed(Collection<Long> agencyIds, LocalDate from, LocalDate to);
}
