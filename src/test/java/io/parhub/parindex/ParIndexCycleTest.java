package io.parhub.parindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parhub.ApplicationTest;
import io.parhub.dossier.Applicant;
import io.parhub.dossier.DossierStatistics;
import io.parhub.dossier.Dossiers;
import io.parhub.dossier.Reception;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The cycle on the real database: the 2026 journey of the Department of Justice (self-assessment with evidence, late
 * submission, appraisal with a criterion sent back, explanation, lock, publication, no change afterwards), criteria
 * computed from dossier data, and the 2019 scenario of Sóc Trăng reproducing the publication table of seed 002.
 */
class ParIndexCycleTest extends ApplicationTest {

    @Autowired
    ComputedMetrics computedMetrics;

    @Autowired
    io.parhub.org.Agencies agencies;

    @Autowired
    io.parhub.feedback.Feedbacks feedbacks;

    static final String OFFICE = "cchc.snv";
    static final String FOCAL = "daumoi.stp";

    @Autowired
    UserDetailsService users;

    @Autowired
    ParIndexCycles cycles;

    @Autowired
    ParIndexResults results;

    @Autowired
    CriteriaSets sets;

    @Autowired
    DossierStatistics statistics;

    @Autowired
    Dossiers dossiers;

    @Autowired
    ProcedurePublications publications;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    static String type(Throwable e) {
        return ((DomainException) e).type();
    }

