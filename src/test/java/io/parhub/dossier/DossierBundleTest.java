package io.parhub.dossier;

import io.parhub.procedure.Channel;
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.Procedures;
import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An interconnected dossier (hồ sơ liên thông) for the seeded bundle "birth registration + permanent residence +
 * health insurance card": one dossier, each part at its agency, stages one after the other, resolved when every part
 * is done, lateness attributed to the part that overran.
 */
class DossierBundleTest extends DossierTestSupport {

    static final String BUNDLE = "LT-KS-TT-BHYT";
    static final String WARD_COUNTER = OTHER_COUNTER;

    @Autowired
    Procedures procedures;

    /** Every component of the bundle's catalogue procedures, as the counter hands them in. */
    List<String> components(LocalDate day) {
        Set<String> names = new LinkedHashSet<>();
        for (String code : List.of("1.001193", "1.004222")) {
            procedures.find(code, day).orElseThrow().content().components().stream().map(DossierComponent::name)
                    .forEach(names::add);
        }
        return List.copyOf(names);
    }

    /** Received at the ward; part 1 (birth) and 3 (insurance card) stay with the ward, part 2 goes to STP-92. */
    DossierView receive(LocalDateTime at, List<String> components, String key) {
        as(WARD_COUNTER);
        return dossiers.receiveBundle(new BundleReception(BUNDLE, Channel.COUNTER,
                new Applicant("Trần Thị Bé", "094123456780", "0907654321", "Phường Phú Lợi, Cần Thơ"), components,
                List.of("", "STP-92", ""), List.of(), null), at, key).dossier();
    }

    @Test
    void oneDossierForTheBundleIsResolvedWhenEveryPartIsDoneStageByStage() {
        LocalDateTime mon = LocalDateTime.of(2026, 7, 6, 8, 30);
        DossierView d = receive(mon, components(mon.toLocalDate()), null);
        assertThat(d.status()).isEqualTo("RECEIVED");
        assertThat(d.bundleCode()).isEqualTo(BUNDLE);
        assertThat(d.procedureCode()).isEqualTo(BUNDLE);
        // the bundle's own time: 3 working days → Thu 9/7
        assertThat(d.dueAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 7, 9));
        assertThat(d.parts()).extracting(DossierView.Part::state).containsExactly("IN_PROGRESS", "WAITING", "WAITING");
        assertThat(d.parts().get(1).agencyName()).contains("Tư pháp");

