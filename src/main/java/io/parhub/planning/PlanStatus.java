package io.parhub.planning;

/** A plan is drafted, then issued with its number, date and signer. */
public enum PlanStatus {
    DRAFT,
    ISSUED
}
