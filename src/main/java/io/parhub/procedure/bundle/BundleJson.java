package io.parhub.procedure.bundle;

import io.parhub.procedure.TimeUnit;
import io.parhub.procedure.process.Duration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bundle as the public API shows it. {@code processingTime} has a null amount and unit when no source states
 * the time; {@code fit} says whether the parts' longest path fits the total (FITS, EXCEEDS, NOT_CHECKABLE).
 */
record BundleJson(String code, String name, LocalDate validFrom, @Nullable LocalDate validTo, TimeJson processingTime,
        String legalBasis, String source, BundleRules.Fit fit, List<PartJson> parts) {

    record TimeJson(@Nullable BigDecimal amount, @Nullable TimeUnit unit, @Nullable String text) {

        static TimeJson of(@Nullable Duration d, @Nullable String text) {
            return new TimeJson(d == null ? null : d.amount(), d == null ? null : d.unit(), text);
        }
    }

    record PartJson(int position, int stage, @Nullable String procedureCode, String name, String agency,
            TimeJson processingTime) {
    }

    static BundleJson of(Bundle b) {
        return new BundleJson(b.code(), b.name(), b.validFrom(), b.validTo(), TimeJson.of(b.total(), b.totalText()),
                b.legalBasis(), b.source(), BundleRules.check(b),
                b.parts().stream().map(p -> new PartJson(p.position(), p.stage(), p.procedureCode(), p.name(),
                        p.agency(), TimeJson.of(p.time(), p.timeText()))).toList());
    }
}
