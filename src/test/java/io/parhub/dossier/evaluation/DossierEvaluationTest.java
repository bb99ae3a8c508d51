package io.parhub.dossier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parhub.dossier.DossierView;
import io.parhub.shared.DomainException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

class DossierEvaluationTest extends EvaluationTestSupport {

    private static Map<Integer, Integer> map(int... values) {
        Map<Integer, Integer> scores = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            scores.put(i + 1, values[i]);
        }
        return scores;
    }

    @Test
    void aCitizenEvaluatesADeliveredDossierOnceWithTheTrackingCheck() {
        DossierView d = delivered(LocalDate.of(2026, 6, 1));
        assertThat(d.status()).isEqualTo("DELIVERED");
        String path = "/api/v1/public/dossiers/" + d.code() + "/evaluation?check=";

        HttpResponse<String> wrongCheck = postAnonymous(path + "1111", scores(2, 2, 2, 2, 2, 2, 2, 2, 2), "vi");
        assertThat(wrongCheck.statusCode()).isEqualTo(404);
        assertThat(storedEvaluations(d.code())).isZero();

        HttpResponse<String> ok = postAnonymous(path + CHECK, scores(2, 2, 1, 2, 2, 2, 1, 2, 2), "vi");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        JsonNode body = json(ok);
        assertThat(body.get("total").asInt()).isEqualTo(16);
        assertThat(body.get("channel").asString()).isEqualTo("PUBLIC");
        // evaluated after 1/7/2025: the provincial continuation of TT 01/2018, labelled as such
        assertThat(body.get("scheme").asString()).isEqualTo("TT01-2018-TINH");
        assertThat(body.get("schemeLabel").asString()).contains("tỉnh tiếp tục áp dụng");
        assertThat(auditEntries(d.code())).isEqualTo(1);

        HttpResponse<String> again = postAnonymous(path + CHECK, scores(0, 0, 0, 0, 0, 0, 0, 0, 0), "en");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("type").asString()).isEqualTo("/problems/dossier-evaluation-duplicate");
        assertThat(json(again).get("title").asString()).isEqualTo("The dossier was already evaluated");
        assertThat(storedEvaluations(d.code())).isEqualTo(1);
        assertThat(auditEntries(d.code())).isEqualTo(1);
        as(COUNTER);
        assertThat(evaluations.find(d.code()).orElseThrow().total()).isEqualTo(16);
    }

    @Test
    void theCounterOfficerEntersThePaperFormAndBadScoresAreRejectedWithNothingWritten() throws Exception {
        DossierView d = refusedAtReception(LocalDateTime.of(2026, 5, 4, 10, 0));
        assertThat(d.status()).isEqualTo("REFUSED_AT_RECEPTION");
        String path = "/api/v1/dossiers/" + d.code() + "/evaluation";
        var counter = user(users.loadUserByUsername(COUNTER));

        mvc.perform(post(path).with(counter).header("Accept-Language", "vi").contentType(MediaType.APPLICATION_JSON)
                .content(scores(2, 2, 2, 3, 2, 2, 2, 2, 2)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/dossier-evaluation-score-range"))
                .andExpect(jsonPath("$.title").value("Điểm đánh giá không hợp lệ"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Chỉ số 4")));
        mvc.perform(post(path).with(counter).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content(scores(2, 2, 2, 2, 2, 2, 2, 2)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/dossier-evaluation-indicator-missing"))
                .andExpect(jsonPath("$.detail").value("Please score indicator(s): 9."));
        mvc.perform(post(path).with(counter).contentType(MediaType.APPLICATION_JSON)
                .content(scores(2, 2, 2, 2, 2, 2, 2, -1, 2)))
                .andExpect(status().isBadRequest());
        mvc.perform(post(path).with(counter).contentType(MediaType.APPLICATION_JSON)
                .content("{\"scores\":{\"1\":2,\"2\":2,\"3\":2,\"4\":2,\"5\":2,\"6\":2,\"7\":2,\"8\":2,\"9\":2,\"10\":2}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/dossier-evaluation-unknown-indicator"));
        assertThat(storedEvaluations(d.code())).isZero();
        assertThat(auditEntries(d.code())).isZero();

        // a specialist is not the counter
        mvc.perform(post(path).with(user(users.loadUserByUsername(SPECIALIST)))
                .contentType(MediaType.APPLICATION_JSON).content(scores(2, 2, 2, 2, 2, 2, 2, 2, 2)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/dossier-evaluation-role"));

        mvc.perform(post(path).with(counter).contentType(MediaType.APPLICATION_JSON)
                .content(scores(1, 1, 1, 1, 1, 1, 1, 1, 1)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.total").value(9))
                .andExpect(jsonPath("$.channel").value("COUNTER"));
        assertThat(storedEvaluations(d.code())).isEqualTo(1);
        assertThat(auditEntries(d.code())).isEqualTo(1);
        mvc.perform(MockMvcRequestBuilders.get(path).with(counter)).andExpect(status().isOk()).andExpect(jsonPath("$.scores.9").value(1));
    }

    @Test
    void anUnfinishedDossierCannotBeEvaluated() throws Exception {
        DossierView d = received(LocalDateTime.of(2026, 5, 5, 9, 0));
        assertThat(d.status()).isEqualTo("RECEIVED");
        signOut();
        HttpResponse<String> citizen = postAnonymous("/api/v1/public/dossiers/" + d.code() + "/evaluation?check="
                + CHECK, scores(2, 2, 2, 2, 2, 2, 2, 2, 2), "vi");
        assertThat(citizen.statusCode()).isEqualTo(409);
        assertThat(json(citizen).get("type").asString()).isEqualTo("/problems/dossier-evaluation-not-finished");
        assertThat(json(citizen).get("title").asString()).isEqualTo("Hồ sơ chưa giải quyết xong");
        mvc.perform(post("/api/v1/dossiers/" + d.code() + "/evaluation").with(user(users.loadUserByUsername(COUNTER)))
                .contentType(MediaType.APPLICATION_JSON).content(scores(2, 2, 2, 2, 2, 2, 2, 2, 2)))
                .andExpect(status().isConflict());
        assertThat(storedEvaluations(d.code())).isZero();
        assertThat(auditEntries(d.code())).isZero();
    }

    @Test
    void bandsFollowTheConfiguredThresholdsAtTheirBoundaries() {
        for (LocalDate day : new LocalDate[] {LocalDate.of(2024, 3, 1), LocalDate.of(2026, 3, 1)}) {
            assertThat(evaluations.band(new BigDecimal("18"), day).orElseThrow().code()).isEqualTo("XUAT_SAC");
            assertThat(evaluations.band(new BigDecimal("15"), day).orElseThrow().code()).isEqualTo("XUAT_SAC");
            assertThat(evaluations.band(new BigDecimal("14.99"), day).orElseThrow().code()).isEqualTo("TOT");
            assertThat(evaluations.band(new BigDecimal("12"), day).orElseThrow().code()).isEqualTo("TOT");
            assertThat(evaluations.band(new BigDecimal("11.99"), day).orElseThrow().code()).isEqualTo("KHA");
            assertThat(evaluations.band(new BigDecimal("9"), day).orElseThrow().code()).isEqualTo("KHA");
            assertThat(evaluations.band(new BigDecimal("8.99"), day).orElseThrow().name()).isEqualTo("Trung bình");
            assertThat(evaluations.band(new BigDecimal("6"), day).orElseThrow().code()).isEqualTo("TRUNG_BINH");
            assertThat(evaluations.band(new BigDecimal("5.99"), day).orElseThrow().name()).isEqualTo("Yếu");
            assertThat(evaluations.band(BigDecimal.ZERO, day).orElseThrow().code()).isEqualTo("YEU");
        }
        // the regimes: TT 01/2018 itself until 30/6/2025, then the province's labelled continuation
        EvaluationScheme before = evaluations.scheme(LocalDate.of(2025, 6, 30));
        assertThat(before.code()).isEqualTo("TT01-2018");
        assertThat(before.provincial()).isFalse();
        assertThat(before.indicators()).hasSize(9);
        assertThat(before.maxTotal()).isEqualTo(18);
        EvaluationScheme after = evaluations.scheme(LocalDate.of(2025, 7, 1));
        assertThat(after.code()).isEqualTo("TT01-2018-TINH");
        assertThat(after.provincial()).isTrue();
        assertThat(after.indicators()).hasSize(9);
        assertThat(after.indicators().get(0).title()).startsWith("Tổng thời gian giải quyết thủ tục hành chính");
        // before TT 01/2018 took effect there is no scheme: nothing to evaluate against
        assertThatThrownBy(() -> evaluations.scheme(LocalDate.of(2018, 12, 1))).isInstanceOf(DomainException.class)
                .hasMessageContaining("dossier-evaluation-no-scheme");
    }

    @Test
    void anyoneCanReadTheSchemeInForceForTheForm() {
        HttpResponse<String> now = get("/api/v1/public/evaluation-scheme?date=2025-07-01");
        assertThat(now.statusCode()).isEqualTo(200);
        JsonNode scheme = json(now);
        assertThat(scheme.get("code").asString()).isEqualTo("TT01-2018-TINH");
        assertThat(scheme.get("provincial").asBoolean()).isTrue();
        assertThat(scheme.get("maxTotal").asInt()).isEqualTo(18);
        assertThat(scheme.get("indicators").get(2).get("score0").asString()).contains("hơn một lần");
        JsonNode before = json(get("/api/v1/public/evaluation-scheme?date=2025-06-30"));
        assertThat(before.get("code").asString()).isEqualTo("TT01-2018");
        assertThat(before.get("validTo").asString()).isEqualTo("2025-06-30");
    }

    @Test
    void theSummaryAveragesStoredEvaluationsAndIsScopedToTheAgency() throws Exception {
        // evaluations on a day no other test uses, entered at the counter with explicit times
        LocalDate day = LocalDate.of(2026, 2, 10);
        String a = refusedAtReception(LocalDateTime.of(2026, 2, 2, 9, 0)).code();
        String b = refusedAtReception(LocalDateTime.of(2026, 2, 2, 9, 30)).code();
        String c = refusedAtReception(LocalDateTime.of(2026, 2, 2, 10, 0)).code();
        as(COUNTER);
        evaluations.evaluateAtCounter(a, map(2, 2, 2, 2, 2, 2, 1, 1, 1), day.atTime(9, 0));   // 15
        evaluations.evaluateAtCounter(b, map(1, 2, 2, 2, 2, 2, 2, 1, 1), day.atTime(10, 0));  // 15
        signOut();

        String summary = "/api/v1/evaluations/summary?agency=" + HANDLING_AGENCY + "&from=" + day + "&to=" + day;
        var leader = user(users.loadUserByUsername(LEADER));
        mvc.perform(MockMvcRequestBuilders.get(summary).with(leader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.averageTotal").value(15.0))
                .andExpect(jsonPath("$.band.code").value("XUAT_SAC"))
                .andExpect(jsonPath("$.band.name").value("Xuất sắc"))
                .andExpect(jsonPath("$.indicators.length()").value(9))
                .andExpect(jsonPath("$.indicators[0].average").value(1.5))
                .andExpect(jsonPath("$.indicators[1].average").value(2.0));

        as(COUNTER);
        evaluations.evaluateAtCounter(c, map(2, 2, 2, 2, 2, 1, 1, 1, 1), day.atTime(11, 0));  // 14
        signOut();
        // (15 + 15 + 14) / 3 = 14.67: below 15 → tốt, even though it is shown rounded
        mvc.perform(MockMvcRequestBuilders.get(summary).with(leader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(3))
                .andExpect(jsonPath("$.averageTotal").value(14.67))
                .andExpect(jsonPath("$.band.code").value("TOT"));
        // the day before: nothing evaluated, no band
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/evaluations/summary?agency=" + HANDLING_AGENCY + "&from=2026-02-09&to=2026-02-09")
                .with(leader)).andExpect(status().isOk()).andExpect(jsonPath("$.count").value(0))
                .andExpect(jsonPath("$.band").doesNotExist());

        mvc.perform(MockMvcRequestBuilders.get(summary).with(user(users.loadUserByUsername(OTHER_COUNTER))))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/evaluations/summary?agency=" + HANDLING_AGENCY + "&from=2026-02-10&to=2026-02-01")
                .with(leader).header("Accept-Language", "en")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/dossier-evaluation-period"));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/evaluations/summary?agency=NOPE-1&from=2026-02-10&to=2026-02-10").with(leader))
                .andExpect(status().isNotFound());
        // the service says the same as the API
        as(OTHER_COUNTER);
        assertThatThrownBy(() -> evaluations.summary(HANDLING_AGENCY, day, day))
                .isInstanceOf(DomainException.class);
    }
}
