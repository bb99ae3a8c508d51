package io.parhub.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parhub.dossier.CompletedDossiers;
import io.parhub.org.Agencies;
import io.parhub.shared.DomainException;
import io.parhub.survey.store.RoundStore;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rounds: the reproducible sample of delivered dossiers per unit (read through the dossier module's public API),
 * one-time tokens kept only as hashes, and who may create rounds, print invitations and enter paper forms.
 */
class SurveyRoundTest extends SurveyTestSupport {

    private static final LocalDate FROM = LocalDate.of(2026, 9, 14);
    private static final LocalDate TO = LocalDate.of(2026, 9, 18);

    @Autowired
    CompletedDossiers completed;

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcClient jdbc;

    private static boolean delivered;

    /** Six dossiers handled by STP-92, received at TTPVHCC-92 (under VPUB-92), delivered in the week sampled. */
    @BeforeEach
    void deliverDossiers() {
        if (!delivered) {
            deliver(FROM, 6);
            delivered = true;
        }
    }

    @Test
    void samplingIsReproducibleAndSizedPerUnitFromDeliveredDossiers() {
        as(PAR_OFFICE);
        SurveyRound first = round(4, 42L);
        SurveyRound again = round(4, 42L);
        Map<String, Integer> counts = rounds.sample(first.id());
        rounds.sample(again.id());

        long stp = agencies.byCode("STP-92", TO).orElseThrow().id();
        List<String> frame = completed.completed(Set.of(stp), FROM, TO).stream()
                .map(CompletedDossiers.Completed::code).toList();
        assertThat(frame).hasSizeGreaterThanOrEqualTo(6);
        // STP-92 draws its sample size; VPUB-92 (the receiving centre's parent) only what STP-92 left of its frame
        assertThat(counts.get("STP-92")).isEqualTo(4);
        List<String> stpSample = codes(first.id(), "STP-92");
        assertThat(frame).containsAll(stpSample);
        assertThat(codes(first.id(), "VPUB-92")).doesNotContainAnyElementsOf(stpSample);
        assertThat(counts.get("VPUB-92")).isEqualTo(Math.min(4, vpubFrame() - 4));
        // the same seed and period give the same sample
        assertThat(codes(again.id(), "STP-92")).isEqualTo(stpSample);
        assertThat(codes(again.id(), "VPUB-92")).isEqualTo(codes(first.id(), "VPUB-92"));
        assertThat(Sampling.pick(frame, 42L, "STP-92", 4)).containsExactlyInAnyOrderElementsOf(stpSample);
        List<String> reversed = new java.util.ArrayList<>(frame);
        java.util.Collections.reverse(reversed);
        assertThat(Sampling.pick(reversed, 42L, "STP-92", 4)).isEqualTo(Sampling.pick(frame, 42L,
                "STP-92", 4));
        // a sample is drawn once
        assertThatThrownBy(() -> rounds.sample(first.id())).isInstanceOf(DomainException.class)
                .hasMessageContaining("survey-already-sampled");
        // a larger sample size takes the whole frame
        SurveyRound large = round(100, 42L);
        assertThat(rounds.sample(large.id()).get("STP-92")).isEqualTo(frame.size());
    }

    @Test
    void aTokenWorksOnceAndOnlyItsHashIsKept() throws Exception {
        as(PAR_OFFICE);
        SurveyRound round = round(3, 7L);
        rounds.sample(round.id());
        List<SurveyRounds.Issued> issued = rounds.issue(round.id(), "STP-92");
        assertThat(issued).hasSize(3);
        String token = issued.get(0).token();
        assertThat(jdbc.sql("select count(*) from survey_invitation where token_hash = :t").param("t", token)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from survey_invitation where token_hash = :t")
                .param("t", Tokens.hash(token)).query(Long.class).single()).isEqualTo(1);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        // the citizen's page opens without signing in; the form keeps the CSRF token
        var page = get("/survey/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"_csrf\"").contains("q-15");
        mvc.perform(post("/survey/" + token).param("q-15", "5")).andExpect(status().isForbidden());

        Questionnaire q = seeded("BNV-Q9");
        answers.answer(token, Map.of(15, 5, 16, 4, 17, 0));
        assertThat(answers.state(token)).isEqualTo(SurveyAnswers.TokenState.USED);
        assertThatThrownBy(() -> answers.answer(token, Map.of(15, 1))).isInstanceOf(DomainException.class)
                .hasMessageContaining("survey-token-used");
        assertThatThrownBy(() -> answers.answer("no-such-token", Map.of(15, 1))).isInstanceOf(DomainException.class)
                .hasMessageContaining("survey-token-unknown");
        assertThat(get("/survey/" + token).statusCode()).isEqualTo(409);
        assertThat(get("/survey/no-such-token").statusCode()).isEqualTo(404);
        // a level outside 0–5 is refused and does not spend the token
        String other = issued.get(1).token();
        assertThatThrownBy(() -> answers.answer(other, Map.of(15, 6))).isInstanceOf(DomainException.class)
                .hasMessageContaining("survey-answer-invalid");
        assertThat(answers.state(other)).isEqualTo(SurveyAnswers.TokenState.OPEN);
        // one web form with every question of the form stored, unanswered ones as 0
        assertThat(jdbc.sql("""
                select count(*) from survey_answer a join survey_response r on r.id = a.response_id
                where r.round_id = :round and r.channel = 'WEB'""").param("round", round.id()).query(Long.class)
                .single()).isEqualTo(q.questions().size());

        // a re-print issues new tokens to unused invitations only; the earlier printed ones stop working
        as(PAR_OFFICE);
        List<SurveyRounds.Issued> reprint = rounds.issue(round.id(), "STP-92");
        assertThat(reprint).hasSize(2);
        assertThat(answers.state(other)).isEqualTo(SurveyAnswers.TokenState.UNKNOWN);
        assertThat(answers.state(reprint.get(0).token())).isEqualTo(SurveyAnswers.TokenState.OPEN);
    }

    @Test
    void paperFormsAreEnteredByTheParOfficeOrTheUnitsFocalPoint() {
        as(PAR_OFFICE);
        SurveyRound round = round(2, 9L);
        answers.enterPaper(round.id(), "VPUB-92", Map.of(15, 4));
        as(FOCAL_POINT_STP);
        answers.enterPaper(round.id(), "STP-92", Map.of(15, 5, 16, 3));
        assertThatThrownBy(() -> answers.enterPaper(round.id(), "VPUB-92", Map.of(15, 5)))
                .isInstanceOf(DomainException.class).hasMessageContaining("survey-role");
        assertThatThrownBy(() -> rounds.issue(round.id(), "VPUB-92")).isInstanceOf(DomainException.class)
                .hasMessageContaining("survey-role");
        assertThatThrownBy(() -> round(2, 1L)).isInstanceOf(DomainException.class)
                .hasMessageContaining("survey-role");
        as(SPECIALIST_STP);
        assertThatThrownBy(() -> answers.enterPaper(round.id(), "STP-92", Map.of(15, 5)))
                .isInstanceOf(DomainException.class).hasMessageContaining("survey-role");

        assertThat(jdbc.sql("select entered_by from survey_response where round_id = :r and channel = 'PAPER' "
                + "order by id").param("r", round.id()).query(String.class).list())
                .containsExactly(PAR_OFFICE, FOCAL_POINT_STP);
        assertThat(jdbc.sql("select count(*) from shared_audit_event where action = 'survey.paper-entered' "
                + "and details ->> 'round' = :r").param("r", String.valueOf(round.id())).query(Long.class)
                .single()).isEqualTo(2);
    }

    @Test
    void seededQuestionnairesAreLoadedOnceWithTheirFactors() {
        Questionnaire bnv = seeded("BNV-Q9");
        assertThat(bnv.questions()).hasSize(33);
        assertThat(bnv.questions().stream().filter(x -> x.part() == Part.SERVICE)).hasSize(19);
        Set<String> factors = new HashSet<>();
        bnv.questions().stream().filter(x -> x.part() == Part.SERVICE).forEach(x -> factors.add(x.groupName()));
        assertThat(factors).hasSize(5).contains("Tiếp cận", "Thủ tục hành chính");
        Questionnaire hanoi = seeded("HN-WARD-2026");
        assertThat(hanoi.questions()).hasSize(39);
        assertThat(hanoi.validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(hanoi.scaleLabels()).containsExactly("Rất không hài lòng", "Không hài lòng", "Bình thường",
                "Hài lòng", "Rất hài lòng");
        assertThat(questionnaires.all().stream().filter(x -> x.code().equals("HN-WARD-2026") && x.version() == 1))
                .hasSize(1);
    }

    private SurveyRound round(int size, long seed) {
        return rounds.create(new SurveyRounds.NewRound(2026, "Đợt thử chọn mẫu", "UBND-92",
                List.of("STP-92", "VPUB-92"), seeded("BNV-Q9").id(), FROM, TO, size, seed, SurveyMethod.DEFAULT));
    }

    private List<String> codes(long roundId, String unit) {
        return rounds.invitations(roundId, unit).stream().map(RoundStore.Invitation::dossierCode).toList();
    }

    private int vpubFrame() {
        long vpub = agencies.byCode("VPUB-92", TO).orElseThrow().id();
        Set<Long> subtree = new HashSet<>();
        agencies.all(TO).stream().filter(a -> a.path().contains("/" + vpub + "/")).forEach(a -> subtree.add(a.id()));
        return completed.completed(subtree, FROM, TO).size();
    }
}
