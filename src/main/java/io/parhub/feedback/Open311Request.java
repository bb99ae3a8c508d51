package io.parhub.feedback;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One feedback in the shape of an Open311 GeoReport v2 service request, already stripped of personal data.
 *
 * @param description the published question when published, else the submitted text with personal data removed
 * @param answer the published answer, if any
 */
public record Open311Request(String code, FeedbackKind kind, FeedbackStatus status, String description,
        @Nullable String answer, @Nullable String scopeReason, @Nullable String agencyName, LocalDateTime receivedAt,
        LocalDateTime updatedAt, @Nullable LocalDate expectedOn) {
}
