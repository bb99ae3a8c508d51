package io.parhub.feedback.web;

import io.parhub.feedback.FeedbackKind;
import io.parhub.feedback.FeedbackStatus;
import io.parhub.feedback.Feedbacks;
import io.parhub.shared.DomainException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Parsing of the request values the feedback API shares. */
final class Web {

    private Web() {
    }

    static FeedbackKind kind(@Nullable String kind) {
        return FeedbackKind.bySlug(kind == null ? "" : kind).orElseThrow(() -> DomainException.invalid(
                "feedback-kind", "feedback.problem.kind", String.valueOf(kind)));
    }

    static Feedbacks.Queue queue(String queue) {
        try {
            return Feedbacks.Queue.valueOf(queue.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("feedback-unknown-queue", "feedback.problem.unknown-queue", queue);
        }
    }

    static FeedbackStatus status(String status) {
        try {
            return FeedbackStatus.valueOf(status.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("feedback-unknown-queue", "feedback.problem.unknown-queue", status);
        }
    }
}
