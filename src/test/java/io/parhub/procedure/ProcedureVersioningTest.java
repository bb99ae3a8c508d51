package io.parhub.procedure;

import io.parhub.ApplicationTest;
import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Versions across publication decisions: as-of reads, abolition, replacement, the changes report, idempotency. */
class ProcedureVersioningTest extends ApplicationTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 1);

    @Autowired
    ProcedurePublications publications;

    @Autowired
    Procedures procedures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAmendmentMakesANewVersionAndTheOldOneStaysReadable() {
        String code = TestProcedures.code();
        publications.publish(TestProcedures.decision(JAN, ProcedureChange.added(code,
                TestProcedures.content("Cấp giấy phép thử"))), "tester");
        PublicationDecision amendment = TestProcedures.decision(MAR, ProcedureChange.amended(code,
                TestProcedures.content("Cấp giấy phép thử (sửa đổi)", ProcessingTime.of(3, TimeUnit.WORKING_DAYS))));
        PublicationResult result = publications.publish(amendment, "tester");

        assertThat(result.amended()).containsExactly(code);
        Procedure february = procedures.find(code, LocalDate.of(2026, 2, 1)).orElseThrow();
        Procedure april = procedures.find(code, LocalDate.of(2026, 4, 1)).orElseThrow();
        assertThat(february.content().name()).isEqualTo("Cấp giấy phép thử");
        assertThat(february.content().processingTime().amount()).isEqualByComparingTo("5");
        assertThat(february.version().validTo()).isEqualTo(MAR);
        assertThat(april.content().name()).isEqualTo("Cấp giấy phép thử (sửa đổi)");
        assertThat(april.content().processingTime().amount()).isEqualByComparingTo("3");
        assertThat(april.version().changeKind()).isEqualTo(ChangeKind.AMENDED);
        assertThat(april.version().decision().number()).isEqualTo(amendment.number());
        // the day before the effective date still shows the old version; the effective date the new one
        assertThat(procedures.find(code, MAR.minusDays(1)).orElseThrow().version().version()).isEqualTo(1);
        assertThat(procedures.find(code, MAR).orElseThrow().version().version()).isEqualTo(2);
        assertThat(procedures.find(code, JAN.minusDays(1))).isEmpty();
        assertThat(procedures.versions(code)).extracting(ProcedureVersion::version, ProcedureVersion::validFrom,
                ProcedureVersion::validTo).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, JAN, MAR),
                        org.assertj.core.groups.Tuple.tuple(2, MAR, null));
        // content round-trips
        ProcedureContent stored = april.content();
        assertThat(stored.levels()).containsExactly(ProcedureLevel.PROVINCE, ProcedureLevel.COMMUNE);
        assertThat(stored.fees()).singleElement().satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("50000"));
        assertThat(stored.components()).singleElement().satisfies(c -> {
            assertThat(c.originals()).isEqualTo(1);
            assertThat(c.copies()).isZero();
        });
        assertThat(stored.channels()).containsExactly(Channel.COUNTER, Channel.ONLINE);
        assertThat(stored.onlineMode()).isEqualTo(OnlineMode.PARTIAL);
    }

    @Test
    void abolitionEndsTheCurrentVersionAndTheChangesReportListsEveryKind() {
        String kept = TestProcedures.code();
        String abolished = TestProcedures.code();
        String replaced = TestProcedures.code();
        String replacement = TestProcedures.code();
        LocalDate start = LocalDate.of(2027, 1, 1);
        LocalDate change = LocalDate.of(2027, 6, 1);
        publications.publish(TestProcedures.decision(start,
                ProcedureChange.added(kept, TestProcedures.content("Thủ tục giữ lại thử")),
                ProcedureChange.added(abolished, TestProcedures.content("Thủ tục bãi bỏ thử")),
                ProcedureChange.added(replaced, TestProcedures.content("Thủ tục bị thay thế thử"))), "tester");
        PublicationDecision second = TestProcedures.decision(change,
                ProcedureChange.amended(kept, TestProcedures.content("Thủ tục giữ lại thử, sửa đổi")),
                ProcedureChange.abolished(abolished),
                new ProcedureChange(ChangeKind.AMENDED, replacement, replaced,
                        TestProcedures.content("Thủ tục thay thế thử")));
        publications.publish(second, "tester");

        assertThat(procedures.find(abolished, change.minusDays(1))).isPresent();
        assertThat(procedures.find(abolished, change)).isEmpty();
        assertThat(procedures.versions(abolished)).singleElement()
                .satisfies(v -> assertThat(v.abolishedBy().number()).isEqualTo(second.number()));
        assertThat(procedures.find(replaced, change)).isEmpty();
        assertThat(procedures.find(replacement, change).orElseThrow().version().replaces()).isEqualTo(replaced);

        ChangeReport report = procedures.changes(change, change);
        assertThat(report.added()).extracting(ChangeReport.Entry::code).doesNotContain(kept, abolished);
        assertThat(report.amended()).extracting(ChangeReport.Entry::code).contains(kept, replacement);
        assertThat(report.abolished()).filteredOn(e -> e.code().equals(abolished)).singleElement()
                .satisfies(e -> {
                    assertThat(e.name()).isEqualTo("Thủ tục bãi bỏ thử");
                    assertThat(e.decision()).isEqualTo(second.number());
                });
        ChangeReport year = procedures.changes(start, LocalDate.of(2027, 12, 31));
        assertThat(year.added()).extracting(ChangeReport.Entry::code).contains(kept, abolished, replaced);
        assertThat(year.counts().added()).isEqualTo(year.added().size());
        assertThat(year.counts().abolished()).isGreaterThanOrEqualTo(1);

        // an abolished procedure can neither be amended nor abolished again, but may be published anew later
        List<PublicationError> errors = publications.validate(TestProcedures.decision(LocalDate.of(2027, 9, 1),
                ProcedureChange.abolished(abolished)));
        assertThat(errors).extracting(PublicationError::messageKey).containsExactly("procedure.error.not-found");
        publications.publish(TestProcedures.decision(LocalDate.of(2027, 9, 1), ProcedureChange.added(abolished,
                TestProcedures.content("Thủ tục bãi bỏ thử, công bố lại"))), "tester");
        assertThat(procedures.versions(abolished)).extracting(ProcedureVersion::version).containsExactly(1, 2);
    }

    @Test
    void aBadDecisionListsEveryErrorAndWritesNothing() {
        String existing = TestProcedures.code();
        publications.publish(TestProcedures.decision(JAN, ProcedureChange.added(existing,
                TestProcedures.content("Thủ tục có sẵn thử"))), "tester");
        publications.publish(TestProcedures.decision(LocalDate.of(2026, 5, 1), ProcedureChange.amended(existing,
                TestProcedures.content("Thủ tục có sẵn thử, bản 2"))), "tester");
        long versions = count("procedure_version");
        long changes = count("procedure_change");
        long decisions = count("procedure_decision");
        long audit = count("shared_audit_event");

        String fresh = TestProcedures.code();
        ProcedureContent noName = TestProcedures.content(" ");
        PublicationDecision bad = new PublicationDecision(TestProcedures.number(), MAR, null, MAR, "UBND tỉnh thử",
                null, List.of(
                        ProcedureChange.added(existing, TestProcedures.content("Trùng mã")),      // exists
                        ProcedureChange.amended(TestProcedures.code(), TestProcedures.content("Không có")), // unknown
                        ProcedureChange.added(fresh, noName),                                     // no name
                        ProcedureChange.abolished(existing)));                                    // later version
        // the abolition of `existing` is also a duplicate code in the same decision
        assertThatThrownBy(() -> publications.publish(bad, "tester")).isInstanceOfSatisfying(
                PublicationRejected.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.errors()).extracting(PublicationError::index, PublicationError::field,
                            PublicationError::messageKey).contains(
                                    org.assertj.core.groups.Tuple.tuple(0, "code", "procedure.error.exists"),
                                    org.assertj.core.groups.Tuple.tuple(1, "code", "procedure.error.not-found"),
                                    org.assertj.core.groups.Tuple.tuple(2, "content.name", "procedure.error.required"),
                                    org.assertj.core.groups.Tuple.tuple(3, "code", "procedure.error.duplicate"),
                                    org.assertj.core.groups.Tuple.tuple(3, "code",
                                            "procedure.error.later-version"));
                });
        assertThat(publications.validate(bad)).hasSize(5);
        assertThat(count("procedure_version")).isEqualTo(versions);
        assertThat(count("procedure_change")).isEqualTo(changes);
        assertThat(count("procedure_decision")).isEqualTo(decisions);
        assertThat(count("shared_audit_event")).isEqualTo(audit);
        assertThat(procedures.find(fresh, MAR)).isEmpty();
    }

    @Test
    void decisionLevelRulesAndTheEndOfTheDistrictLevel() {
        ProcedureContent district = new ProcedureContent("Thủ tục cấp huyện thử", "Lĩnh vực thử",
                List.of(ProcedureLevel.DISTRICT), null, null, List.of(), List.of(), null, List.of(), null, null,
                null, List.of(), null, 5, List.of(), List.of(), null, null);
        PublicationDecision d = new PublicationDecision(TestProcedures.number(), LocalDate.of(2025, 8, 1), null,
                LocalDate.of(2025, 7, 20), " ", null, List.of(ProcedureChange.added(TestProcedures.code(), district)));
        assertThat(publications.validate(d)).extracting(PublicationError::field, PublicationError::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("issuer", "procedure.error.required"),
                        org.assertj.core.groups.Tuple.tuple("effectiveFrom", "procedure.error.effective-before-signed"),
                        org.assertj.core.groups.Tuple.tuple("content.levels", "procedure.error.no-district-level"),
                        org.assertj.core.groups.Tuple.tuple("content.legacyOnlineLevel",
                                "procedure.error.online-level"));
        // before 1/7/2025 a district procedure was fine
        String code = TestProcedures.code();
        PublicationResult result = publications.publish(new PublicationDecision(TestProcedures.number(),
                LocalDate.of(2021, 3, 1), null, LocalDate.of(2021, 3, 15), "UBND tỉnh thử", null,
                List.of(ProcedureChange.added(code, new ProcedureContent("Thủ tục cấp huyện thử", "Lĩnh vực thử",
                        List.of(ProcedureLevel.DISTRICT), null, null, List.of(), List.of(), null, List.of(), null,
                        null, null, List.of(), null, 3, List.of(), List.of(), null, null)))), "tester");
        assertThat(result.added()).containsExactly(code);
        assertThat(procedures.find(code, LocalDate.of(2021, 6, 1)).orElseThrow().content().legacyOnlineLevel())
                .isEqualTo(3);
    }

    @Test
    void theSameDecisionAgainIsAReplayAndOtherContentUnderItsNumberAConflict() {
        String code = TestProcedures.code();
        PublicationDecision d = TestProcedures.decision(JAN, ProcedureChange.added(code,
                TestProcedures.content("Thủ tục lặp thử")));
        PublicationResult first = publications.publish(d, "tester");
        long versions = count("procedure_version");
        long audit = auditRows(d.number());
        // the same decision, with noise that normalisation removes
        PublicationDecision retry = new PublicationDecision(" " + d.number() + " ", d.signedOn(), d.signer(),
                d.effectiveFrom(), d.issuer() + "  ", "", d.changes());
        PublicationResult second = publications.publish(retry, "someone-else");

        assertThat(first.replayed()).isFalse();
        assertThat(second.replayed()).isTrue();
        assertThat(second.decisionId()).isEqualTo(first.decisionId());
        assertThat(second.added()).containsExactly(code);
        assertThat(count("procedure_version")).isEqualTo(versions);
        assertThat(audit).isEqualTo(1);
        assertThat(auditRows(d.number())).isEqualTo(1);
        assertThat(publications.validate(retry)).isEmpty();

        PublicationDecision other = TestProcedures.decision(JAN, ProcedureChange.added(code,
                TestProcedures.content("Thủ tục lặp thử, khác")));
        PublicationDecision sameNumber = new PublicationDecision(d.number(), other.signedOn(), other.signer(),
                other.effectiveFrom(), other.issuer(), null, other.changes());
        assertThatThrownBy(() -> publications.publish(sameNumber, "tester")).isInstanceOfSatisfying(
                DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.type()).isEqualTo("procedure-decision-conflict");
                });
        assertThat(publications.validate(sameNumber)).extracting(PublicationError::messageKey)
                .containsExactly("procedure.error.decision-conflict");
        assertThat(procedures.find(code, JAN).orElseThrow().content().name()).isEqualTo("Thủ tục lặp thử");
    }

    @Test
    void anEffectiveDateBeforeALaterVersionIsRefused() {
        String code = TestProcedures.code();
        publications.publish(TestProcedures.decision(JAN, ProcedureChange.added(code,
                TestProcedures.content("Thủ tục thử ngày"))), "tester");
        publications.publish(TestProcedures.decision(MAR, ProcedureChange.amended(code,
                TestProcedures.content("Thủ tục thử ngày, bản 2"))), "tester");
        assertThat(publications.validate(TestProcedures.decision(LocalDate.of(2026, 2, 1),
                ProcedureChange.amended(code, TestProcedures.content("Chen giữa")))))
                .extracting(PublicationError::messageKey).containsExactly("procedure.error.later-version");
        assertThat(publications.validate(TestProcedures.decision(MAR,
                ProcedureChange.amended(code, TestProcedures.content("Cùng ngày")))))
                .extracting(PublicationError::messageKey).containsExactly("procedure.error.later-version");
        assertThat(publications.validate(TestProcedures.decision(LocalDate.of(2025, 12, 1),
                ProcedureChange.added(code, TestProcedures.content("Trước đó")))))
                .extracting(PublicationError::messageKey).containsExactly("procedure.error.later-version");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private long auditRows(String number) {
        return jdbc.sql("""
                select count(*) from shared_audit_event where action = 'procedure.decision.published'
                  and subject_type = 'procedure_decision' and subject_id = :n""").param("n", number)
                .query(Long.class).single();
    }
}
