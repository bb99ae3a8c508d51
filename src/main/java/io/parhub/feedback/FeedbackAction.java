package io.parhub.feedback;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What staff do to a feedback, from which states, to which state. */
public enum FeedbackAction {
    /** Within scope (CLASSIFIED, with the field) or not (OUT_OF_SCOPE, with the reason). */
    CLASSIFY(Set.of(FeedbackStatus.RECEIVED)),
    /** To the competent agency: NĐ 20/2008, within 5 working days of reception. */
    FORWARD(Set.of(FeedbackStatus.CLASSIFIED)),
    /** The competent agency's answer. */
    ANSWER(Set.of(FeedbackStatus.FORWARDED)),
    /** The question (with personal data removed) and the answer on the public site. */
    PUBLISH(Set.of(FeedbackStatus.ANSWERED)),
    CLOSE(Set.of(FeedbackStatus.OUT_OF_SCOPE, FeedbackStatus.ANSWERED, FeedbackStatus.PUBLISHED));

    private final Set<FeedbackStatus> from;

    FeedbackAction(Set<FeedbackStatus> from) {
        this.from = from;
    }

    public boolean allowedFrom(FeedbackStatus status) {
        return from.contains(status);
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FeedbackAction> bySlug(String slug) {
        for (FeedbackAction a : values()) {
            if (a.slug().equalsIgnoreCase(slug.strip())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
