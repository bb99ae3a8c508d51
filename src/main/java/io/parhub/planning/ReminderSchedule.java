package io.parhub.planning;

import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the day's reminders every morning ({@code parhub.planning.reminder-cron}, Vietnam's time). Running twice
 * on a day is harmless: a reminder is written at most once per assignment, kind and day.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "parhub.planning.reminder-schedule", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final ReminderService reminders;
    private final Clock clock;

    ReminderSchedule(ReminderService reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(cron = "${parhub.planning.reminder-cron:0 0 6 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        try {
            LocalDateTime now = LocalDateTime.now(clock.withZone(PlanRules.VIETNAM));
            Reminders.Run run = reminders.write(now.toLocalDate(), now, "system");
            log.info("Plan reminders of {}: {} due soon, {} overdue, {} plans not issued", run.day(), run.dueSoon(),
                    run.overdue(), run.plansNotIssued());
        } catch (RuntimeException e) {
            // tomorrow's run tries again; a database away for a moment must not end the schedule
            log.error("Plan reminders run failed", e);
        }
    }
}