    private Scorecard.Line line(Scorecard card, String code) {
        return card.lines().stream().filter(l -> l.criterion().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aUnitSelfAssessesTheCouncilSendsOneBackTheUnitExplainsAndThePublishedResultIsLocked() {
        as(OFFICE);
        sets.copyYear(2025, 2026);
        Cycle cycle = cycles.open(new OpenCycle(2026, null, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 12, 31),
                Map.of(), List.of()));
        assertThat(cycle.status()).isEqualTo(CycleStatus.OPEN);
        Entry stp = results.entries(2026).stream().filter(e -> e.unitCode().equals("STP-92")).findFirst()
                .orElseThrow();
        Entry snv = results.entries(2026).stream().filter(e -> e.unitCode().equals("SNV-92")).findFirst()
                .orElseThrow();
        assertThat(stp.group()).isEqualTo(UnitGroup.DEPARTMENT);
        assertThat(results.entries(2026)).anyMatch(e -> e.group() == UnitGroup.COMMUNE);
        // the set in use is frozen: a change needs a new version
        long criterion111 = line(results.scorecard(stp.id()), "1.1.1").criterion().id();
        assertThat(sets.set(stp.setId()).frozen()).isTrue();
        assertThatThrownBy(() -> sets.edit(criterion111, "x", BigDecimal.ONE, null, null, CriterionSource.SELF, null,
                null, "thử")).satisfies(e -> assertThat(type(e)).isEqualTo("parindex-set-frozen"));

        // the focal point scores, attaches evidence and submits after the deadline: accepted, flagged late
        as(FOCAL);
        Scorecard card = results.scorecard(stp.id());
        Score s = line(card, "1.1.1").score();
        s = cycles.selfAssess(stp.id(), criterion111, BigDecimal.ONE, "Ban hành đúng hạn",
                "https://stp.cantho.gov.vn/ke-hoach-cchc-2026", s.version());
        Evidence ev = cycles.addEvidence(stp.id(), criterion111, "ke-hoach.pdf", "%PDF-1.4 kế hoạch".getBytes());
        assertThat(ev.sha256()).hasSize(64);
        assertThatThrownBy(() -> cycles.addEvidence(stp.id(), criterion111, "x.txt", "text".getBytes()))
                .satisfies(e -> assertThat(type(e)).isEqualTo("parindex-file-type"));
        long criterion12 = line(card, "1.2.1").criterion().id();
        cycles.selfAssess(stp.id(), criterion12, BigDecimal.ONE, null, null, line(card, "1.2.1").score().version());
        assertThatThrownBy(() -> cycles.selfAssess(stp.id(), criterion12, new BigDecimal("5"), null, null, 1))
                .satisfies(e -> assertThat(type(e)).isEqualTo("parindex-score-out-of-range"));
        // another unit's scorecard is not the focal point's to change
        long snvCriterion = line(results.scorecard(snv.id()), "1.1.1").criterion().id();
        assertThatThrownBy(() -> cycles.selfAssess(snv.id(), snvCriterion, BigDecimal.ONE, null, null, 0))
                .satisfies(e -> assertThat(type(e)).isEqualTo("parindex-forbidden"));
        Entry submitted = cycles.submit(stp.id(), results.entry(stp.id()).orElseThrow().version());
        assertThat(submitted.late()).isTrue();
        assertThatThrownBy(() -> cycles.appraise(stp.id(), criterion111, BigDecimal.ONE, null, false, 1))
                .satisfies(e -> assertThat(type(e)).isEqualTo("parindex-forbidden"));

        // the council appraises and sends 1.1.1 back
        as(OFFICE);
        cycle = cycles.advance(2026, CycleStatus.APPRAISAL, cycle.version());
        Score sent = cycles.appraise(stp.id(), criterion111, new BigDecimal("0.5"), "Kế hoạch ban hành chậm",
                true, results.scorecard(stp.id()).lines().stream().filter(l -> l.criterion().id() == criterion111)
                        .findFirst().orElseThrow().score().version());
        assertThat(sent.sentBack()).isTrue();
        cycle = cycles.advance(2026, CycleStatus.EXPLANATION, cycle.version());

        // round 2: the unit explains
        as(FOCAL);
        Score explained = cycles.explain(stp.id(), criterion111, "Kế hoạch ban hành ngày 10/01, đúng hạn",
                null, "https://stp.cantho.gov.vn/qd-10-01", sent.version());
        assertThat(explained.explanation()).contains("đúng hạn");
        as(OFFICE);
        Score fixed = cycles.appraise(stp.id(), criterion111, BigDecimal.ONE, "Chấp nhận giải trình", false,
                explained.version());
        cycle = cycles.advance(2026, CycleStatus.LOCKED, cycle.version());
        Scorecard locked = results.scorecard(stp.id());
        assertThat(line(locked, "1.1.1").score().finalScore()).isEqualByComparingTo("1");
        assertThat(locked.areas().get(0).gap()).isEqualByComparingTo(locked.areas().get(0).max()
                .subtract(locked.areas().get(0).score()));
        assertThat(locked.total()).isEqualByComparingTo(locked.areas().stream().map(Scorecard.Area::score)
                .reduce(BigDecimal.ZERO, BigDecimal::add));

        // not public before publication, public after; no change once locked or published
        assertThat(get("/api/v1/par-index/2026/ranking").statusCode()).isEqualTo(404);
        cycles.advance(2026, CycleStatus.PUBLISHED, cycle.version());
        HttpResponse<String> published = get("/api/v1/par-index/2026/ranking");
        assertThat(published.statusCode()).isEqualTo(200);
        var row = json(published).valueStream().filter(n -> n.get("unitCode").asString().equals("STP-92"))
                .findFirst().orElseThrow();
        assertThat(row.propertyNames()).containsExactlyInAnyOrder("unitCode", "unitName", "group", "score",
                "maxScore", "percent", "band", "rank");
        assertThatThrownBy(() -> cycles.appraise(stp.id(), criterion111, BigDecimal.ZERO, "sửa", false,
                fixed.version() + 1)).satisfies(e -> {
                    assertThat(type(e)).isEqualTo("parindex-cycle-locked");
                    assertThat(((DomainException) e).status().value()).isEqualTo(409);
                });
        as(FOCAL);
        assertThatThrownBy(() -> cycles.addEvidence(stp.id(), criterion111, "a.pdf", "%PDF-1.4".getBytes()))
                .satisfies(e -> assertThat(type(e)).isEqualTo("parindex-cycle-locked"));
    }

    @Test
    void computedCriteriaTakeTheirPointsFromTheDossierStatisticsOfTheUnitAndYear() {
        String procedure = procedure();
        as("motcua.ttpvhcc");
        dossiers.receive(new Reception(procedure, Channel.COUNTER, "STP-92", new Applicant("Nguyễn Văn An",
                "094123456789", "0901234567", "Phường Phú Lợi, Cần Thơ"), List.of("Tờ khai"), List.of(), null),
                LocalDateTime.of(2025, 9, 3, 9, 0), null);
        as(OFFICE);
        cycles.open(new OpenCycle(2025, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 15), null, Map.of(),
                List.of()));
        Entry stp = results.entries(2025).stream().filter(e -> e.unitCode().equals("STP-92")).findFirst()
                .orElseThrow();
        cycles.advance(2025, CycleStatus.APPRAISAL, results.cycle(2025).orElseThrow().version());
        cycles.advance(2025, CycleStatus.LOCKED, results.cycle(2025).orElseThrow().version());
        var figures = statistics.report(new DossierStatistics.Query("STP-92", null, null, null, null,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), DossierStatistics.GroupBy.NONE, null)).total();
        assertThat(figures.onlineRate()).isNotNull();
        Scorecard card = results.scorecard(stp.id());
        Scorecard.Line online = line(card, "7.2");
        assertThat(online.criterion().formula()).contains("tỷ lệ hồ sơ");
        BigDecimal expected = new BigDecimal("4").multiply(BigDecimal.valueOf(figures.onlineRate()))
                .divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP);
        assertThat(online.score().finalScore()).isEqualByComparingTo(expected);
        assertThat(online.score().selfComment()).contains("DOSSIER_ONLINE_SHARE");
        Scorecard.Line onTime = line(card, "3.2");
        if (figures.onTimeRate() == null) {
            assertThat(onTime.score().finalScore()).isEqualByComparingTo("0");
        } else {
            assertThat(onTime.score().finalScore()).isEqualByComparingTo(new BigDecimal("6")
                    .multiply(BigDecimal.valueOf(figures.onTimeRate())).divide(new BigDecimal("100"), 2,
                            RoundingMode.HALF_UP));
        }
    }

    private String procedure() {
        String code = "T14." + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        ProcedureContent content = new ProcedureContent("Thủ tục thử Chỉ số CCHC " + code, "Lĩnh vực thử",
                List.of(ProcedureLevel.PROVINCE), "Sở Tư pháp", "Trung tâm Phục vụ hành chính công",
                List.of("Bước 1"), List.of(new DossierComponent("Tờ khai", 1, 0, null)),
                ProcessingTime.of(5, TimeUnit.WORKING_DAYS), List.of(), null, "Giấy chứng nhận", null,
                List.of("61/2018/NĐ-CP"), OnlineMode.PARTIAL, null,
                List.of(Channel.COUNTER, Channel.ONLINE, Channel.POST), List.of(), null, null);
        LocalDate from = LocalDate.of(2024, 1, 1);
        publications.publish(new PublicationDecision(ThreadLocalRandom.current().nextInt(100_000, 999_999)
                + "/QĐ-UBND-PARINDEX", from.minusDays(5), "Chủ tịch UBND tỉnh thử", from, "UBND tỉnh thử", null,
                List.of(ProcedureChange.added(code, content))), "test");
        return code;
    }

    @Test
    void plansIssuedOnTimeAndFeedbackAnsweredOnTimeAreComputedToo() {
        // the demo requires STP-92 to issue its 2026 plan by 31/1/2026 and it has not: 0; no obligation: no figure
        assertThat(computedMetrics.rate(ComputedMetrics.PLAN_ON_TIME, "STP-92", 2026))
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0"));
        assertThat(computedMetrics.rate(ComputedMetrics.PLAN_ON_TIME, "UBND-92", 2026)).isEmpty();
        // feedback: the agency's own and its subtree's, answered by the due day out of those due in the year
        as("cchc.snv");
        java.util.List<Long> ids = agencies.all(LocalDate.of(2026, 12, 31)).stream()
                .filter(a -> agencies.isWithin(a.id(), agencies.byCode("STP-92", LocalDate.of(2026, 12, 31))
                        .orElseThrow().id())).map(io.parhub.org.Agency::id).toList();
        assertThat(computedMetrics.rate(ComputedMetrics.FEEDBACK_ON_TIME, "STP-92", 2026)).isEqualTo(feedbacks
                .answerTimeliness(ids, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.now()).rate());
        assertThat(ComputedMetrics.ALL).contains(ComputedMetrics.PLAN_ON_TIME, ComputedMetrics.FEEDBACK_ON_TIME);
    }

    @Test
    void aYearThatHasNotBegunHasNoComputedFigureSoTheCouncilEntersTheScore() {
        int next = LocalDate.now().getYear() + 1;
        assertThat(computedMetrics.rate(ComputedMetrics.ON_TIME, "STP-92", next)).isEmpty();
        assertThat(computedMetrics.rate(ComputedMetrics.ONLINE, "STP-92", next)).isEmpty();
    }

}
