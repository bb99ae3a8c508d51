package io.parhub.dossier;

/**
 * The dossier figures of a period, as the periodic reports print them. They always add up: received = carried over +
 * new = resolved (on time + late) + withdrawn + refused + suspended + pending (not yet due + overdue).
 *
 * @param carriedOver received before the period and still being handled at its start
 * @param newCounter received in the period at the counter (newOnline, newPost: online, by post)
 * @param resolvedOnTime result signed off in the period by its due time (after pauses for supplements and payment)
 * @param resolvedLate signed off in the period after its due time, or after a second supplement request (QĐ 766)
 * @param withdrawn withdrawn in the period at the citizen's request, after reception
 * @param refused refused in the period, with reasons, after reception
 * @param suspended suspended in the period (dừng xử lý)
 * @param pendingNotDue still being handled at the end of the period and not yet due (or its clock stopped)
 * @param pendingOverdue still being handled at the end of the period and past its due time
 * @param supplementRequested dossiers counted here that were asked for a supplement at least once
 * @param secondSupplements dossiers counted here asked a second time (counts against the agency)
 * @param apologised dossiers counted here that received an apology letter
 * @param bundles interconnected dossiers counted here
 * @param resolvedSeconds the sum of reception-to-result times of the dossiers resolved in the period
 */
public record Figures(long carriedOver, long newCounter, long newOnline, long newPost, long resolvedOnTime,
        long resolvedLate, long withdrawn, long refused, long suspended, long pendingNotDue, long pendingOverdue,
        long supplementRequested, long secondSupplements, long apologised, long bundles, double resolvedSeconds) {

    public static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public long newTotal() {
        return newCounter + newOnline + newPost;
    }

    public long received() {
        return carriedOver + newTotal();
    }

    public long resolved() {
        return resolvedOnTime + resolvedLate;
    }

    public long pending() {
        return pendingNotDue + pendingOverdue;
    }

    /** Resolved on time out of resolved, in percent with two decimals; null when nothing was resolved. */
    public Double onTimeRate() {
        return resolved() == 0 ? null : Math.round(resolvedOnTime * 10_000.0 / resolved()) / 100.0;
    }

    /** The average reception-to-result time in days (24 h), one decimal; null when nothing was resolved. */
    public Double averageDays() {
        return resolved() == 0 ? null : Math.round(resolvedSeconds / resolved() / 8_640.0) / 10.0;
    }

    /** Online out of new, in percent with two decimals; null when nothing is new. */
    public Double onlineRate() {
        return newTotal() == 0 ? null : Math.round(newOnline * 10_000.0 / newTotal()) / 100.0;
    }

    public Figures plus(Figures o) {
        return new Figures(carriedOver + o.carriedOver, newCounter + o.newCounter, newOnline + o.newOnline,
                newPost + o.newPost, resolvedOnTime + o.resolvedOnTime, resolvedLate + o.resolvedLate,
                withdrawn + o.withdrawn, refused + o.refused, suspended + o.suspended,
                pendingNotDue + o.pendingNotDue, pendingOverdue + o.pendingOverdue,
                supplementRequested + o.supplementRequested, secondSupplements + o.secondSupplements,
                apologised + o.apologised, bundles + o.bundles, resolvedSeconds + o.resolvedSeconds);
    }
}
