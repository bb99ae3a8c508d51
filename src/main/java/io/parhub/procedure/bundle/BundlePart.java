package io.parhub.procedure.bundle;

import io.parhub.procedure.process.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One procedure of a bundle.
 *
 * @param stage parts of the same stage run side by side, stages one after the other
 * @param procedureCode the national code when the catalogue holds the procedure; null otherwise
 * @param time the part's time when a source states it as a number with a unit; null = not stated
 * @param timeText the wording of the source, e.g. "ngay trong ngày làm việc"
 */
public record BundlePart(int position, int stage, @Nullable String procedureCode, String name, String agency,
        @Nullable Duration time, @Nullable String timeText) {
}
