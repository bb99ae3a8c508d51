package io.parhub.procedure;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The statutory processing time (thời hạn giải quyết). Either {@code amount} and {@code unit} are both set, or both
 * are null and {@code text} says what is known (e.g. a per-channel statement "Trực tiếp: 18 Ngày làm việc; Trực
 * tuyến: 8 Ngày làm việc"). A procedure whose time is not stated at all has a null {@code ProcessingTime}: never
 * invent one.
 *
 * @param text the wording as published, may be null when amount and unit say everything
 */
public record ProcessingTime(@Nullable BigDecimal amount, @Nullable TimeUnit unit, @Nullable String text) {

    public static ProcessingTime of(long amount, TimeUnit unit) {
        return new ProcessingTime(BigDecimal.valueOf(amount), unit, null);
    }

    /** True when the time is a single number with a unit, so that deadlines can be computed from it. */
    public boolean isExact() {
        return amount != null && unit != null;
    }
}
