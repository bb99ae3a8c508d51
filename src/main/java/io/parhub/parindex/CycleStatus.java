package io.parhub.parindex;

/**
 * Where a year's cycle stands. OPEN: units self-assess and submit; APPRAISAL: the council appraises and may send
 * criteria back; EXPLANATION: units answer what was sent back (round 2) and the council fixes the score; LOCKED: final
 * scores fixed; PUBLISHED: the ranking is public. No score changes once LOCKED.
 */
public enum CycleStatus {
    DRAFT, OPEN, APPRAISAL, EXPLANATION, LOCKED, PUBLISHED;

    public boolean scoresLocked() {
        return this == LOCKED || this == PUBLISHED;
    }
}
