package io.parhub.procedure;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The approved internal process (quy trình nội bộ) of a procedure as shown on its page, supplied by a
 * {@link ProcessDescriber}.
 *
 * @param approvedBy the act that approved it, e.g. "Quyết định 456/QĐ-UBND"
 * @param total the sum of the steps' times
 * @param consistent false when the steps no longer add up to the procedure's processing time on that date (the
 *        procedure was amended since the approval): the process needs re-approval
 */
public record InternalProcessView(String approvedBy, LocalDate validFrom, @Nullable LocalDate validTo,
        @Nullable ProcessingTime total, boolean consistent, List<Step> steps) {

    public InternalProcessView {
        steps = Lists.copy(steps);
    }

    /**
     * @param number 1, 2, …
     * @param performer the role or unit that performs the step
     */
    public record Step(int number, String name, String performer, @Nullable ProcessingTime time) {
    }
}
