package io.parhub.calendar.store;

import java.time.Instant;
import java.util.List;

/** The official schedule of one year; {@code version} guards concurrent edits (optimistic locking). */
public record YearSchedule(int year, int version, String origin, Instant updatedAt, String updatedBy,
        List<ScheduleDay> days) {
}
