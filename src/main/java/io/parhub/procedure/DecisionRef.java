package io.parhub.procedure;

import java.time.LocalDate;

/** The publication decision a version or change comes from, as shown beside it. */
public record DecisionRef(String number, LocalDate signedOn, LocalDate effectiveFrom) {
}
