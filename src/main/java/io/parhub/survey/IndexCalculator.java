package io.parhub.survey;

import io.parhub.survey.RoundIndex.Figure;
import io.parhub.survey.RoundIndex.GroupFigure;
import io.parhub.survey.RoundIndex.QuestionFigure;
import io.parhub.survey.RoundIndex.UnitFigure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of the index, without the database: the share of satisfied answers under a {@link SurveyMethod}.
 * "No answer" (0) is left out of every count. A rate is rounded half up to two decimals only at the end.
 */
final class IndexCalculator {

    /** One answered form: its unit and the level given to each question (0 = no answer). */
    record Answers(String unitCode, Map<Long, Integer> levels) {
    }

    /** What the calculator gives back; comparisons and sentences are added by the service. */
    record Result(Figure province, List<GroupFigure> groups, List<QuestionFigure> questions, List<UnitFigure> units) {
    }

    private static final MathContext PRECISION = new MathContext(20);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SurveyMethod method;
    private final List<Question> questions;

    IndexCalculator(SurveyMethod method, List<Question> questions) {
        this.method = method;
        this.questions = List.copyOf(questions);
    }

    Result compute(List<SurveyRound.Unit> units, List<Answers> forms) {
        Predicate<Question> overall = q -> method.parts().contains(q.part());
        Figure province = figure(forms, overall);
        List<GroupFigure> groups = groups(forms);
        List<QuestionFigure> perQuestion = new ArrayList<>();
        for (Question q : questions) {
            List<Long> distribution = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L, 0L));
            for (Answers f : forms) {
                int level = f.levels().getOrDefault(q.id(), 0);
                distribution.set(level, distribution.get(level) + 1);
            }
            perQuestion.add(new QuestionFigure(q.number(), q.part(), q.groupCode(), q.text(),
                    figure(forms, x -> x.id() == q.id()), List.copyOf(distribution)));
        }
        List<UnitFigure> perUnit = new ArrayList<>();
        for (SurveyRound.Unit unit : units) {
            List<Answers> own = forms.stream().filter(f -> f.unitCode().equals(unit.code())).toList();
            Figure figure = figure(own, overall);
            Boolean reached = figure.rate() == null ? null : figure.rate().compareTo(method.targetRate()) >= 0;
            perUnit.add(new UnitFigure(unit.code(), unit.name(), figure, groups(own), null, reached));
        }
        return new Result(province, groups, List.copyOf(perQuestion), List.copyOf(perUnit));
    }

    private List<GroupFigure> groups(List<Answers> forms) {
        Map<String, Question> firsts = new LinkedHashMap<>();
        questions.forEach(q -> firsts.putIfAbsent(q.groupCode(), q));
        List<GroupFigure> result = new ArrayList<>();
        firsts.forEach((code, first) -> result.add(new GroupFigure(code, first.groupName(), first.part(),
                figure(forms, q -> q.groupCode().equals(code)))));
        return List.copyOf(result);
    }

    /** The figure of {@code forms} over the questions {@code included}; the minimum applies to the forms counted. */
    Figure figure(List<Answers> forms, Predicate<Question> included) {
        List<Question> items = questions.stream().filter(included).toList();
        long satisfied = 0;
        long answered = 0;
        int responses = 0;
        BigDecimal sumOfRates = BigDecimal.ZERO;
        for (Answers f : forms) {
            long s = 0;
            long n = 0;
            for (Question q : items) {
                int level = f.levels().getOrDefault(q.id(), 0);
                if (level > 0) {
                    n++;
                    if (method.satisfied(level)) {
                        s++;
                    }
                }
            }
            if (n > 0) {
                responses++;
                sumOfRates = sumOfRates.add(BigDecimal.valueOf(s).divide(BigDecimal.valueOf(n), PRECISION));
            }
            satisfied += s;
            answered += n;
        }
        boolean enough = responses >= method.minResponses();
        @Nullable BigDecimal share = null;
        if (enough && answered > 0) {
            share = switch (method.weighting()) {
                case ITEM -> BigDecimal.valueOf(satisfied).divide(BigDecimal.valueOf(answered), PRECISION);
                case RESPONDENT -> sumOfRates.divide(BigDecimal.valueOf(responses), PRECISION);
                case QUESTION -> meanOfQuestions(forms, items);
            };
        }
        return new Figure(share == null ? null : percent(share), satisfied, answered, responses, enough);
    }

    private @Nullable BigDecimal meanOfQuestions(List<Answers> forms, List<Question> items) {
        BigDecimal sum = BigDecimal.ZERO;
        int counted = 0;
        for (Question q : items) {
            long s = 0;
            long n = 0;
            for (Answers f : forms) {
                int level = f.levels().getOrDefault(q.id(), 0);
                if (level > 0) {
                    n++;
                    if (method.satisfied(level)) {
                        s++;
                    }
                }
            }
            if (n > 0) {
                sum = sum.add(BigDecimal.valueOf(s).divide(BigDecimal.valueOf(n), PRECISION));
                counted++;
            }
        }
        return counted == 0 ? null : sum.divide(BigDecimal.valueOf(counted), PRECISION);
    }

    static BigDecimal percent(BigDecimal share) {
        return share.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }
}
