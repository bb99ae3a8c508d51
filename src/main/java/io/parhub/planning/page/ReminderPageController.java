package io.parhub.planning.page;

import io.parhub.planning.Reminders;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The unit's reminders: what is due soon or overdue, with a link to the plan item; mark read; run the job now. */
@Controller
class ReminderPageController {

    private final Reminders reminders;
    private final Clock clock;

    ReminderPageController(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @GetMapping("/staff/reminders")
    ModelAndView list() {
        return new ModelAndView("planning/reminders").addObject("reminders", reminders.mine());
    }

    @PostMapping("/staff/reminders/{id}/read")
    String read(@PathVariable long id) {
        reminders.markRead(id, LocalDateTime.now(clock));
        return "redirect:/staff/reminders#reminder-" + id;
    }

    @PostMapping("/staff/reminders/run")
    String run(RedirectAttributes redirect) {
        Reminders.Run run = reminders.run(LocalDate.now(clock), LocalDateTime.now(clock));
        redirect.addFlashAttribute("run", run);
        return "redirect:/staff/reminders";
    }
}
