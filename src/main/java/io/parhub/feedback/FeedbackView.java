package io.parhub.feedback;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A feedback as staff see it, with the personal data the submitter gave (none when anonymous), the deadlines and
 * their flags (computed from the calendar when read, never stored), the history and the attached files.
 */
public record FeedbackView(String code, FeedbackChannel channel, FeedbackKind kind, String subject, String content,
        boolean anonymous, @Nullable String name, @Nullable String phone, @Nullable String email,
        @Nullable String address, @Nullable String dossierCode, @Nullable String procedureCode,
        @Nullable String procedureName, FeedbackStatus status, @Nullable String scopeReason, @Nullable String field,
        @Nullable String agencyCode, @Nullable String agencyName, @Nullable String answer,
        @Nullable String publicQuestion, @Nullable String publicAnswer, LocalDateTime receivedAt, String receivedBy,
        LocalDate forwardDueOn, @Nullable LocalDateTime forwardedAt, @Nullable LocalDate answerDueOn,
        @Nullable LocalDateTime answeredAt, @Nullable String answeredBy, @Nullable LocalDateTime publishedAt,
        @Nullable LocalDateTime closedAt, LocalDateTime updatedAt, int version, Timeliness timeliness,
        List<HistoryEntry> history, List<FileEntry> files) {

    /**
     * @param forwardLate not forwarded by the forward due date (or forwarded after it)
     * @param answerLate not answered by the answer due date (or answered after it)
     * @param dueSoon the pending deadline is today or the next working day and not yet passed
     * @param pendingDue the deadline the feedback waits for now (forwarding or answer), if any
     */
    public record Timeliness(boolean forwardLate, boolean answerLate, boolean dueSoon, @Nullable LocalDate pendingDue) {

        public boolean late() {
            return forwardLate || answerLate;
        }
    }

    public record HistoryEntry(LocalDateTime at, String actor, String action, @Nullable String from, String to,
            @Nullable String note) {
    }

    public record FileEntry(long id, String name, String contentType, long size, String sha256) {
    }
}
