package io.parhub.dossier;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an action on a dossier; which are needed depends on the action.
 *
 * @param version the version the officer saw: a stale one is refused with 409
 * @param items missing items (request-supplement) or reasons (refuse, suspend, withdraw)
 * @param newDate the new date of an apology, or the appointment date of a supplement when the procedure states no
 *        exact processing time
 * @param assignee the officer (username) the dossier is forwarded or returned to
 */
public record ActionInput(int version, @Nullable String note, List<String> items, @Nullable LocalDate newDate,
        @Nullable String assignee) {

    public ActionInput {
        items = items == null ? List.of() : items.stream().filter(s -> s != null && !s.isBlank())
                .map(String::strip).toList();
    }

    public static ActionInput of(int version) {
        return new ActionInput(version, null, List.of(), null, null);
    }
}
