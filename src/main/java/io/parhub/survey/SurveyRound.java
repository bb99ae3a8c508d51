package io.parhub.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A survey round: a year, a scope (usually the province's People's Committee), the surveyed units, a questionnaire
 * version, the period whose delivered dossiers are sampled, the sample size per unit and the method of the index.
 *
 * @param seed the seed of the reproducible sample
 */
public record SurveyRound(long id, int year, String title, String scopeCode, long questionnaireId,
        LocalDate periodFrom, LocalDate periodTo, int sampleSize, long seed, SurveyMethod method,
        @Nullable Instant sampledAt, List<Unit> units) {

    public SurveyRound {
        units = List.copyOf(units);
    }

    /** A surveyed unit: an agency and its subtree. */
    public record Unit(String code, long agencyId, String name) {
    }

    public java.util.Optional<Unit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }
}
