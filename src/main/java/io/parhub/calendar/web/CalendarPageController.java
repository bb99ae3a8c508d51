package io.parhub.calendar.web;

import io.parhub.calendar.WorkingCalendar;
import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public year page: working days, holidays and lunar dates of one year. */
@Controller
class CalendarPageController {

    private final WorkingCalendar calendar;
    private final Clock clock;

    CalendarPageController(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String year(@RequestParam(required = false) @Nullable Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        if (shown < CalendarApiController.FIRST.getYear() || shown > CalendarApiController.LAST.getYear()) {
            throw DomainException.invalid("date-out-of-range", "calendar.page.year-out-of-range", shown,
                    CalendarApiController.FIRST.getYear(), CalendarApiController.LAST.getYear());
        }
        model.addAttribute("view", YearView.of(shown, calendar));
        model.addAttribute("lunarNewYear", calendar.lunar(LocalDate.of(shown, 6, 1)).yearName());
        return "calendar/year";
    }
}
