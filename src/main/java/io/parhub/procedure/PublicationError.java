package io.parhub.procedure;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One reason a decision cannot be published. Messages are resolved from {@code messages/procedure*.properties}
 * with {@code args}, in the reader's language.
 *
 * @param index the position of the change in {@link PublicationDecision#changes()}, or -1 for the decision itself
 * @param code the procedure code of that change, if any
 * @param field the offending field, e.g. "content.name", "effectiveFrom"
 * @param messageKey e.g. "procedure.error.exists"
 */
public record PublicationError(int index, @Nullable String code, String field, String messageKey,
        List<String> args) {

    public PublicationError {
        args = Lists.copy(args);
    }
}
