package io.parhub.feedback;

import org.jspecify.annotations.Nullable;

/**
 * What an action needs; each uses only its own fields.
 *
 * @param version the version read; a stale one is a 409
 * @param inScope classify: within scope or not
 * @param text classify: the reason when out of scope; answer: the answer; publish: the question as it will be shown
 *     (optional, default the submitted text; personal data is removed from it in any case); close and forward: a note
 * @param field classify: the field (lĩnh vực), optional
 * @param agencyCode forward: the competent agency
 */
public record ActionInput(int version, @Nullable Boolean inScope, @Nullable String text, @Nullable String field,
        @Nullable String agencyCode) {

    public static ActionInput of(int version) {
        return new ActionInput(version, null, null, null, null);
    }
}
