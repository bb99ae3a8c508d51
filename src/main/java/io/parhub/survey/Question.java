package io.parhub.survey;

/**
 * One item of the satisfaction grid.
 *
 * @param groupCode the group (factor) as numbered in the source, e.g. {@code II.1}
 * @param number the item number inside the grid, as in the source
 */
public record Question(long id, int number, Part part, String groupCode, String groupName, String text) {
}
