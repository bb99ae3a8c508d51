package io.parhub.dossier.page;

import io.parhub.dossier.ControlSheet;
import io.parhub.dossier.DossierView;
import io.parhub.dossier.Dossiers;
import io.parhub.dossier.slip.SlipData;
import io.parhub.dossier.slip.SlipKind;
import io.parhub.dossier.slip.SlipRenderer;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.org.AgencyKind;
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.Procedure;
import io.parhub.procedure.Procedures;
import io.parhub.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The printable slips of a dossier (receipt, guidance, refusal, apology, control sheet) rendered from its current
 * data; the issuer is the receiving agency, the QR code points to this server's tracking page.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class SlipPageController {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern PLACE = Pattern.compile("(?:thành phố|tỉnh)\\s+(.+)$", Pattern.CASE_INSENSITIVE);

    private final Dossiers dossiers;
    private final Agencies agencies;
    private final Procedures procedures;
    private final MessageSource messages;
    private final Clock clock;
    private final SlipRenderer renderer;

    SlipPageController(Dossiers dossiers, Agencies agencies, Procedures procedures, MessageSource messages,
            Clock clock) {
        this.dossiers = dossiers;
        this.agencies = agencies;
        this.procedures = procedures;
        this.messages = messages;
        this.clock = clock;
        this.renderer = new SlipRenderer(clock);
    }

    @GetMapping("/staff/dossiers/{code}/slips/{kind}.pdf")
    ResponseEntity<byte[]> slip(@PathVariable String code, @PathVariable String kind, HttpServletRequest request) {
        SlipKind slipKind = SlipKinds.bySlug(kind).orElseThrow(() -> DomainException.notFound("dossier-slip-kind",
                "dossier.page.slip.unknown", kind));
        DossierView d = dossiers.find(code).orElseThrow(() -> DomainException.notFound("dossier-not-found",
                "dossier.problem.not-found", code));
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        SlipData data;
        try {
            data = data(d, slipKind, base);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.conflict("dossier-slip-not-applicable", "dossier.page.slip.not-applicable",
                    code);
        }
        byte[] pdf = renderer.render(data);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(code + "-" + kind + ".pdf").build().toString())
                .body(pdf);
    }

    SlipData data(DossierView d, SlipKind kind, String baseUrl) {
        LocalDateTime received = d.receivedAt() != null ? d.receivedAt() : d.submittedAt();
        SlipData.Builder b = SlipData.builder(kind).receivedAt(received).issuer(issuer(d.receivingAgencyId()))
                .issuedOn(received.toLocalDate()).dossierCode(d.code())
                .applicant(new SlipData.Applicant(d.applicant().name(), d.applicant().address(),
                        d.applicant().phone(), null))
                .procedure(d.procedureName(), d.procedureCode())
                .appointmentAt(d.originalDueAt() != null ? d.originalDueAt() : d.dueAt())
                .trackingUrl(SlipData.trackingUrl(baseUrl, d.code()));
        if (!d.history().isEmpty()) {
            b.officerName(d.history().get(0).actor());
        }
        Optional<Procedure> procedure = procedures.find(d.procedureCode(), received.toLocalDate());
        for (String name : d.handedIn()) {
            DossierComponent c = procedure.flatMap(p -> p.content().components().stream()
                    .filter(x -> x.name().equals(name)).findFirst()).orElse(null);
            int originals = c == null || c.originals() == null ? 0 : c.originals();
            int copies = c == null || c.copies() == null ? 0 : c.copies();
            b.component(name, originals + copies == 0 ? 1 : originals, copies);
        }
        String reason = messages.getMessage("dossier.page.slip.missing-reason", null, VIETNAMESE);
        d.missingItems().forEach(item -> b.missing(item, reason));
        d.reasons().forEach(b::refusalReason);
        if (kind == SlipKind.APOLOGY && d.apologised() && d.dueAt() != null) {
            b.apology(d.history().stream().filter(h -> "apologise".equals(h.action()) && h.note() != null)
                    .map(DossierView.HistoryEntry::note).reduce((x, y) -> y)
                    .orElse(messages.getMessage("dossier.page.slip.apology-reason", null, VIETNAMESE)), d.dueAt());
        }
        if (kind == SlipKind.CONTROL_SHEET) {
            ControlSheet sheet = dossiers.controlSheet(d.code(), LocalDateTime.now(clock));
            for (ControlSheet.Run run : sheet.runs()) {
                b.step(new SlipData.ControlStep(run.name(), run.performer(),
                        run.endedBy() != null ? run.endedBy() : run.startedBy(), run.startedAt(),
                        run.plannedDueAt(), run.endedAt()));
            }
        }
        return b.build();
    }

    /** The receiving agency under the People's Committee it answers to (the line above it on the form). */
    private SlipData.Issuer issuer(long agencyId) {
        Agency agency = agencies.byId(agencyId).orElseThrow();
        Agency parent = agency;
        for (int i = 0; i < 10 && parent.parentId() != null && (parent == agency
                || parent.kind() != AgencyKind.PEOPLES_COMMITTEE); i++) {
            parent = agencies.byId(parent.parentId()).orElse(parent);
        }
        Matcher m = PLACE.matcher(agency.name());
        String place = m.find() ? m.group(1) : parent.name();
        return new SlipData.Issuer(parent == agency ? agency.name() : parent.name(), agency.name(), place, null);
    }
}
