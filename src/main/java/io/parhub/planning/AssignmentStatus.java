package io.parhub.planning;

/** Where a unit stands with an item assigned to it; follows the percentage of its last progress update. */
public enum AssignmentStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE;

    static AssignmentStatus of(int percent) {
        return percent >= 100 ? DONE : percent > 0 ? IN_PROGRESS : NOT_STARTED;
    }
}
