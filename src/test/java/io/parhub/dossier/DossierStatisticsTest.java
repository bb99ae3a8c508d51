package io.parhub.dossier;

import io.parhub.dossier.DossierStatistics.GroupBy;
import io.parhub.dossier.DossierStatistics.Query;
import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Statistics from the dossiers: period edges (pending at the end of one period = carried over into the next) and the
 * sums as properties over random histories. Each test counts only its own new procedure, so other tests' dossiers in
 * the shared database do not disturb it.
 */
class DossierStatisticsTest extends DossierTestSupport {

    @Autowired
    DossierStatistics statistics;

    Figures figures(String procedure, LocalDate from, LocalDate to) {
        return statistics.report(new Query(null, null, procedure, null, null, from, to, GroupBy.NONE, null)).total();
    }

    static void assertSumsHold(Figures f) {
        assertThat(f.received()).isEqualTo(f.carriedOver() + f.newTotal());
        assertThat(f.received()).isEqualTo(f.resolved() + f.withdrawn() + f.refused() + f.suspended() + f.pending());
        assertThat(f.resolved()).isEqualTo(f.resolvedOnTime() + f.resolvedLate());
        assertThat(f.pending()).isEqualTo(f.pendingNotDue() + f.pendingOverdue());
    }

    @Test
    void aDossierReceivedInOneMonthAndResolvedInTheNextIsPendingThenCarriedOver() {
        String p = procedure(5);
        // Mon 30/3/2026 → due Mon 6/4
        DossierView d = receive(p, LocalDateTime.of(2026, 3, 30, 9, 0));
        d = act(SPECIALIST, d, DossierAction.FORWARD, LocalDateTime.of(2026, 3, 31, 9, 0));
        d = act(LEADER, d, DossierAction.APPROVE, LocalDateTime.of(2026, 4, 2, 9, 0));

        Figures march = figures(p, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(march.newCounter()).isEqualTo(1);
        assertThat(march.carriedOver()).isZero();
        assertThat(march.resolved()).isZero();
        assertThat(march.pendingNotDue()).isEqualTo(1);
        Figures april = figures(p, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
        assertThat(april.carriedOver()).isEqualTo(1);
        assertThat(april.newTotal()).isZero();
        assertThat(april.resolvedOnTime()).isEqualTo(1);
        assertThat(april.pending()).isZero();
        // the two months together: one new, one resolved on time
        Figures both = figures(p, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30));
        assertThat(both.newTotal()).isEqualTo(1);
        assertThat(both.resolvedOnTime()).isEqualTo(1);
        assertThat(both.averageDays()).isEqualTo(3.0);
    }

    @Test
    void overdueAtTheEndOfAPeriodIsLateWhenResolvedAndAPausedClockIsNeverOverdue() {
        String p = procedure(2);
        // Mon 4/5/2026, 2 working days → due Wed 6/5
        DossierView late = receive(p, LocalDateTime.of(2026, 5, 4, 9, 0));
        DossierView paused = receive(p, LocalDateTime.of(2026, 5, 4, 10, 0));
        paused = act(SPECIALIST, paused.code(), DossierAction.REQUEST_SUPPLEMENT, new ActionInput(paused.version(),
                null, List.of("Tờ khai"), null, null), LocalDateTime.of(2026, 5, 5, 9, 0));
        Figures firstWeek = figures(p, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 8));
        assertThat(firstWeek.pendingOverdue()).isEqualTo(1);
        assertThat(firstWeek.pendingNotDue()).isEqualTo(1);
        assertThat(firstWeek.supplementRequested()).isEqualTo(1);

        late = act(SPECIALIST, late, DossierAction.FORWARD, LocalDateTime.of(2026, 5, 11, 8, 0));
        late = act(LEADER, late, DossierAction.APPROVE, LocalDateTime.of(2026, 5, 11, 9, 0));
        Figures may = figures(p, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));
        assertThat(may.resolvedLate()).isEqualTo(1);
        assertThat(may.onTimeRate()).isEqualTo(0.0);
        // the earlier week is unchanged by what happened after it
        assertThat(figures(p, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 8))).isEqualTo(firstWeek);

        as(SPECIALIST);
        List<DossierStatistics.LateDossier> lateOnes = statistics.lateDossiers(new Query(null, null, p, null, null,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), GroupBy.NONE, null), 50);
        assertThat(lateOnes).extracting(DossierStatistics.LateDossier::code).containsExactly(late.code());
    }

    @Test
    void figuresTakenAsOfAnEarlierMomentIgnoreWhatHappenedAfterIt() {
        String p = procedure(5);
        DossierView d = receive(p, LocalDateTime.of(2026, 6, 1, 9, 0));
        act(LEADER, act(SPECIALIST, d, DossierAction.FORWARD, LocalDateTime.of(2026, 6, 1, 10, 0)),
                DossierAction.APPROVE, LocalDateTime.of(2026, 6, 3, 9, 0));
        Figures before = statistics.report(new Query(null, null, p, null, null, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 30), GroupBy.NONE, LocalDateTime.of(2026, 6, 2, 12, 0))).total();
        assertThat(before.pendingNotDue()).isEqualTo(1);
        assertThat(before.resolved()).isZero();
        assertThat(figures(p, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)).resolved()).isEqualTo(1);
    }

    @Test
    void theSumsHoldForAnyPeriodOverRandomHistoriesAndPendingIsCarriedIntoTheNextMonth() {
        String p = procedure(3);
        long seed = 20261123L;
        Random random = new Random(seed);
        LocalDateTime start = LocalDateTime.of(2026, 1, 5, 8, 0);
        for (int i = 0; i < 40; i++) {
            LocalDateTime at = start.plusDays(random.nextInt(150)).plusHours(random.nextInt(9));
            DossierView d = receive(p, at);
            LocalDateTime t = at.plusHours(1 + random.nextInt(30));
            switch (random.nextInt(6)) {
                case 0 -> {
                    // still being handled
                }
                case 1 -> act(COUNTER, d.code(), DossierAction.WITHDRAW,
                        new ActionInput(d.version(), null, List.of("Rút"), null, null), t);
                case 2 -> act(SPECIALIST, d.code(), DossierAction.REFUSE,
                        new ActionInput(d.version(), null, List.of("Không đủ điều kiện"), null, null), t);
                case 3 -> act(SPECIALIST, d.code(), DossierAction.REQUEST_SUPPLEMENT,
                        new ActionInput(d.version(), null, List.of("Tờ khai"), null, null), t);
                default -> act(LEADER, act(SPECIALIST, d, DossierAction.FORWARD, t), DossierAction.APPROVE,
                        t.plusDays(random.nextInt(8)).plusHours(1));
            }
        }
        List<LocalDate[]> periods = new ArrayList<>();
        for (int m = 1; m <= 7; m++) {
            periods.add(new LocalDate[] {LocalDate.of(2026, m, 1), LocalDate.of(2026, m, 1).plusMonths(1)
                    .minusDays(1)});
        }
        for (int i = 0; i < 10; i++) {
            LocalDate from = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(180));
            periods.add(new LocalDate[] {from, from.plusDays(random.nextInt(60))});
        }
        for (LocalDate[] period : periods) {
            assertSumsHold(figures(p, period[0], period[1]));
        }
        for (int m = 1; m < 7; m++) {
            Figures month = figures(p, periods.get(m - 1)[0], periods.get(m - 1)[1]);
            Figures next = figures(p, periods.get(m)[0], periods.get(m)[1]);
            assertThat(next.carriedOver()).as("seed %d, month %d", seed, m + 1).isEqualTo(month.pending());
        }
        Figures half = figures(p, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        assertThat(half.newTotal()).isEqualTo(half.received());
        DossierStatistics.Report byMonth = statistics.report(new Query(null, null, p, null, null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), GroupBy.MONTH, null));
        assertThat(byMonth.rows()).hasSize(6);
        assertThat(byMonth.rows().stream().mapToLong(r -> r.figures().newTotal()).sum()).isEqualTo(half.newTotal());
    }

    @Test
    void onlineDossiersAreCountedByTheOnlineModeOfTheirProcedureAndLatenessByStepAndOfficer() throws Exception {
        String p = procedure(5);
        Reception online = new Reception(p, io.parhub.procedure.Channel.ONLINE, "STP-92",
                new Applicant("Lý Thị Cúc", null, "0912000111", null), COMPONENTS, List.of(), null);
        DossierView d = dossiers.submitOnline(online, "TTPVHCC-92", LocalDateTime.of(2026, 9, 7, 8, 0),
                "stats-online-" + System.nanoTime()).dossier();
        d = act(COUNTER, d, DossierAction.ACCEPT, LocalDateTime.of(2026, 9, 7, 9, 0));
        // the reception step is due the same day; the counter forwards it two days later
        act(COUNTER, d, DossierAction.FORWARD, LocalDateTime.of(2026, 9, 9, 9, 0));
        receive(p, LocalDateTime.of(2026, 9, 8, 9, 0));
        Query sept = new Query(null, null, p, null, null, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30),
                GroupBy.NONE, null);

        DossierStatistics.Online o = statistics.online(sept);
        assertThat(o.proceduresWithDossiers()).isEqualTo(1);
        assertThat(o.proceduresWithOnline()).isEqualTo(1);
        assertThat(o.procedureShare()).isEqualTo(100.0);
        assertThat(o.newOnline()).isEqualTo(1);
        assertThat(o.newTotal()).isEqualTo(2);
        assertThat(o.newOnlineByMode()).containsEntry("PARTIAL", 1L);

        as(SPECIALIST);
        // at the end of September: both reception runs overran their same-day time (one ended late, one still
        // open), and the first dossier's processing step is past the dossier's due time (14/9)
        List<DossierStatistics.StepLateness> lateness = statistics.lateness(sept);
        assertThat(lateness).extracting(DossierStatistics.StepLateness::step)
                .containsExactlyInAnyOrder("Tiếp nhận hồ sơ", "Giải quyết hồ sơ");
        assertThat(lateness).filteredOn(l -> l.step().equals("Tiếp nhận hồ sơ")).singleElement().satisfies(l -> {
            assertThat(l.officer()).isEqualTo(COUNTER);
            assertThat(l.lateRuns()).isEqualTo(2);
            assertThat(l.lateMinutes()).isPositive();
        });
        // the public sees the step and the unit, not the officer
        signOut();
        String json = get("/api/v1/stats/dossiers/lateness?procedure=" + p + "&from=2026-09-01&to=2026-09-30").body();
        assertThat(json).contains("Tiếp nhận hồ sơ").doesNotContain(COUNTER);
        assertThat(get("/api/v1/stats/dossiers/online?from=2026-09-01&to=2026-09-30").body())
                .contains("\"procedureShare\"", "\"newOnlineByMode\"");
    }

    @Test
    void aBadPeriodOrUnitIsRefusedClearly() {
        assertThatThrownBy(() -> figures(null, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.type()).isEqualTo("stats-period"));
        assertThatThrownBy(() -> statistics.report(new Query("KHONG-CO", null, null, null, null,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), GroupBy.AGENCY, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("stats-unknown-unit"));
    }
}
