package io.parhub.survey;

import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import io.parhub.survey.store.ResponseStore;
import io.parhub.survey.store.RoundStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers: on the web through a one-time invitation token (no sign-in), or typed in from a paper form by the PAR
 * office or the unit's PAR focal point. Each form is stored whole, one level per question (0 = no answer).
 */
@Service
public class SurveyAnswers {

    /** What a token opens. */
    public enum TokenState { OPEN, USED, UNKNOWN }

    /** The questionnaire behind an open token, and where it comes from. */
    public record Opened(TokenState state, SurveyRound round, SurveyRound.Unit unit, Questionnaire questionnaire) {
    }

    private final RoundStore rounds;
    private final ResponseStore responses;
    private final SurveyRounds surveyRounds;
    private final Questionnaires questionnaires;
    private final SurveyAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    SurveyAnswers(RoundStore rounds, ResponseStore responses, SurveyRounds surveyRounds,
            Questionnaires questionnaires, SurveyAccess access, AuditTrail audit, Clock clock) {
        this.rounds = rounds;
        this.responses = responses;
        this.surveyRounds = surveyRounds;
        this.questionnaires = questionnaires;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The state of a token; the round and questionnaire are present unless it is unknown. */
    public TokenState state(String token) {
        return rounds.byTokenHash(Tokens.hash(token))
                .map(inv -> inv.usedAt() == null ? TokenState.OPEN : TokenState.USED).orElse(TokenState.UNKNOWN);
    }

    public Optional<Opened> open(String token) {
        return rounds.byTokenHash(Tokens.hash(token)).map(inv -> {
            SurveyRound round = surveyRounds.find(inv.roundId());
            return new Opened(inv.usedAt() == null ? TokenState.OPEN : TokenState.USED, round,
                    round.unit(inv.unitCode()).orElseThrow(), questionnaires.find(round.questionnaireId()));
        });
    }

    /**
     * Stores the citizen's form and spends the token (409 when it was used already, 404 when unknown).
     *
     * @param levels the level per question number; a question left out counts as "no answer"
     */
    @Transactional
    public void answer(String token, Map<Integer, Integer> levels) {
        RoundStore.Invitation inv = rounds.byTokenHash(Tokens.hash(token)).orElseThrow(() ->
                DomainException.notFound("survey-token-unknown", "survey.error.token-unknown"));
        SurveyRound round = surveyRounds.find(inv.roundId());
        Map<Long, Integer> byId = byQuestionId(round, levels);
        if (!rounds.use(inv.id(), clock.instant())) {
            throw DomainException.conflict("survey-token-used", "survey.error.token-used");
        }
        long id = responses.insert(round.id(), inv.unitCode(), "WEB", inv.id(), null, clock.instant(), byId);
        audit.record("citizen", "survey.answered", "survey_response", String.valueOf(id),
                Map.of("round", round.id(), "unit", inv.unitCode(), "channel", "WEB", "invitation", inv.id()));
    }

    /** A paper form of {@code unitCode} typed in by staff (PAR office, or the unit's PAR focal point). */
    @Transactional
    public long enterPaper(long roundId, String unitCode, Map<Integer, Integer> levels) {
        SurveyRound round = surveyRounds.find(roundId);
        SurveyRound.Unit unit = round.unit(unitCode).orElseThrow(() -> DomainException.notFound(
                "survey-unit-not-found", "survey.error.unit-not-in-round", unitCode));
        String actor = access.requireUnit(unit.agencyId());
        Map<Long, Integer> byId = byQuestionId(round, levels);
        long id = responses.insert(roundId, unitCode, "PAPER", null, actor, clock.instant(), byId);
        audit.record(actor, "survey.paper-entered", "survey_response", String.valueOf(id),
                Map.of("round", roundId, "unit", unitCode, "channel", "PAPER"));
        return id;
    }

    private Map<Long, Integer> byQuestionId(SurveyRound round, Map<Integer, Integer> levels) {
        Questionnaire q = questionnaires.find(round.questionnaireId());
        Map<Long, Integer> byId = new HashMap<>();
        for (Question question : q.questions()) {
            byId.put(question.id(), levels.getOrDefault(question.number(), 0));
        }
        for (Map.Entry<Integer, Integer> e : levels.entrySet()) {
            boolean known = q.questions().stream().anyMatch(x -> x.number() == e.getKey());
            if (!known || e.getValue() == null || e.getValue() < 0 || e.getValue() > 5) {
                throw DomainException.invalid("survey-answer-invalid", "survey.error.answer", e.getKey());
            }
        }
        return byId;
    }
}