        // stage 2 has not begun: its part cannot be completed yet
        DossierView received = d;
        assertThatThrownBy(() -> act(SPECIALIST, received.code(), DossierAction.COMPLETE_PART,
                ActionInput.part(received.version(), 2), mon.plusHours(1)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("dossier-part-not-open"));
        // the birth registration is the ward's: the department's specialist may not complete it
        assertThatThrownBy(() -> act(SPECIALIST, received.code(), DossierAction.COMPLETE_PART,
                ActionInput.part(received.version(), 1), mon.plusHours(1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status().value()).isEqualTo(403));
        // forward and approve belong to one procedure's process, not to a bundle
        assertThatThrownBy(() -> act(WARD_COUNTER, received, DossierAction.FORWARD, mon.plusHours(1)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("dossier-bundle-parts"));

        d = act(WARD_COUNTER, d.code(), DossierAction.COMPLETE_PART, ActionInput.part(d.version(), 1),
                mon.withHour(15));
        assertThat(d.status()).isEqualTo("IN_PROGRESS");
        assertThat(d.parts()).extracting(DossierView.Part::state).containsExactly("DONE", "IN_PROGRESS", "IN_PROGRESS");

        // the ward's counter may not complete the department's part
        DossierView stage2 = d;
        assertThatThrownBy(() -> act(WARD_COUNTER, stage2.code(), DossierAction.COMPLETE_PART,
                ActionInput.part(stage2.version(), 2), mon.plusDays(1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status().value()).isEqualTo(403));
        // the department's staff see the dossier in their agency queue while their part is open
        as(SPECIALIST);
        assertThat(dossiers.queue(Dossiers.Queue.AGENCY, mon.plusDays(1))).extracting(DossierView::code)
                .contains(d.code());

        // the citizen follows each part on the tracking page
        PublicTracking tracked = dossiers.track(d.code(), "4321").orElseThrow();
        assertThat(tracked.parts()).extracting(PublicTracking.Part::state)
                .containsExactly("DONE", "IN_PROGRESS", "IN_PROGRESS");
        assertThat(tracked.parts().get(1).agencyName()).contains("Tư pháp");

        d = act(WARD_COUNTER, d.code(), DossierAction.COMPLETE_PART, ActionInput.part(d.version(), 3),
                mon.plusDays(1).withHour(9));
        assertThat(d.status()).isEqualTo("IN_PROGRESS");
        // the residence part, 2 working days from Mon 15:00, is done on Fri 10/7: it overran
        d = act(SPECIALIST, d.code(), DossierAction.COMPLETE_PART, ActionInput.part(d.version(), 2),
                LocalDateTime.of(2026, 7, 10, 10, 0));
        assertThat(d.status()).isEqualTo("RESOLVED");
        assertThat(d.nationalCode()).isEqualTo(9);
        assertThat(d.resolvedAt()).isEqualTo(LocalDateTime.of(2026, 7, 10, 10, 0));

        d = act(WARD_COUNTER, d.code(), DossierAction.DELIVER,
                new ActionInput(d.version(), null, List.of(), null, null, null, Dossier.ReturnMode.POST),
                LocalDateTime.of(2026, 7, 10, 14, 0));
        assertThat(d.status()).isEqualTo("DELIVERED");
        assertThat(d.returnMode()).isEqualTo("POST");

        ControlSheet sheet = dossiers.controlSheet(d.code(), LocalDateTime.of(2026, 7, 10, 15, 0));
        assertThat(sheet.runs()).extracting(ControlSheet.Run::step).containsExactly(1, 2, 3);
        assertThat(sheet.lateRuns()).singleElement().satisfies(run -> {
            assertThat(run.step()).isEqualTo(2);
            assertThat(run.performer()).contains("Tư pháp");
            assertThat(run.endedBy()).isEqualTo(SPECIALIST);
        });
        assertThat(sheet.runs().get(0).endReason()).isEqualTo("complete-part");
    }

    @Test
    void anIncompleteBundleListsTheMissingComponentsOfEveryPartAndARetryMakesNoSecondDossier() {
        LocalDateTime at = LocalDateTime.of(2026, 7, 7, 9, 0);
        List<String> all = components(at.toLocalDate());
        DossierView d = receive(at, all.subList(0, 1), "bundle-incomplete-" + System.nanoTime());
        assertThat(d.status()).isEqualTo("AWAITING_COMPLETION");
        assertThat(d.missingItems()).containsExactlyElementsOf(all.subList(1, all.size()));
        assertThat(d.parts()).extracting(DossierView.Part::state).containsOnly("WAITING");

        String key = "bundle-retry-" + System.nanoTime();
        DossierView first = receive(at, all, key);
        DossierView again = receive(at, all, key);
        assertThat(again.code()).isEqualTo(first.code());
    }

    @Test
    void anUnknownBundleOrPartAgencyIsRefusedAndWritesNothing() {
        as(WARD_COUNTER);
        LocalDateTime at = LocalDateTime.of(2026, 7, 8, 9, 0);
        assertThatThrownBy(() -> dossiers.receiveBundle(new BundleReception("LT-KHONG-CO", Channel.COUNTER,
                new Applicant("Trần Thị Bé", null, "0907654321", null), List.of(), List.of(), List.of(), null), at,
                null)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("dossier-unknown-bundle"));
        assertThatThrownBy(() -> dossiers.receiveBundle(new BundleReception(BUNDLE, Channel.COUNTER,
                new Applicant("Trần Thị Bé", null, "0907654321", null), components(at.toLocalDate()),
                List.of("", "KHONG-CO-92"), List.of(), null), at, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("dossier-unknown-agency"));
        assertThat(dossiers.queue(Dossiers.Queue.AGENCY, at)).noneMatch(v -> v.applicant().name().equals("Trần Thị Bé")
                && v.receivedAt() != null && v.receivedAt().equals(at));
    }
}
