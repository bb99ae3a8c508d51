package io.parhub.feedback;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the submitter sees when following a feedback with its code and check: no personal data, no officer accounts;
 * the answer once it is given.
 */
public record FeedbackTracking(String code, FeedbackKind kind, String subject, FeedbackStatus status,
        boolean anonymous, LocalDateTime receivedAt, @Nullable String agencyName, @Nullable LocalDate dueOn,
        @Nullable String scopeReason, @Nullable String answer, @Nullable LocalDateTime answeredAt,
        boolean published, List<Event> history) {

    public record Event(LocalDateTime at, FeedbackStatus status) {
    }
}
