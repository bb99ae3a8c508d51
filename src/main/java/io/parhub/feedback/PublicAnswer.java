package io.parhub.feedback;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A published answer as anyone may read it: no name, phone, email, address or identity number — the question is the
 * text the office approved for publication, with phone numbers, emails and identity numbers removed.
 */
public record PublicAnswer(String code, FeedbackKind kind, String subject, String question, String answer,
        @Nullable String agencyName, @Nullable String procedureCode, @Nullable String procedureName,
        LocalDateTime receivedAt, @Nullable LocalDateTime answeredAt, LocalDateTime publishedAt) {
}
