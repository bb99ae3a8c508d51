package io.parhub.dossier.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A versioned evaluation scheme.
 *
 * @param provincial true when the scheme is the province's own choice rather than a central rule in force
 */
public record EvaluationScheme(String code, String name, String label, String legalBasis, boolean provincial,
        LocalDate validFrom, @Nullable LocalDate validTo, int maxTotal, List<Indicator> indicators) {

    /** An indicator and what each score means. */
    public record Indicator(int number, String title, String score2, String score1, String score0, String source) {
    }
}
