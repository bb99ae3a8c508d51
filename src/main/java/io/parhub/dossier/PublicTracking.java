package io.parhub.dossier;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a citizen sees when tracking a dossier: no personal data, history in plain Vietnamese.
 *
 * @param parts for an interconnected dossier, each procedure with the agency handling it and its state
 * @param paymentItems what the citizen was asked to pay, while the dossier awaits payment
 */
public record PublicTracking(String code, String procedureName, String status, int nationalCode,
        String statusText, @Nullable LocalDateTime receivedAt, @Nullable LocalDateTime dueAt, List<Event> history,
        List<Part> parts, List<String> paymentItems) {

    public record Event(LocalDateTime at, String text) {
    }

    /** state: WAITING, IN_PROGRESS or DONE. */
    public record Part(String name, String agencyName, String state) {
    }
}
