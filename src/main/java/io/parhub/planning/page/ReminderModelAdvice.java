package io.parhub.planning.page;

import io.parhub.planning.Reminders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page may show "Nhắc việc (n)": the count is read lazily, so pages without the menu entry cost nothing. */
@ControllerAdvice(annotations = Controller.class)
class ReminderModelAdvice {

    private final Reminders reminders;

    ReminderModelAdvice(Reminders reminders) {
        this.reminders = reminders;
    }

    @ModelAttribute("reminderBadge")
    ReminderBadge reminderBadge() {
        return new ReminderBadge(reminders);
    }
}
