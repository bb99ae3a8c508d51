package io.parhub.feedback;

import java.util.Locale;
import java.util.Optional;

/** What a feedback is about; the slug is the Open311 {@code service_code}. */
public enum FeedbackKind {
    /** Thủ tục hành chính: a procedure (its steps, components, time, fees). */
    PROCEDURE,
    /** Hành vi của cán bộ, công chức: the conduct of an officer. */
    OFFICER_CONDUCT,
    /** Quy định hành chính: a regulation (NĐ 20/2008 Điều 3). */
    REGULATION,
    /** Anything else. */
    OTHER;

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<FeedbackKind> bySlug(String slug) {
        for (FeedbackKind k : values()) {
            if (k.slug().equals(slug.strip().toLowerCase(Locale.ROOT)) || k.name().equalsIgnoreCase(slug.strip())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
