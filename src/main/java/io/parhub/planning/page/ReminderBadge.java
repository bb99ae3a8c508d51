package io.parhub.planning.page;

import io.parhub.planning.Reminders;
import org.jspecify.annotations.Nullable;

/** The unread count in the staff menu, asked only when a page shows the menu (and then once). */
public final class ReminderBadge {

    private final Reminders reminders;
    private @Nullable Integer count;

    ReminderBadge(Reminders reminders) {
        this.reminders = reminders;
    }

    public int count() {
        if (count == null) {
            count = reminders.unread();
        }
        return count;
    }
}
