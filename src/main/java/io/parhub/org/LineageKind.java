package io.parhub.org;

/** How a unit version relates to the one it came from. */
public enum LineageKind {
    /** Two or more units became one (nhập toàn bộ into a unit with several predecessors). */
    MERGE,
    /** One unit was divided among two or more (also a part of a unit going to another: nhập một phần). */
    SPLIT,
    /** One unit continued under a new name or code. */
    RENAME,
    /** The unit was kept as it was (giữ nguyên) but is a new version, e.g. with a new parent. */
    KEPT,
    /** The unit ended without successor: district level, abolished on 1/7/2025. */
    ABOLISHED
}
