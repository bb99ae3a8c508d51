package io.parhub.dossier.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Evaluations of one agency's dossiers over a period, computed from the stored evaluations.
 *
 * @param scheme the scheme in force on {@code to}, whose band table gives {@code band}
 * @param averageTotal the average total rounded to 2 decimals (the band is chosen from the unrounded average);
 *     null when nothing was evaluated
 */
public record EvaluationSummary(String agencyCode, String agencyName, LocalDate from, LocalDate to, String scheme,
        String schemeLabel, long count, @Nullable BigDecimal averageTotal, List<IndicatorAverage> indicators,
        @Nullable EvaluationBand band) {

    public record IndicatorAverage(int number, String title, BigDecimal average) {
    }
}
