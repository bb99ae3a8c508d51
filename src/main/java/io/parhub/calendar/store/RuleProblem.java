package io.parhub.calendar.store;

/**
 * Why a holiday-rule command was refused: a message key of {@code messages/calendar} and its arguments.
 *
 * @param field the form field the problem is about (e.g. {@code month}), or {@code ""} for the command as a whole
 */
public record RuleProblem(String field, String messageKey, Object... args) {
}
