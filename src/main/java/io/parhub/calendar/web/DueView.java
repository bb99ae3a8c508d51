package io.parhub.calendar.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.parhub.calendar.Due;
import io.parhub.calendar.TimeLimit;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** API view of a deadline; only the period that was asked for is present. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DueView(String receivedAt, String deemedReceivedOn, @Nullable Integer workingDays,
        @Nullable Integer calendarDays, @Nullable Integer workingHours, @Nullable Boolean sameDay, String due,
        String dueTime, @Nullable String agency) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static DueView of(Due due, @Nullable String agency) {
        TimeLimit.Unit unit = due.limit().unit();
        int amount = due.limit().amount();
        return new DueView(due.receivedAt().format(MINUTES), due.deemedReceivedOn().toString(),
                unit == TimeLimit.Unit.WORKING_DAYS ? amount : null,
                unit == TimeLimit.Unit.CALENDAR_DAYS ? amount : null,
                unit == TimeLimit.Unit.WORKING_HOURS ? amount : null,
                unit == TimeLimit.Unit.SAME_DAY ? Boolean.TRUE : null,
                due.date().toString(), due.time().format(TIME), agency);
    }
}
