package io.parhub.survey;

import io.parhub.survey.RoundIndex.Comparison;
import io.parhub.survey.RoundIndex.Figure;
import io.parhub.survey.RoundIndex.UnitFigure;
import io.parhub.survey.store.ResponseStore;
import io.parhub.survey.store.RoundStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the index of a round from its answers when asked, compares it with the previous year (the latest round
 * of year − 1 with the same scope for the province, the latest round of year − 1 that surveyed the unit for a
 * unit) and words the report's sentences.
 */
@Service
@Transactional(readOnly = true)
class IndexService implements SatisfactionIndex {

    private final RoundStore rounds;
    private final ResponseStore responses;
    private final SurveyRounds surveyRounds;
    private final Questionnaires questionnaires;
    private final IndexSentences sentences;

    IndexService(RoundStore rounds, ResponseStore responses, SurveyRounds surveyRounds,
            Questionnaires questionnaires, IndexSentences sentences) {
        this.rounds = rounds;
        this.responses = responses;
        this.surveyRounds = surveyRounds;
        this.questionnaires = questionnaires;
        this.sentences = sentences;
    }

    @Override
    public RoundIndex round(long roundId) {
        SurveyRound round = surveyRounds.find(roundId);
        IndexCalculator.Result result = compute(round);
        Comparison province = rounds.latestWithScope(round.scopeCode(), round.year() - 1)
                .map(prev -> comparison(prev, compute(prev).province(), result.province())).orElse(null);
        List<UnitFigure> units = new ArrayList<>();
        Map<Long, IndexCalculator.Result> previous = new HashMap<>();
        for (UnitFigure u : result.units()) {
            Comparison c = rounds.latestWithUnit(u.code(), round.year() - 1).map(prev -> comparison(prev,
                    previous.computeIfAbsent(prev.id(), k -> compute(prev)).units().stream().filter(x -> x.code().equals(u.code())).findFirst()
                            .map(UnitFigure::figure).orElse(null), u.figure())).orElse(null);
            units.add(new UnitFigure(u.code(), u.name(), u.figure(), u.groups(), c, u.reachedTarget()));
        }
        int reaching = (int) units.stream().filter(u -> Boolean.TRUE.equals(u.reachedTarget())).count();
        int without = (int) units.stream().filter(u -> u.figure().rate() == null).count();
        RoundIndex draft = new RoundIndex(round.id(), round.year(), round.title(), round.scopeCode(), round.method(),
                result.province(), province, result.groups(), result.questions(), List.copyOf(units), reaching,
                without, List.of(), List.of());
        return new RoundIndex(draft.roundId(), draft.year(), draft.title(), draft.scopeCode(), draft.method(),
                draft.province(), draft.provinceComparison(), draft.groups(), draft.questions(), draft.units(),
                reaching, without, sentences.of(draft, Locale.forLanguageTag("vi")),
                sentences.of(draft, Locale.ENGLISH));
    }

    @Override
    public Optional<UnitSatisfaction> forUnit(String unitCode, int year) {
        Optional<SurveyRound> scoped = rounds.latestWithScope(unitCode, year);
        if (scoped.isPresent()) {
            SurveyRound round = scoped.get();
            Figure f = compute(round).province();
            return Optional.of(new UnitSatisfaction(unitCode, year, round.id(), f.rate(), f.responses(), f.enough(),
                    round.method().targetRate()));
        }
        return rounds.latestWithUnit(unitCode, year).flatMap(round -> compute(round).units().stream()
                .filter(u -> u.code().equals(unitCode)).findFirst()
                .map(u -> new UnitSatisfaction(unitCode, year, round.id(), u.figure().rate(), u.figure().responses(),
                        u.figure().enough(), round.method().targetRate())));
    }

    private IndexCalculator.Result compute(SurveyRound round) {
        Questionnaire q = questionnaires.find(round.questionnaireId());
        List<IndexCalculator.Answers> forms = responses.forms(round.id()).stream()
                .map(s -> new IndexCalculator.Answers(s.unitCode(), s.levels())).toList();
        return new IndexCalculator(round.method(), q.questions()).compute(round.units(), forms);
    }

    /** The difference is taken between the two published (rounded) rates, so the sentence adds up. */
    private static Comparison comparison(SurveyRound previous, @Nullable Figure before, Figure now) {
        BigDecimal prev = before == null ? null : before.rate();
        BigDecimal diff = prev == null || now.rate() == null ? null : now.rate().subtract(prev);
        return new Comparison(previous.year(), previous.id(), prev, diff);
    }
}
