package io.parhub.planning;

import org.jspecify.annotations.Nullable;

/** A progress update on an assignment: the version read, the percentage done, a note and a link to the evidence. */
public record ProgressInput(int version, int percent, @Nullable String note, @Nullable String evidenceLink) {
}
