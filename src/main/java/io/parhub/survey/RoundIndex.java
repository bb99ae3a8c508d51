package io.parhub.survey;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The satisfaction index of a round: per question, group, unit and the whole scope (province), with the comparison
 * to the previous year and the sentences a report states, in Vietnamese and English. A figure without enough
 * answered forms has {@code rate == null} ("not enough answers"), never 0.
 */
public record RoundIndex(long roundId, int year, String title, String scopeCode, SurveyMethod method,
        Figure province, @Nullable Comparison provinceComparison, List<GroupFigure> groups,
        List<QuestionFigure> questions, List<UnitFigure> units, int unitsReachingTarget, int unitsWithoutEnough,
        List<String> sentencesVi, List<String> sentencesEn) {

    /**
     * @param rate the share of satisfied answers in percent, two decimals; null when there are not enough answers
     * @param satisfied satisfied answers (items) counted
     * @param answered answered items (level 1–5; "no answer" is left out)
     * @param responses forms with at least one answered item
     * @param enough whether {@code responses} reached the method's minimum
     */
    public record Figure(@Nullable BigDecimal rate, long satisfied, long answered, int responses, boolean enough) {
    }

    /** @param difference this year's rate minus the previous one, in percentage points; null if either is missing */
    public record Comparison(int previousYear, long previousRoundId, @Nullable BigDecimal previousRate,
            @Nullable BigDecimal difference) {
    }

    public record GroupFigure(String code, String name, Part part, Figure figure) {
    }

    /** @param distribution answers per level: index 0 = no answer, 1–5 = the scale */
    public record QuestionFigure(int number, Part part, String groupCode, String text, Figure figure,
            List<Long> distribution) {
    }

    /** @param reachedTarget null when the unit has no figure */
    public record UnitFigure(String code, String name, Figure figure, List<GroupFigure> groups,
            @Nullable Comparison comparison, @Nullable Boolean reachedTarget) {
    }
}
