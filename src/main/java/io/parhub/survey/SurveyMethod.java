package io.parhub.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a round turns answers into the index (docs/survey.md, "Method"). The official formula of QĐ 1001/QĐ-BNV was
 * not available, so every choice is configuration with a documented default.
 *
 * @param satisfiedLevels the answer levels (1–5) that count as satisfied; default 4 and 5
 * @param parts the parts whose questions make the overall index; default both
 * @param minResponses the fewest answered forms for which a unit (or the province) gets a figure; default 30
 * @param targetRate the satisfaction rate a unit should reach, in percent; default 80
 * @param weighting how answers are weighted; default one weight per answered item
 */
public record SurveyMethod(Set<Integer> satisfiedLevels, Set<Part> parts, int minResponses, BigDecimal targetRate,
        Weighting weighting) {

    public static final SurveyMethod DEFAULT = new SurveyMethod(Set.of(4, 5), Set.of(Part.POLICY, Part.SERVICE), 30,
            new BigDecimal("80"), Weighting.ITEM);

    /** How answers add up to a rate. */
    public enum Weighting {
        /** satisfied answered items / answered items: each answered item weighs the same (default) */
        ITEM,
        /** the mean of each question's rate: each question weighs the same, however many answered it */
        QUESTION,
        /** the mean of each form's own rate: each respondent weighs the same, however many items they answered */
        RESPONDENT
    }

    public SurveyMethod {
        satisfiedLevels = Set.copyOf(new TreeSet<>(satisfiedLevels));
        parts = Set.copyOf(parts);
    }

    public boolean satisfied(int level) {
        return satisfiedLevels.contains(level);
    }

    public List<Integer> levels() {
        return List.copyOf(new TreeSet<>(satisfiedLevels));
    }

    public SurveyMethod withSatisfiedLevels(Set<Integer> levels) {
        return new SurveyMethod(levels, parts, minResponses, targetRate, weighting);
    }

    public SurveyMethod withMinResponses(int min) {
        return new SurveyMethod(satisfiedLevels, parts, min, targetRate, weighting);
    }

    public SurveyMethod withWeighting(Weighting w) {
        return new SurveyMethod(satisfiedLevels, parts, minResponses, targetRate, w);
    }

    public SurveyMethod withParts(Set<Part> p) {
        return new SurveyMethod(satisfiedLevels, p, minResponses, targetRate, weighting);
    }

    public SurveyMethod withTargetRate(BigDecimal rate) {
        return new SurveyMethod(satisfiedLevels, parts, minResponses, rate, weighting);
    }
}
