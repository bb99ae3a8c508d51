package io.parhub.dossier;

import io.parhub.procedure.Channel;
import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Financial obligations (portal status 6), return modes, and the queue of online submissions to accept. */
class DossierPaymentTest extends DossierTestSupport {

    @Test
    void theClockStopsWhileTheCitizenPaysAndTheDueDateMovesByThePausedWorkingDays() {
        // Mon 1/6/2026 09:00, 5 working days → due Mon 8/6
        DossierView d = receive(procedure(5), LocalDateTime.of(2026, 6, 1, 9, 0));
        LocalDateTime due = d.dueAt();
        assertThat(due.toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 8));
        d = act(SPECIALIST, d.code(), DossierAction.REQUEST_PAYMENT, new ActionInput(d.version(), null,
                List.of("Lệ phí cấp giấy chứng nhận: 100.000 đồng"), null, null), LocalDateTime.of(2026, 6, 2, 10, 0));
        assertThat(d.status()).isEqualTo("AWAITING_PAYMENT");
        assertThat(d.nationalCode()).isEqualTo(6);
        assertThat(d.paymentItems()).containsExactly("Lệ phí cấp giấy chứng nhận: 100.000 đồng");
        assertThat(d.clockStoppedAt()).isEqualTo(LocalDateTime.of(2026, 6, 2, 10, 0));

        // the citizen sees what to pay when tracking
        assertThat(dossiers.track(d.code(), "4567").orElseThrow().paymentItems())
                .containsExactly("Lệ phí cấp giấy chứng nhận: 100.000 đồng");
        // a stopped clock is never late, even past the due time
        as(SPECIALIST);
        String code = d.code();
        assertThat(dossiers.queue(Dossiers.Queue.LATE, LocalDateTime.of(2026, 6, 9, 9, 0)))
                .extracting(DossierView::code).doesNotContain(code);

        // paid on Thu 4/6: Wed 3/6 and Thu 4/6 did not count → due Wed 10/6 at the same hour
        d = act(COUNTER, d, DossierAction.CONFIRM_PAYMENT, LocalDateTime.of(2026, 6, 4, 9, 0));
        assertThat(d.status()).isEqualTo("IN_PROGRESS");
        assertThat(d.clockStoppedAt()).isNull();
        assertThat(d.dueAt()).isEqualTo(LocalDateTime.of(2026, 6, 10, due.getHour(), due.getMinute()));
        assertThat(d.history()).extracting(DossierView.HistoryEntry::nationalCode).containsSubsequence(6, 4);

        ControlSheet sheet = dossiers.controlSheet(code, LocalDateTime.of(2026, 6, 4, 10, 0));
        assertThat(sheet.runs()).extracting(ControlSheet.Run::endReason).contains("request-payment");
        assertThat(sheet.runs().get(sheet.runs().size() - 1).endedAt()).isNull();

        d = act(LEADER, d, DossierAction.APPROVE, LocalDateTime.of(2026, 6, 5, 9, 0));
        d = act(COUNTER, d.code(), DossierAction.DELIVER,
                new ActionInput(d.version(), null, List.of(), null, null, null, Dossier.ReturnMode.ONLINE),
                LocalDateTime.of(2026, 6, 5, 10, 0));
        assertThat(d.returnMode()).isEqualTo("ONLINE");
    }

    @Test
    void paymentNeedsItsItemsAndOnlyTheHandlingAgencyMayAskForIt() {
        DossierView d = receive(procedure(5), LocalDateTime.of(2026, 6, 15, 9, 0));
        DossierView received = d;
        assertThatThrownBy(() -> act(SPECIALIST, received, DossierAction.REQUEST_PAYMENT,
                LocalDateTime.of(2026, 6, 15, 10, 0))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("dossier-items-required"));
        assertThatThrownBy(() -> act(COUNTER, received.code(), DossierAction.REQUEST_PAYMENT,
                new ActionInput(received.version(), null, List.of("Lệ phí"), null, null),
                LocalDateTime.of(2026, 6, 15, 10, 0))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.status().value()).isEqualTo(403));
        assertThatThrownBy(() -> act(COUNTER, received, DossierAction.CONFIRM_PAYMENT,
                LocalDateTime.of(2026, 6, 15, 10, 0))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("dossier-wrong-status"));
        // the citizen may still withdraw while asked to pay
        d = act(SPECIALIST, d.code(), DossierAction.REQUEST_PAYMENT,
                new ActionInput(d.version(), null, List.of("Lệ phí"), null, null), LocalDateTime.of(2026, 6, 15, 11, 0));
        d = act(COUNTER, d.code(), DossierAction.WITHDRAW,
                new ActionInput(d.version(), null, List.of("Không nộp lệ phí"), null, null),
                LocalDateTime.of(2026, 6, 16, 9, 0));
        assertThat(d.status()).isEqualTo("WITHDRAWN");
    }

    @Test
    void onlineSubmissionsWaitInTheReceivingCountersOnlineQueueUntilAccepted() {
        Reception online = new Reception(procedure(5), Channel.ONLINE, "STP-92",
                new Applicant("Lý Thị Cúc", null, "0912000111", null), COMPONENTS, List.of(), null);
        DossierView d = dossiers.submitOnline(online, "TTPVHCC-92", LocalDateTime.of(2026, 6, 12, 20, 0),
                "online-queue-" + System.nanoTime()).dossier();
        as(COUNTER);
        LocalDateTime now = LocalDateTime.of(2026, 6, 15, 8, 0);
        assertThat(dossiers.queue(Dossiers.Queue.ONLINE, now)).extracting(DossierView::code).contains(d.code());
        d = act(COUNTER, d, DossierAction.ACCEPT, now);
        as(COUNTER);
        String code = d.code();
        assertThat(dossiers.queue(Dossiers.Queue.ONLINE, now.plusHours(1))).extracting(DossierView::code)
                .doesNotContain(code);
        assertThat(d.currentStepName()).isEqualTo("Tiếp nhận hồ sơ");
    }
}
