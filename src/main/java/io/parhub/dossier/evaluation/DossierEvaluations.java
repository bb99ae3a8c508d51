package io.parhub.dossier.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluations of finished dossiers (delivered, refused, refused at reception, withdrawn). One per dossier: a second
 * one is a 409 and the first is kept. The scheme is the one in force on the evaluation's (Vietnam local) date.
 */
public interface DossierEvaluations {

    /** A citizen's evaluation, checked like public tracking: a wrong code or check is a 404 (not told apart). */
    EvaluationView evaluateByCitizen(String code, String check, Map<Integer, Integer> scores, LocalDateTime at);

    /** The paper form (phiếu đánh giá) entered at the counter by a COUNTER_OFFICER who may read the dossier. */
    EvaluationView evaluateAtCounter(String code, Map<Integer, Integer> scores, LocalDateTime at);

    /** The evaluation of a dossier, if any (staff who may read the dossier). */
    Optional<EvaluationView> find(String code);

    /** Count, averages and band of the evaluations of dossiers handled by the agency, evaluated from..to inclusive. */
    EvaluationSummary summary(String agencyCode, LocalDate from, LocalDate to);

    /** The scheme in force on {@code day} with its indicators. */
    EvaluationScheme scheme(LocalDate day);

    /** The band an average total falls in under the scheme in force on {@code day}. */
    Optional<EvaluationBand> band(BigDecimal averageTotal, LocalDate day);
}
