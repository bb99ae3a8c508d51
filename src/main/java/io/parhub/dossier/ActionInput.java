package io.parhub.dossier;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an action on a dossier; which are needed depends on the action.
 *
 * @param version the version the officer saw: a stale one is refused with 409
 * @param items missing items (request-supplement), what to pay (request-payment) or reasons (refuse, suspend,
 *        withdraw)
 * @param newDate the new date of an apology, or the appointment date of a supplement when the procedure states no
 *        exact processing time
 * @param assignee the officer (username) the dossier is forwarded or returned to
 * @param part the position of the part an officer completes (complete-part of an interconnected dossier)
 * @param returnMode how the result is returned (deliver): COUNTER (default), POST or ONLINE
 */
public record ActionInput(int version, @Nullable String note, List<String> items, @Nullable LocalDate newDate,
        @Nullable String assignee, @Nullable Integer part, Dossier.@Nullable ReturnMode returnMode) {

    public ActionInput {
        items = items == null ? List.of() : items.stream().filter(s -> s != null && !s.isBlank())
                .map(String::strip).toList();
    }

    public ActionInput(int version, @Nullable String note, List<String> items, @Nullable LocalDate newDate,
            @Nullable String assignee) {
        this(version, note, items, newDate, assignee, null, null);
    }

    public static ActionInput of(int version) {
        return new ActionInput(version, null, List.of(), null, null);
    }

    public static ActionInput part(int version, int part) {
        return new ActionInput(version, null, List.of(), null, null, part, null);
    }
}
