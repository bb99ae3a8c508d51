package io.parhub.calendar.store;

/**
 * Why an official schedule was refused: a message key of {@code messages/calendar} and its arguments.
 *
 * @param row the 1-based row of the form or CSV the problem is about, or 0 for the schedule as a whole
 */
public record ScheduleProblem(int row, String messageKey, Object... args) {
}
