package io.parhub.dossier;

import io.parhub.procedure.Channel;
import io.parhub.shared.DomainException;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input gets a clear error and writes nothing; a retried online submission never makes a second dossier. */
class DossierInputRulesTest extends DossierTestSupport {

    @Autowired
    JdbcClient jdbc;

    private long count(String procedure) {
        return jdbc.sql("select count(*) from dossier where procedure_code = :p").param("p", procedure)
                .query(Long.class).single();
    }

    private void refused(Reception reception, LocalDateTime at, String type) {
        as(COUNTER);
        assertThatThrownBy(() -> dossiers.receive(reception, at, null)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.type()).isEqualTo(type));
    }

    @Test
    void badReceptionsAreRefusedAndWriteNothing() {
        String procedure = procedure(5);
        LocalDateTime at = LocalDateTime.of(2026, 5, 5, 9, 0);
        Applicant applicant = new Applicant("Nguyễn Văn An", null, "0905555555", null);
        refused(complete(procedure, "0905555555"), LocalDateTime.now().plusDays(3), "dossier-future");
        refused(new Reception(procedure, Channel.ONLINE, null, applicant, COMPONENTS, List.of(), null), at,
                "dossier-channel");
        refused(new Reception(procedure, Channel.COUNTER, null, applicant, List.of("Giấy tờ lạ"), List.of(), null),
                at, "dossier-unknown-component");
        refused(new Reception(procedure, Channel.COUNTER, null, new Applicant(" ", null, null, null), COMPONENTS,
                List.of(), null), at, "dossier-applicant");
        refused(new Reception(procedure, Channel.COUNTER, "KHONG-CO", applicant, COMPONENTS, List.of(), null), at,
                "dossier-unknown-agency");
        // the procedure was published from 2024-01-01: it did not exist in 2023
        refused(complete(procedure, "0905555555"), LocalDateTime.of(2023, 12, 29, 9, 0),
                "dossier-unknown-procedure");
        assertThat(count(procedure)).isZero();
    }

    @Test
    void aRetriedOnlineSubmissionReturnsTheFirstDossier() {
        String procedure = procedure(5);
        Reception online = new Reception(procedure, Channel.ONLINE, null,
                new Applicant("Lê Thị Dung", null, "0906666666", null), COMPONENTS, List.of(), null);
        String key = "portal-" + System.nanoTime();
        LocalDateTime at = LocalDateTime.of(2026, 5, 6, 21, 0);
        ReceptionOutcome first = dossiers.submitOnline(online, "TTPVHCC-92", at, key);
        ReceptionOutcome retry = dossiers.submitOnline(online, "TTPVHCC-92", at.plusMinutes(1), key);
        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.dossier().code()).isEqualTo(first.dossier().code());
        assertThat(count(procedure)).isOne();
    }

    @Test
    void everyTransitionIsAuditedAndKeptInTheHistory() {
        DossierView d = receive(procedure(5), LocalDateTime.of(2026, 5, 11, 9, 0));
        d = act(SPECIALIST, d, DossierAction.FORWARD, LocalDateTime.of(2026, 5, 11, 10, 0));
        d = act(SPECIALIST, d.code(), DossierAction.SUSPEND,
                new ActionInput(d.version(), null, List.of("Chờ ý kiến cơ quan khác"), null, null),
                LocalDateTime.of(2026, 5, 12, 10, 0));
        assertThat(d.status()).isEqualTo("SUSPENDED");
        assertThat(d.nationalCode()).isEqualTo(8);
        assertThat(d.history()).extracting(DossierView.HistoryEntry::to)
                .containsExactly("RECEIVED", "IN_PROGRESS", "SUSPENDED");
        assertThat(jdbc.sql("select action from shared_audit_event where subject_type = 'dossier' "
                + "and subject_id = :code order by id").param("code", d.code()).query(String.class).list())
                .containsExactly("dossier.received", "dossier.forward", "dossier.suspend");
    }
}
