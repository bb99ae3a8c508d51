package io.parhub.dossier;

import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Deadline rules: holidays, supplements stopping and restarting the clock, apology once. */
class DossierDeadlineRulesTest extends DossierTestSupport {

    @Test
    void aDossierReceivedBeforeTetIsDueAfterTet() {
        // Fri 13/2/2026 + 5 working days: Tết off Mon 16/2 – Fri 20/2 (official schedule) → Mon 23 … Fri 27/2.
        DossierView d = receive(procedure(5), LocalDateTime.of(2026, 2, 13, 9, 0));
        assertThat(d.status()).isEqualTo("RECEIVED");
        assertThat(d.nationalCode()).isEqualTo(2);
        assertThat(d.regime()).isEqualTo("ND118_2025");
        assertThat(d.dueAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(d.originalDueAt()).isEqualTo(d.dueAt());
    }

    @Test
    void aSupplementStopsTheClockAndTheCompleteResubmissionRestartsItInFull() {
        DossierView d = receive(procedure(5), LocalDateTime.of(2026, 3, 2, 9, 0)); // Mon → due Mon 9/3
        assertThat(d.dueAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 9));
        d = act(SPECIALIST, d, DossierAction.FORWARD, LocalDateTime.of(2026, 3, 3, 9, 0));
        d = act(SPECIALIST, d.code(), DossierAction.REQUEST_SUPPLEMENT, new ActionInput(d.version(), null,
                List.of("Bản sao giấy khai sinh có chứng thực", "Ảnh 4x6 mới"), null, null),
                LocalDateTime.of(2026, 3, 4, 10, 0));
        assertThat(d.status()).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(d.nationalCode()).isEqualTo(5);
        assertThat(d.missingItems()).hasSize(2);
        assertThat(d.clockStoppedAt()).isEqualTo(LocalDateTime.of(2026, 3, 4, 10, 0));

        // re-submitted complete on Thu 12/3: 5 full working days again from then (NĐ 61/2018 Điều 19) → Thu 19/3
        d = act(COUNTER, d, DossierAction.SUPPLEMENT, LocalDateTime.of(2026, 3, 12, 8, 30));
        assertThat(d.status()).isEqualTo("IN_PROGRESS");
        assertThat(d.clockStoppedAt()).isNull();
        assertThat(d.missingItems()).isEmpty();
        assertThat(d.dueAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(d.originalDueAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(d.history()).extracting(DossierView.HistoryEntry::action)
                .containsExactly("receive", "forward", "request-supplement", "supplement");
    }

    @Test
    void underTheOldRegimeASecondSupplementRequestIsFlaggedAgainstTheAgency() {
        // received 10/3/2025: NĐ 61/2018 in force, a second request is possible but counts as late (QĐ 766).
        // The demo agencies of 2025 did not exist then, so the rule is checked on the aggregate itself.
        LocalDateTime received = LocalDateTime.of(2025, 3, 10, 9, 0);
        assertThat(Regime.on(received.toLocalDate())).isEqualTo(Regime.ND61_2018);
        Dossier d = new Dossier(1L, "TEST-250310-0001", "T8.1", "Thủ tục thử", Regime.on(received.toLocalDate()),
                io.parhub.procedure.Channel.COUNTER, 1, 1, new Applicant("Nguyễn Văn An", null, null, null),
                Dossier.Status.RECEIVED, 0, received, received, received.plusDays(14), received.plusDays(14), null,
                0, false, false, COMPONENTS, List.of(), List.of(), 1, null, null, null, null, List.of(), null, null, null);
        d.requestSupplement(received.plusDays(1), List.of("Tờ khai có chữ ký"), null);
        d.supplement(received.plusDays(16), null);
        assertThat(d.flaggedLate()).isFalse();
        d.requestSupplement(received.plusDays(3), List.of("Ảnh 4x6 mới"), null);
        assertThat(d.supplementRequests()).isEqualTo(2);
        assertThat(d.flaggedLate()).isTrue();
        assertThat(d.status()).isEqualTo(Dossier.Status.SUPPLEMENT_REQUESTED);
        assertThat(d.transitions()).extracting(Dossier.Transition::action).containsExactly(
                DossierAction.REQUEST_SUPPLEMENT, DossierAction.SUPPLEMENT, DossierAction.REQUEST_SUPPLEMENT);
    }

    @Test
    void underTheNewRegimeOnlyOneSupplementRequestIsAllowed() {
        DossierView d = receive(procedure(10), LocalDateTime.of(2026, 3, 10, 9, 0));
        d = supplementRound(d, LocalDateTime.of(2026, 3, 11, 9, 0), LocalDateTime.of(2026, 3, 12, 9, 0));
        DossierView current = d;
        assertThatThrownBy(() -> act(SPECIALIST, current.code(), DossierAction.REQUEST_SUPPLEMENT,
                new ActionInput(current.version(), null, List.of("Giấy tờ khác"), null, null),
                LocalDateTime.of(2026, 3, 13, 9, 0)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("dossier-supplement-once"));
        as(SPECIALIST);
        DossierView after = dossiers.find(d.code()).orElseThrow();
        assertThat(after.supplementRequests()).isOne();
        assertThat(after.status()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void anApologyIsAcceptedOnceAndAtTheLatestOneWorkingDayBeforeTheDueDate() {
        DossierView d = receive(procedure(5), LocalDateTime.of(2026, 3, 2, 9, 0)); // due Mon 9/3
        // the last day is Fri 6/3 (Sat, Sun are off): on Mon 9/3 itself it is too late
        DossierView late = d;
        assertThatThrownBy(() -> apologise(late, LocalDate.of(2026, 3, 20), LocalDateTime.of(2026, 3, 9, 8, 0)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("dossier-apology-too-late"));
        d = apologise(d, LocalDate.of(2026, 3, 20), LocalDateTime.of(2026, 3, 6, 16, 0));
        assertThat(d.apologised()).isTrue();
        assertThat(d.dueAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 20));
        DossierView once = d;
        assertThatThrownBy(() -> apologise(once, LocalDate.of(2026, 3, 27), LocalDateTime.of(2026, 3, 10, 9, 0)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("dossier-apology-once"));
    }

    @Test
    void aProcedureWithoutAStatedTimeNeedsTheOfficersAppointmentDate() {
        String code = procedure(null);
        as(COUNTER);
        assertThatThrownBy(() -> dossiers.receive(complete(code, "0901111111"), LocalDateTime.of(2026, 4, 1, 9, 0),
                null)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("dossier-appointment-required"));
        Reception withDate = new Reception(code, io.parhub.procedure.Channel.POST, "STP-92",
                new Applicant("Trần Thị Bình", null, "0902222222", null), COMPONENTS, List.of(),
                LocalDate.of(2026, 4, 15));
        DossierView d = dossiers.receive(withDate, LocalDateTime.of(2026, 4, 1, 9, 0), null).dossier();
        assertThat(d.channel()).isEqualTo("POST");
        assertThat(d.dueAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    private DossierView supplementRound(DossierView d, LocalDateTime requested, LocalDateTime resubmitted) {
        d = act(SPECIALIST, d.code(), DossierAction.REQUEST_SUPPLEMENT, new ActionInput(d.version(), null,
                List.of("Tờ khai có chữ ký"), null, null), requested);
        return act(COUNTER, d, DossierAction.SUPPLEMENT, resubmitted);
    }

    private DossierView apologise(DossierView d, LocalDate newDate, LocalDateTime at) {
        return act(SPECIALIST, d.code(), DossierAction.APOLOGISE,
                new ActionInput(d.version(), "Cần xác minh thêm", List.of(), newDate, null), at);
    }
}
