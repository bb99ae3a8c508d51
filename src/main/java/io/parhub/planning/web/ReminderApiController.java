package io.parhub.planning.web;

import io.parhub.planning.Reminders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff API of the reminders (nhắc việc): one's own unit's reminders, mark read, run the daily job now. */
@RestController
@RequestMapping("/api/v1/reminders")
@Tag(name = "Reminders", description = "Nhắc việc: assignments due soon or overdue, unit plans not issued in time")
class ReminderApiController {

    private final Reminders reminders;
    private final Clock clock;

    ReminderApiController(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    record Unread(int unread) {
    }

    @GetMapping
    @Operation(summary = "Reminders addressed to the signed-in staff member's agency, newest first")
    List<Reminders.Reminder> mine() {
        return reminders.mine();
    }

    @GetMapping("/unread")
    @Operation(summary = "How many of them are unread")
    Unread unread() {
        return new Unread(reminders.unread());
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark a reminder of one's own agency read")
    void read(@PathVariable long id) {
        reminders.markRead(id, LocalDateTime.now(clock));
    }

    @PostMapping("/run")
    @Operation(summary = "Write the reminders of a day now (PAR office of the province, admin); idempotent per day")
    Reminders.Run run(@RequestParam(required = false) @Nullable LocalDate day) {
        return reminders.run(day == null ? LocalDate.now(clock) : day, LocalDateTime.now(clock));
    }
}
