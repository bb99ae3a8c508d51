package io.parhub.calendar.store;

/** Published when the official schedule of a year was written, so computed calendars of that year are dropped. */
public record ScheduleChanged(int year) {
}
