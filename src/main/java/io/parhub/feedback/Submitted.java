package io.parhub.feedback;

/**
 * The answer to a submission.
 *
 * @param check what the submitter types to follow it: the last 4 digits of the phone, or a 6-digit secret shown only
 *     here (and again only on a retry with the same idempotency key)
 * @param secret true when {@code check} is a secret rather than the phone's digits
 * @param replayed true when this is the first answer to the same idempotency key
 */
public record Submitted(String code, FeedbackStatus status, String check, boolean secret, boolean replayed) {

    public String trackingPath() {
        return "/feedback/track?code=" + code + "&check=" + check;
    }
}
