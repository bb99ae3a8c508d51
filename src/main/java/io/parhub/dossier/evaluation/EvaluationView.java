package io.parhub.dossier.evaluation;

import java.time.LocalDateTime;
import java.util.SortedMap;

/**
 * One stored evaluation.
 *
 * @param scores score (0–2) per indicator number
 * @param total the sum of the scores (0–18 under TT 01/2018)
 * @param channel PUBLIC (the citizen online) or COUNTER (paper form entered by the counter officer)
 */
public record EvaluationView(String dossierCode, String scheme, String schemeLabel, SortedMap<Integer, Integer> scores,
        int total, String channel, LocalDateTime evaluatedAt) {
}
