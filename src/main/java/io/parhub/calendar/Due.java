package io.parhub.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * When a period counted from a receipt ends.
 *
 * @param receivedAt when the dossier arrived (Vietnam local time)
 * @param deemedReceivedOn the working day the receipt counts on: the next working day when it arrived after the
 *     cut-off or on a day off
 * @param date the last day of the period
 * @param time the end of the period on that day (end of office hours, or the hour reached for hour periods)
 */
public record Due(LocalDateTime receivedAt, LocalDate deemedReceivedOn, TimeLimit limit, LocalDate date,
        LocalTime time) {

    public LocalDateTime at() {
        return date.atTime(time);
    }
}
