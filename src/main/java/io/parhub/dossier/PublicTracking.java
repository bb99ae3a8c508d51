package io.parhub.dossier;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a citizen sees when tracking a dossier: no personal data, history in plain Vietnamese. */
public record PublicTracking(String code, String procedureName, String status, int nationalCode,
        String statusText, @Nullable LocalDateTime receivedAt, @Nullable LocalDateTime dueAt, List<Event> history) {

    public record Event(LocalDateTime at, String text) {
    }
}
