package io.parhub.feedback;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Citizen feedback (phản ánh, kiến nghị): reception, the staff workflow, reads, public tracking and answers. */
public interface Feedbacks {

    /** Work queues of staff; each lists only what the signed-in officer may read. */
    enum Queue {
        /** not yet closed */
        ACTIVE,
        /** the pending deadline is today or the next working day */
        DUE_SOON,
        /** a deadline passed */
        LATE,
        ALL
    }

    /**
     * A public submission (no sign-in; channel ONLINE). With an idempotency key a retry with the same content returns
     * the first feedback ({@code replayed}); the same key with other content is a 409.
     */
    Submitted submit(FeedbackSubmission submission, LocalDateTime at, @Nullable String idempotencyKey);

    /** A feedback taken by an officer by hotline or post (roles PROCEDURE_CONTROL, PAR_OFFICE, COUNTER_OFFICER). */
    Submitted record(FeedbackSubmission submission, LocalDateTime at);

    FeedbackView act(String code, FeedbackAction action, ActionInput input, LocalDateTime at);

    /** Staff read: the provincial office, leaders, administrators, or the competent agency's subtree. */
    Optional<FeedbackView> find(String code, LocalDateTime now);

    List<FeedbackView> queue(Queue queue, @Nullable FeedbackStatus status, LocalDateTime now);

    /** The actions the signed-in officer may take on the feedback now. */
    List<FeedbackAction> allowedActions(FeedbackView feedback);

    /** Empty unless {@code check} is the phone's last 4 digits (or the secret) of that feedback. */
    Optional<FeedbackTracking> track(String code, String check);

    /** Published answers, newest first; {@code query} searches subject, question and answer (accents ignored). */
    List<PublicAnswer> answers(@Nullable String query, @Nullable FeedbackKind kind, int page, int size);

    Optional<PublicAnswer> answer(String code);

    /** What publication would show: the question with personal data removed. */
    String scrub(FeedbackView feedback, @Nullable String text);

    /** Every feedback (not only published), as Open311 may show it: no personal data, descriptions scrubbed. */
    List<Open311Request> open311Requests(Open311Query query);

    Optional<Open311Request> open311Request(String code);

    /** A stored attachment for staff who may read the feedback. */
    Optional<StoredFile> file(String code, long fileId);

    record StoredFile(String name, String contentType, byte[] bytes, String sha256) {
    }

    /**
     * How the agencies {@code agencyIds} answered the feedback forwarded to them whose answer was due between
     * {@code from} and {@code to} (inclusive), as of {@code today}: counts only, no personal data.
     */
    AnswerTimeliness answerTimeliness(java.util.Collection<Long> agencyIds, java.time.LocalDate from,
            java.time.LocalDate to, java.time.LocalDate today);

    /** The feedback received between {@code from} and {@code to} (inclusive) and forwarded to {@code agencyIds}. */
    FeedbackCounts counts(java.util.Collection<Long> agencyIds, java.time.LocalDate from, java.time.LocalDate to);
}
