package io.parhub.dossier.serviceindex;

import io.parhub.ApplicationTest;
import io.parhub.dossier.ActionInput;
import io.parhub.dossier.Applicant;
import io.parhub.dossier.DossierAction;
import io.parhub.dossier.DossierView;
import io.parhub.dossier.Dossiers;
import io.parhub.dossier.Reception;
import io.parhub.dossier.ServiceIndex;
import io.parhub.dossier.ServiceIndex.Group;
import io.parhub.dossier.ServiceIndex.IndicatorScore;
import io.parhub.dossier.ServiceIndex.Metric;
import io.parhub.dossier.ServiceIndex.Period;
import io.parhub.dossier.evaluation.DossierEvaluations;
import io.parhub.procedure.Channel;
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.ProcedureChange;
import io.parhub.procedure.ProcedureContent;
import io.parhub.procedure.ProcedureLevel;
import io.parhub.procedure.ProcedurePublications;
import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.PublicationDecision;
import io.parhub.procedure.TimeUnit;
import io.parhub.shared.DomainException;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The QĐ 766 service index computed from real dossiers. Each test creates its own procedure and asks the index for
 * that procedure only (the drill-down filter), so other tests' dossiers in the shared database do not disturb it.
 */
class ServiceIndexTest extends ApplicationTest {

    static final String COUNTER = "motcua.ttpvhcc";
    static final String SPECIALIST = "chuyenvien.stp";
    static final String LEADER = "lanhdao.stp";
    static final List<String> COMPONENTS = List.of("Tờ khai", "Bản sao giấy khai sinh");

    @Autowired
    ServiceIndex index;

    @Autowired
    IndicatorSets sets;

    @Autowired
    ProcedurePublications publications;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierEvaluations evaluations;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    // ---- the configuration

