package io.parhub.dossier;

import io.parhub.procedure.Channel;
import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A dossier from reception to delivery: steps, roles, the control sheet, online submissions, queues. */
class DossierProcessingTest extends DossierTestSupport {

    @Test
    void fromReceptionToDeliveryWithTheDefaultThreeStepsAndLatenessOnTheStepThatOverran() {
        // Mon 1/6/2026 09:00, 5 working days → due Mon 8/6; the default flow: reception (same day), processing, result
        DossierView d = receive(procedure(5), LocalDateTime.of(2026, 6, 1, 9, 0));
        assertThat(d.currentStep()).isEqualTo(1);
        // the counter hands it over only the next morning: step 1 overran its same-day time
        d = act(COUNTER, d, DossierAction.FORWARD, LocalDateTime.of(2026, 6, 2, 8, 0));
        assertThat(d.status()).isEqualTo("IN_PROGRESS");
        assertThat(d.currentStep()).isEqualTo(2);
        d = act(LEADER, d, DossierAction.APPROVE, LocalDateTime.of(2026, 6, 4, 15, 0));
        assertThat(d.status()).isEqualTo("RESOLVED");
        assertThat(d.nationalCode()).isEqualTo(9);
        d = act(SPECIALIST, d, DossierAction.FORWARD, LocalDateTime.of(2026, 6, 4, 16, 0));
        assertThat(d.currentStep()).isEqualTo(3);
        d = act(COUNTER, d, DossierAction.DELIVER, LocalDateTime.of(2026, 6, 5, 9, 0));
        assertThat(d.status()).isEqualTo("DELIVERED");
        assertThat(d.nationalCode()).isEqualTo(10);
        assertThat(d.deliveredAt()).isEqualTo(LocalDateTime.of(2026, 6, 5, 9, 0));

        ControlSheet sheet = dossiers.controlSheet(d.code(), LocalDateTime.of(2026, 6, 5, 10, 0));
        assertThat(sheet.runs()).extracting(ControlSheet.Run::step).containsExactly(1, 2, 3);
        assertThat(sheet.runs().get(0).plannedDueAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(sheet.lateRuns()).singleElement().satisfies(run -> {
            assertThat(run.step()).isEqualTo(1);
            assertThat(run.name()).isEqualTo("Tiếp nhận hồ sơ");
            assertThat(run.endedBy()).isEqualTo(COUNTER);
            assertThat(run.lateMinutes()).isPositive();
        });
        assertThat(sheet.runs().get(1).plannedDueAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(sheet.runs().get(2).endReason()).isEqualTo("deliver");
    }

    @Test
    void theViewACommandReturnsIsTheOneAReadGivesAfterIt() {
        // the view after a command is built from what the command holds, not read back: it must not differ
        DossierView d = receive(procedure(5), LocalDateTime.of(2026, 6, 15, 9, 0, 0, 123_456_789));
        assertThat(d).isEqualTo(dossiers.find(d.code()).orElseThrow());
        assertThat(d.submittedAt()).isEqualTo(LocalDateTime.of(2026, 6, 15, 9, 0, 0, 123_456_000));
        d = act(COUNTER, d, DossierAction.FORWARD, LocalDateTime.of(2026, 6, 15, 10, 0, 0, 987_654_321));
        assertThat(d).isEqualTo(dossiers.find(d.code()).orElseThrow());
        assertThat(d.currentStepName()).isEqualTo("Giải quyết hồ sơ");
        d = act(SPECIALIST, d.code(), DossierAction.REQUEST_SUPPLEMENT, new ActionInput(d.version(), "Thiếu giấy tờ",
                List.of("Bản sao giấy khai sinh"), null, null), LocalDateTime.of(2026, 6, 16, 8, 30));
        assertThat(d).isEqualTo(dossiers.find(d.code()).orElseThrow());
        d = act(COUNTER, d.code(), DossierAction.SUPPLEMENT, ActionInput.of(d.version()),
                LocalDateTime.of(2026, 6, 17, 14, 0));
        assertThat(d).isEqualTo(dossiers.find(d.code()).orElseThrow());
        d = act(LEADER, d, DossierAction.APPROVE, LocalDateTime.of(2026, 6, 18, 9, 0));
        assertThat(d).isEqualTo(dossiers.find(d.code()).orElseThrow());
        d = act(SPECIALIST, d, DossierAction.FORWARD, LocalDateTime.of(2026, 6, 18, 10, 0));
        d = act(COUNTER, d, DossierAction.DELIVER, LocalDateTime.of(2026, 6, 18, 11, 0));
        DossierView read = dossiers.find(d.code()).orElseThrow();
        assertThat(d).isEqualTo(read);
        assertThat(read.history()).extracting(DossierView.HistoryEntry::action).containsExactly("receive",
                "forward", "request-supplement", "supplement", "approve", "forward", "deliver");
    }

    @Test
    void returningToAPreviousStepStartsANewRunOfIt() {
        DossierView d = receive(procedure(5), LocalDateTime.of(2026, 6, 8, 9, 0));
        d = act(SPECIALIST, d, DossierAction.FORWARD, LocalDateTime.of(2026, 6, 8, 10, 0));
        d = act(SPECIALIST, d, DossierAction.FORWARD, LocalDateTime.of(2026, 6, 9, 10, 0));
        assertThat(d.currentStep()).isEqualTo(3);
        DossierView last = d;
        assertThatThrownBy(() -> act(SPECIALIST, last, DossierAction.FORWARD, LocalDateTime.of(2026, 6, 9, 11, 0)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("dossier-no-next-step"));
        d = act(SPECIALIST, d, DossierAction.RETURN, LocalDateTime.of(2026, 6, 9, 11, 0));
        assertThat(d.currentStep()).isEqualTo(2);
        ControlSheet sheet = dossiers.controlSheet(d.code(), LocalDateTime.of(2026, 6, 9, 12, 0));
        assertThat(sheet.runs()).extracting(ControlSheet.Run::step).containsExactly(1, 2, 3, 2);
        assertThat(sheet.runs().get(2).endReason()).isEqualTo("return");
        assertThat(sheet.runs().get(3).endedAt()).isNull();
    }

    @Test
    void aStateGuardRefusesAnActionThatDoesNotFitTheStatus() {
        DossierView d = receive(procedure(5), LocalDateTime.of(2026, 6, 10, 9, 0));
        DossierView received = d;
        assertThatThrownBy(() -> act(COUNTER, received, DossierAction.DELIVER, LocalDateTime.of(2026, 6, 10, 10, 0)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("dossier-wrong-status"));
        d = act(COUNTER, d.code(), DossierAction.WITHDRAW,
                new ActionInput(d.version(), null, List.of("Công dân xin rút"), null, null),
                LocalDateTime.of(2026, 6, 10, 11, 0));
        assertThat(d.status()).isEqualTo("WITHDRAWN");
        assertThat(d.nationalCode()).isEqualTo(7);
    }

    @Test
    void anOnlineSubmissionWaitsForTheCounterToAcceptIt() {
        String procedure = procedure(5);
        Reception online = new Reception(procedure, Channel.ONLINE, "STP-92",
                new Applicant("Lê Văn Cường", null, "0904444444", null), COMPONENTS, List.of(), null);
        DossierView d = dossiers.submitOnline(online, "TTPVHCC-92", LocalDateTime.of(2026, 6, 12, 20, 0), "online-"
                + System.nanoTime()).dossier();
        assertThat(d.status()).isEqualTo("SUBMITTED");
        assertThat(d.nationalCode()).isEqualTo(1);
        assertThat(d.dueAt()).isNull();
        // accepted Mon 15/6 at 08:00: the time counts from the acceptance → due Mon 22/6
        d = act(COUNTER, d, DossierAction.ACCEPT, LocalDateTime.of(2026, 6, 15, 8, 0));
        assertThat(d.status()).isEqualTo("RECEIVED");
        assertThat(d.dueAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(d.history()).extracting(DossierView.HistoryEntry::actor).containsExactly("citizen", COUNTER);
    }

    @Test
    void queuesShowMineDueTodayAndLateWithinTheAgencySubtree() {
        LocalDateTime now = LocalDateTime.of(2026, 6, 22, 10, 0);
        DossierView late = receive(procedure(1), LocalDateTime.of(2026, 6, 16, 9, 0)); // due Wed 17/6
        DossierView dueToday = receive(procedure(1), LocalDateTime.of(2026, 6, 19, 9, 0)); // due Mon 22/6
        DossierView mine = receive(procedure(10), LocalDateTime.of(2026, 6, 19, 9, 0));
        act(SPECIALIST, mine.code(), DossierAction.FORWARD,
                new ActionInput(mine.version(), null, List.of(), null, SPECIALIST), now.minusHours(1));

        as(SPECIALIST);
        assertThat(codes(dossiers.queue(Dossiers.Queue.LATE, now))).contains(late.code())
                .doesNotContain(dueToday.code(), mine.code());
        assertThat(codes(dossiers.queue(Dossiers.Queue.DUE_TODAY, now))).contains(dueToday.code())
                .doesNotContain(late.code());
        assertThat(codes(dossiers.queue(Dossiers.Queue.MINE, now))).contains(mine.code())
                .doesNotContain(late.code());
        assertThat(codes(dossiers.queue(Dossiers.Queue.AGENCY, now)))
                .contains(late.code(), dueToday.code(), mine.code());
        as(OTHER_COUNTER);
        assertThat(codes(dossiers.queue(Dossiers.Queue.AGENCY, now))).doesNotContain(late.code());
    }

    private static List<String> codes(List<DossierView> views) {
        return views.stream().map(DossierView::code).toList();
    }
}
