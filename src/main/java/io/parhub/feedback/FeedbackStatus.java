package io.parhub.feedback;

/**
 * RECEIVED → CLASSIFIED (in scope) or OUT_OF_SCOPE → FORWARDED (to the competent agency) → ANSWERED → PUBLISHED →
 * CLOSED. OUT_OF_SCOPE and ANSWERED may be closed without publication.
 */
public enum FeedbackStatus {
    RECEIVED, CLASSIFIED, OUT_OF_SCOPE, FORWARDED, ANSWERED, PUBLISHED, CLOSED;

    /** Open311's two states: closed once the answer is public or the feedback is closed. */
    public boolean closedForOpen311() {
        return this == PUBLISHED || this == CLOSED;
    }
}