    @Test
    void theShippedIndicatorSetAddsUpTo100AndEveryIndicatorIsDocumented() throws Exception {
        IndicatorSet set = sets.on(LocalDate.of(2026, 1, 1)).orElseThrow();
        assertThat(set.code()).isEqualTo("QD766-2022");
        assertThat(set.validFrom()).isEqualTo(LocalDate.of(2022, 6, 23));
        assertThat(sets.on(LocalDate.of(2022, 6, 22))).isEmpty();
        assertThat(set.indicators().stream().mapToDouble(IndicatorSet.Indicator::points).sum()).isEqualTo(100.0);
        for (Group g : Group.values()) {
            assertThat(set.indicators().stream().filter(i -> i.group() == g)
                    .mapToDouble(IndicatorSet.Indicator::points).sum()).as(g.name()).isEqualTo(g.max());
        }
        assertThat(set.indicators()).extracting(IndicatorSet.Indicator::metric)
                .contains(Metric.ONLINE_PAYMENT_RATE, Metric.ON_TIME_RATE, Metric.EVALUATION_AVERAGE);
        String doc = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs/service-index.md")),
                StandardCharsets.UTF_8);
        for (IndicatorSet.Indicator i : set.indicators()) {
            assertThat(doc).as("docs/service-index.md documents " + i.code()).contains(i.code())
                    .contains(i.metric().name());
        }
    }

    @Test
    void aBrokenIndicatorSetIsRefusedWithAClearMessage() throws Exception {
        String good;
        try (var in = new ClassPathResource("seed/service-index/qd766-2022.yml").getInputStream()) {
            good = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(parse(good).indicators()).hasSize(12);
        // a group maximum other than the decision's
        assertThatThrownBy(() -> parse(good.replace("TRANSPARENCY: 18", "TRANSPARENCY: 20")))
                .isInstanceOf(IndicatorSet.Invalid.class).hasMessageContaining("group TRANSPARENCY must have 18");
        // indicators of a group that do not fill it
        assertThatThrownBy(() -> parse(good.replace("points: 12", "points: 11")))
                .isInstanceOf(IndicatorSet.Invalid.class)
                .hasMessageContaining("the indicators of PROGRESS add up to 19.0, not 20");
        assertThatThrownBy(() -> parse(good.replace("metric: ON_TIME_RATE", "metric: SPEED")))
                .isInstanceOf(IndicatorSet.Invalid.class).hasMessageContaining("unknown metric SPEED");
        assertThatThrownBy(() -> parse(good.replace("code: TD-2", "code: TD-1")))
                .isInstanceOf(IndicatorSet.Invalid.class).hasMessageContaining("TD-1 appears twice");
    }

    @Test
    void aThresholdRuleGivesTheShareOfTheHighestStepReached() {
        IndicatorSet.Rule rule = sets.on(LocalDate.of(2026, 1, 1)).orElseThrow().indicators().stream()
                .filter(i -> i.metric() == Metric.FULL_ONLINE_PROCEDURE_RATE).findFirst().orElseThrow().rule();
        assertThat(rule.share(0.85)).isEqualTo(1.0);
        assertThat(rule.share(0.80)).isEqualTo(1.0);
        assertThat(rule.share(0.60)).isEqualTo(0.5);
        assertThat(rule.share(0.49)).isEqualTo(0.0);
        assertThat(rule.describe()).isEqualTo("thresholds 80%:1, 50%:0.5");
    }

    // ---- computation

    @Test
    void anOnTimeDossierAndALateOneGiveTheProgressPointsOfTheFormula() {
        String p = procedure(OnlineMode.PARTIAL);
        // Mon 1/6/2026, 5 working days → due Mon 8/6; resolved Wed 3/6: on time
        resolve(receive(p, LocalDateTime.of(2026, 6, 1, 9, 0)), LocalDateTime.of(2026, 6, 3, 9, 0));
        ServiceIndex.Result one = month(p, LocalDate.of(2026, 6, 15));
        assertThat(indicator(one, Metric.ON_TIME_RATE).value()).isEqualTo(100.0);
        assertThat(indicator(one, Metric.ON_TIME_RATE).points()).isEqualTo(12.0);
        assertThat(group(one, Group.PROGRESS)).isEqualTo(20.0);

        // Mon 8/6 → due Mon 15/6; resolved Wed 17/6: late
        resolve(receive(p, LocalDateTime.of(2026, 6, 8, 9, 0)), LocalDateTime.of(2026, 6, 17, 9, 0));
        ServiceIndex.Result two = month(p, LocalDate.of(2026, 6, 15));
        IndicatorScore onTime = indicator(two, Metric.ON_TIME_RATE);
        assertThat(onTime.numerator()).isEqualTo(1);
        assertThat(onTime.denominator()).isEqualTo(2);
        assertThat(onTime.value()).isEqualTo(50.0);
        // points = 12 × 50 %
        assertThat(onTime.points()).isEqualTo(6.0);
        assertThat(group(two, Group.PROGRESS)).isEqualTo(6.0 + 5.0 + 3.0);
        assertThat(two.total()).isEqualTo(two.indicators().stream().mapToDouble(IndicatorScore::points).sum(),
                org.assertj.core.data.Offset.offset(0.001));
        // the agency that handled them is ranked with the same figures
        assertThat(two.ranking()).singleElement().satisfies(a -> {
            assertThat(a.agencyCode()).isEqualTo("STP-92");
            assertThat(a.rank()).isEqualTo(1);
            assertThat(a.dossiers()).isEqualTo(2);
            assertThat(a.total()).isEqualTo(two.total());
        });
    }

    @Test
    void onlineSubmissionsAndEvaluationsMoveTheirIndicators() {
        String p = procedure(OnlineMode.FULL);
        LocalDate day = LocalDate.of(2026, 7, 7); // a Tuesday
        receive(p, day.atTime(9, 0));
        ServiceIndex.Result counterOnly = week(p, day);
        assertThat(indicator(counterOnly, Metric.ONLINE_DOSSIER_RATE).value()).isEqualTo(0.0);
        assertThat(indicator(counterOnly, Metric.FULL_ONLINE_PROCEDURE_RATE).points()).isEqualTo(6.0);
        assertThat(indicator(counterOnly, Metric.EVALUATION_AVERAGE).value()).isNull();
        assertThat(indicator(counterOnly, Metric.EVALUATION_AVERAGE).points()).isZero();

        as(COUNTER);
        Reception online = new Reception(p, Channel.ONLINE, "STP-92", new Applicant("Lê Văn Cường", null,
                "0904444444", null), COMPONENTS, List.of(), null);
        DossierView submitted = dossiers.submitOnline(online, "TTPVHCC-92", day.atTime(7, 0), "si-" + System.nanoTime())
                .dossier();
        dossiers.act(submitted.code(), DossierAction.ACCEPT, ActionInput.of(submitted.version()), day.atTime(10, 0));
        ServiceIndex.Result half = week(p, day);
        IndicatorScore share = indicator(half, Metric.ONLINE_DOSSIER_RATE);
        assertThat(share.numerator()).isEqualTo(1);
        assertThat(share.denominator()).isEqualTo(2);
        assertThat(share.points()).isEqualTo(5.0);

        // a dossier refused at reception, evaluated 15/18 and 12/18 at the counter → average 13.5
        as(COUNTER);
        DossierView refused = dossiers.receive(new Reception(p, Channel.COUNTER, "STP-92", applicant(), List.of(),
                List.of("Không thuộc thẩm quyền"), null), day.atTime(11, 0), null).dossier();
        DossierView refused2 = dossiers.receive(new Reception(p, Channel.COUNTER, "STP-92", applicant(), List.of(),
                List.of("Không thuộc thẩm quyền"), null), day.atTime(11, 5), null).dossier();
        evaluations.evaluateAtCounter(refused.code(), scores(2, 2, 2, 2, 2, 2, 1, 1, 1), day.atTime(14, 0));
        evaluations.evaluateAtCounter(refused2.code(), scores(2, 2, 2, 1, 1, 1, 1, 1, 1), day.atTime(15, 0));
        IndicatorScore satisfaction = indicator(week(p, day), Metric.EVALUATION_AVERAGE);
        assertThat(satisfaction.denominator()).isEqualTo(2);
        assertThat(satisfaction.value()).isEqualTo(13.5);
        // 18 × 27/36
        assertThat(satisfaction.points()).isEqualTo(13.5);
        // the week before knows nothing of them
        assertThat(indicator(week(p, day.minusWeeks(1)), Metric.EVALUATION_AVERAGE).denominator()).isZero();
    }

    @Test
    void whatParhubDoesNotRecordIsReportedAsNotMeasuredAndScoresZero() {
        String p = procedure(OnlineMode.PARTIAL);
        receive(p, LocalDateTime.of(2026, 8, 3, 9, 0));
        ServiceIndex.Result r = month(p, LocalDate.of(2026, 8, 3));
        IndicatorScore payment = indicator(r, Metric.ONLINE_PAYMENT_RATE);
        assertThat(payment.measured()).isFalse();
        assertThat(payment.value()).isNull();
        assertThat(payment.points()).isZero();
        assertThat(payment.maxPoints()).isEqualTo(6.0);
        assertThat(indicator(r, Metric.DATA_REUSE_RATE).measured()).isFalse();
        boolean outbox = jdbc.sql("select to_regclass('dossier_portal_outbox') is not null").query(Boolean.class)
                .single();
        assertThat(indicator(r, Metric.PORTAL_SYNC_RATE).measured()).isEqualTo(outbox);
        double unmeasured = r.indicators().stream().filter(i -> !i.measured()).mapToDouble(IndicatorScore::maxPoints)
                .sum();
        assertThat(r.measurableMax()).isEqualTo(100 - unmeasured);
        assertThat(r.groups()).extracting(ServiceIndex.GroupScore::max).containsExactly(18, 20, 22, 22, 18);
        assertThat(r.groups().stream().filter(g -> g.group() == Group.ONLINE).findFirst().orElseThrow()
                .measurableMax()).isEqualTo(16.0);
    }

    @Test
    void weeksAndMonthsHaveTheirBoundariesAndTheHistoryStepsBackOnePeriodAtATime() {
        // Thursday 19/11/2026 lies in the ISO week Mon 16/11 – Sun 22/11
        assertThat(ServiceIndexService.period(Period.WEEK, LocalDate.of(2026, 11, 19)))
                .containsExactly(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22));
        assertThat(ServiceIndexService.period(Period.WEEK, LocalDate.of(2026, 11, 16)))
                .containsExactly(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22));
        assertThat(ServiceIndexService.period(Period.WEEK, LocalDate.of(2026, 11, 22)))
                .containsExactly(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22));
        // a week across the new year
        assertThat(ServiceIndexService.period(Period.WEEK, LocalDate.of(2026, 1, 1)))
                .containsExactly(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 4));
        assertThat(ServiceIndexService.period(Period.MONTH, LocalDate.of(2024, 2, 10)))
                .containsExactly(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));

        String p = procedure(OnlineMode.PARTIAL);
        // on time in January, late in March (due Mon 9/3, resolved Thu 12/3)
        resolve(receive(p, LocalDateTime.of(2026, 1, 5, 9, 0)), LocalDateTime.of(2026, 1, 6, 9, 0));
        resolve(receive(p, LocalDateTime.of(2026, 3, 2, 9, 0)), LocalDateTime.of(2026, 3, 12, 9, 0));
        ServiceIndex.History months = index.history(new ServiceIndex.Request(null, Period.MONTH,
                LocalDate.of(2026, 3, 20), p), 3);
        assertThat(months.points()).extracting(ServiceIndex.HistoryPoint::from).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));
        assertThat(months.points()).extracting(ServiceIndex.HistoryPoint::to).containsExactly(
                LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31));
        // each point is the index of its own period
        for (ServiceIndex.HistoryPoint h : months.points()) {
            assertThat(h.total()).isEqualTo(month(p, h.from()).total());
        }
        assertThat(progress(months.points().get(0))).isEqualTo(20.0);
        assertThat(progress(months.points().get(2))).isEqualTo(0.0 + 5.0 + 3.0);

        ServiceIndex.History weeks = index.history(new ServiceIndex.Request(null, Period.WEEK,
                LocalDate.of(2026, 3, 12), p), 2);
        assertThat(weeks.points()).extracting(ServiceIndex.HistoryPoint::from).containsExactly(
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9));
        // the first indicator set starts 23/6/2022: earlier months have no index
        assertThat(index.history(new ServiceIndex.Request(null, Period.MONTH, LocalDate.of(2022, 7, 1), p), 3)
                .points()).extracting(ServiceIndex.HistoryPoint::from)
                .containsExactly(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 7, 1));
        assertThatThrownBy(() -> index.history(new ServiceIndex.Request(null, Period.MONTH, null, p), 0))
                .isInstanceOf(DomainException.class).hasMessageContaining("service-index-count");
        assertThatThrownBy(() -> index.compute(new ServiceIndex.Request(null, Period.MONTH,
                LocalDate.now().plusYears(1), p))).isInstanceOf(DomainException.class)
                .hasMessageContaining("service-index-future");
    }

    @Test
    void actingOnADossierChangesTheIndexAtOnce() {
        String p = procedure(OnlineMode.PARTIAL);
        DossierView d = receive(p, LocalDateTime.of(2026, 9, 7, 9, 0));
        ServiceIndex.Result before = month(p, LocalDate.of(2026, 9, 7));
        assertThat(indicator(before, Metric.ON_TIME_RATE).denominator()).isZero();
        assertThat(indicator(before, Metric.DIGITISED_RESULT_RATE).denominator()).isZero();
        resolve(d, LocalDateTime.of(2026, 9, 8, 9, 0));
        ServiceIndex.Result after = month(p, LocalDate.of(2026, 9, 7));
        assertThat(indicator(after, Metric.ON_TIME_RATE).points()).isEqualTo(12.0);
        assertThat(indicator(after, Metric.DIGITISED_RESULT_RATE).numerator()).isZero();
        assertThat(indicator(after, Metric.DIGITISED_RESULT_RATE).denominator()).isEqualTo(1);
        assertThat(after.total()).isGreaterThan(before.total());
        // a result file attached afterwards counts at once too
        jdbc.sql("""
                insert into dossier_file (dossier_id, dossier_code, component_name, original_name, content_type,
                    size_bytes, sha256, bytes, uploaded_at, uploaded_by, kind)
                select id, code, '', 'ketqua.pdf', 'application/pdf', 9, :sha, :bytes, timestamptz '2026-09-08 08:00+07',
                    'test', 'RESULT' from dossier where code = :code""")
                .param("sha", Long.toHexString(System.nanoTime())).param("bytes", "%PDF-1.7\n".getBytes(
                        StandardCharsets.US_ASCII)).param("code", d.code()).update();
        assertThat(indicator(month(p, LocalDate.of(2026, 9, 7)), Metric.DIGITISED_RESULT_RATE).points())
                .isEqualTo(8.0);
    }

    // ---- API and page

    @Test
    void theApiGivesTheIndexAndItsHistoryAsOpenData() throws Exception {
        String p = procedure(OnlineMode.PARTIAL);
        resolve(receive(p, LocalDateTime.of(2026, 10, 5, 9, 0)), LocalDateTime.of(2026, 10, 6, 9, 0));
        HttpResponse<String> ok = get("/api/v1/stats/service-index?unit=STP-92&period=week&date=2026-10-07"
                + "&procedure=" + p);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        JsonNode body = json(ok);
        assertThat(body.get("unit").asString()).isEqualTo("STP-92");
        assertThat(body.get("period").asString()).isEqualTo("WEEK");
        assertThat(body.get("from").asString()).isEqualTo("2026-10-05");
        assertThat(body.get("to").asString()).isEqualTo("2026-10-11");
        assertThat(body.get("indicatorSet").asString()).isEqualTo("QD766-2022");
        assertThat(body.get("groups")).hasSize(5);
        assertThat(body.get("indicators")).hasSize(12);
        JsonNode first = body.get("indicators").get(0);
        for (String field : List.of("code", "group", "name", "nameEn", "metric", "maxPoints", "rule", "measured",
                "value", "numerator", "denominator", "points")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(body.get("ranking").get(0).get("agencyCode").asString()).isEqualTo("STP-92");
        assertThat(body.get("total").asDouble()).isEqualTo(body.get("ranking").get(0).get("total").asDouble());

        HttpResponse<String> history = get("/api/v1/stats/service-index/history?unit=STP-92&period=month"
                + "&date=2026-10-07&count=4&procedure=" + p);
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        JsonNode points = json(history).get("points");
        assertThat(points).hasSize(4);
        assertThat(points.get(3).get("from").asString()).isEqualTo("2026-10-01");
        assertThat(points.get(3).get("total").asDouble()).isEqualTo(
                json(get("/api/v1/stats/service-index?unit=STP-92&period=month&date=2026-10-07&procedure=" + p))
                        .get("total").asDouble());

        // another agency's subtree knows nothing of these dossiers
        JsonNode other = json(get("/api/v1/stats/service-index?unit=SNV-92&period=week&date=2026-10-07&procedure="
                + p));
        assertThat(other.get("ranking")).isEmpty();
        assertThat(other.get("indicators").get(2).get("denominator").asLong()).isZero();
        assertThat(json(get("/api/v1/stats/service-index?unit=NO-SUCH-UNIT")).get("type").asString())
                .isEqualTo("/problems/stats-unknown-unit");

        HttpResponse<String> bad = get("/api/v1/stats/service-index?period=year", "en");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("type").asString()).isEqualTo("/problems/service-index-period");
    }

    @Test
    void thePublicPageShowsTheIndexTheRankingAndTheHistory() throws Exception {
        String p = procedure(OnlineMode.PARTIAL);
        resolve(receive(p, LocalDateTime.of(2026, 10, 12, 9, 0)), LocalDateTime.of(2026, 10, 13, 9, 0));
        HttpResponse<String> anonymous = get("/service-index?period=week&date=2026-10-14");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("id=\"si-total\"", "id=\"si-ranking\"", "id=\"si-chart\"",
                "<polyline", "Chưa đo", "Tiến độ, kết quả giải quyết", "STP-92");
        mvc.perform(MockMvcRequestBuilders.get("/service-index").param("unit", "STP-92").param("period", "month")
                        .param("date", "2026-10-14").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Not measured")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Month by month")));
        assertThat(get("/").body()).contains("href=\"/service-index\"");
    }

    // ---- helpers

    private ServiceIndex.Result month(String procedure, LocalDate day) {
        return index.compute(new ServiceIndex.Request(null, Period.MONTH, day, procedure));
    }

    private ServiceIndex.Result week(String procedure, LocalDate day) {
        return index.compute(new ServiceIndex.Request(null, Period.WEEK, day, procedure));
    }

    private static IndicatorScore indicator(ServiceIndex.Result r, Metric metric) {
        return r.indicators().stream().filter(i -> i.metric() == metric).findFirst().orElseThrow();
    }

    private static double group(ServiceIndex.Result r, Group group) {
        return r.groups().stream().filter(g -> g.group() == group).findFirst().orElseThrow().points();
    }

    private static double progress(ServiceIndex.HistoryPoint h) {
        return h.groups().stream().filter(g -> g.group() == Group.PROGRESS).findFirst().orElseThrow().points();
    }

    private static IndicatorSet parse(String yaml) {
        return IndicatorSet.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml");
    }

    private static Map<Integer, Integer> scores(int... values) {
        Map<Integer, Integer> scores = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            scores.put(i + 1, values[i]);
        }
        return scores;
    }

    private static Applicant applicant() {
        return new Applicant("Nguyễn Văn An", "094123456789", "0901234567", "Phường Phú Lợi, Cần Thơ");
    }

    /** A new procedure in force from 2024-01-01, 5 working days, with the given online mode. */
    private String procedure(OnlineMode mode) {
        String code = "T6." + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        ProcedureContent content = new ProcedureContent("Thủ tục thử chỉ số " + code, "Lĩnh vực thử",
                List.of(ProcedureLevel.PROVINCE), "Sở Tư pháp", "Trung tâm Phục vụ hành chính công",
                List.of("Bước 1"), COMPONENTS.stream().map(n -> new DossierComponent(n, 1, 0, null)).toList(),
                ProcessingTime.of(5, TimeUnit.WORKING_DAYS), List.of(), null, "Giấy chứng nhận", null,
                List.of("61/2018/NĐ-CP"), mode, null, List.of(Channel.COUNTER, Channel.ONLINE, Channel.POST),
                List.of(), null, null);
        LocalDate from = LocalDate.of(2024, 1, 1);
        publications.publish(new PublicationDecision(ThreadLocalRandom.current().nextInt(100_000, 999_999)
                + "/QĐ-UBND-SI", from.minusDays(5), "Chủ tịch UBND tỉnh thử", from, "UBND tỉnh thử", null,
                List.of(ProcedureChange.added(code, content))), "test");
        return code;
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private DossierView receive(String procedure, LocalDateTime at) {
        as(COUNTER);
        return dossiers.receive(new Reception(procedure, Channel.COUNTER, "STP-92", applicant(), COMPONENTS,
                List.of(), null), at, null).dossier();
    }

    /** Forwarded the same day, approved at {@code at}: resolved. */
    private DossierView resolve(DossierView d, LocalDateTime at) {
        as(SPECIALIST);
        d = dossiers.act(d.code(), DossierAction.FORWARD, ActionInput.of(d.version()), at.minusMinutes(30));
        as(LEADER);
        return dossiers.act(d.code(), DossierAction.APPROVE, ActionInput.of(d.version()), at);
    }
}
