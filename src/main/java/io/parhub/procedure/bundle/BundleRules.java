package io.parhub.procedure.bundle;

import io.parhub.procedure.TimeUnit;
import io.parhub.procedure.process.Duration;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Whether the parts' times fit the bundle's time. Nghị định 63/2024/NĐ-CP and the procedure group published with
 * Quyết định 296/QĐ-VPCP (12/6/2024) describe the electronic interconnection as a sequence: the birth (or death)
 * is registered first, and the registration result is then passed at the same time to the residence and the social
 * insurance systems. So parts are grouped in stages: parts of one stage run side by side, stages follow each other,
 * and the longest path (the sum over stages of the longest part of each) must not exceed the bundle's total. It may
 * be shorter: the total is a maximum ("tối đa"), and the sources give the parts as maxima too.
 */
public final class BundleRules {

    private BundleRules() {
    }

    public enum Fit {
        /** The longest path of the parts is within the total. */
        FITS,
        /** The longest path of the parts is longer than the total. */
        EXCEEDS,
        /** A time is not stated, or calendar days meet working time: nothing can be said. */
        NOT_CHECKABLE
    }

    public static Fit check(Bundle bundle) {
        return longestPath(bundle).map(path -> {
            var total = bundle.total().workingHours().orElseThrow();
            return path.compareTo(total) <= 0 ? Fit.FITS : Fit.EXCEEDS;
        }).orElse(Fit.NOT_CHECKABLE);
    }

    /** The longest path through the stages, in working hours; empty when it cannot be computed. */
    static Optional<BigDecimal> longestPath(Bundle bundle) {
        if (bundle.total() == null || !bundle.total().isWorkingTime() || bundle.parts().isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, BigDecimal> longestPerStage = new TreeMap<>();
        for (BundlePart part : bundle.parts()) {
            Duration time = part.time();
            if (time == null || time.unit() == TimeUnit.CALENDAR_DAYS) {
                return Optional.empty();
            }
            longestPerStage.merge(part.stage(), time.workingHours().orElseThrow(), BigDecimal::max);
        }
        return Optional.of(longestPerStage.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
