package io.parhub.feedback;

/**
 * Feedback received in a period and forwarded to some agencies: how many, how many answered, how many of those after
 * their due day, and how many still open. Counts only, no personal data.
 */
public record FeedbackCounts(long received, long answered, long answeredLate, long open) {
}
