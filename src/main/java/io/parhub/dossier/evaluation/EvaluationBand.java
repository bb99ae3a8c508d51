package io.parhub.dossier.evaluation;

import java.math.BigDecimal;

/** A result band: an average total at or above {@code minTotal} (and below the next band's) falls in it. */
public record EvaluationBand(String code, String name, String nameEn, BigDecimal minTotal) {
}
