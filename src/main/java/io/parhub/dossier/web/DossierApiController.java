package io.parhub.dossier.web;

import io.parhub.dossier.ActionInput;
import io.parhub.dossier.BundleReception;
import io.parhub.dossier.Dossier;
import io.parhub.dossier.Applicant;
import io.parhub.dossier.ControlSheet;
import io.parhub.dossier.DossierAction;
import io.parhub.dossier.DossierView;
import io.parhub.dossier.Dossiers;
import io.parhub.dossier.Reception;
import io.parhub.dossier.ReceptionOutcome;
import io.parhub.procedure.Channel;
import io.parhub.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff API of the one-stop dossiers: reception, actions, reading, control sheet, work queues. */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Dossiers", description = "Hồ sơ một cửa: tiếp nhận, xử lý, trả kết quả (staff)")
class DossierApiController {

    private final Dossiers dossiers;
    private final Clock clock;

    DossierApiController(Dossiers dossiers, Clock clock) {
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /**
     * channel COUNTER or POST; components by name as the procedure (or the bundle's procedures) list them. Either
     * procedureCode, or bundleCode for an interconnected dossier with partAgencyCodes (the agency of each part in the
     * bundle's order; blank = the receiving agency).
     */
    record ReceptionRequest(@Nullable String procedureCode, @Nullable String bundleCode, @Nullable String channel,
            @Nullable String handlingAgencyCode, @Nullable List<String> partAgencyCodes, @Nullable Applicant applicant,
            @Nullable List<String> componentsHandedIn, @Nullable List<String> refusalReasons,
            @Nullable LocalDate appointmentDate) {
    }

    /** part: complete-part; returnMode: deliver (COUNTER, POST, ONLINE). */
    record ActionRequest(@Nullable Integer version, @Nullable String note, @Nullable List<String> items,
            @Nullable LocalDate newDate, @Nullable String assignee, @Nullable Integer part,
            @Nullable String returnMode) {
    }

    @PostMapping
    @Operation(summary = "Register a dossier at the counter or by post (role COUNTER_OFFICER)",
            description = "Complete → 201 RECEIVED with the appointment date; incomplete → 201 AWAITING_COMPLETION "
                    + "listing every missing component; refusalReasons → 201 REFUSED_AT_RECEPTION. A procedure "
                    + "without an exact processing time needs appointmentDate. With Idempotency-Key a retry returns "
                    + "the first dossier (200); the same key with another body is a 409.")
    ResponseEntity<DossierView> receive(@RequestBody ReceptionRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        boolean bundle = body.bundleCode() != null && !body.bundleCode().isBlank();
        if ((body.procedureCode() == null && !bundle) || body.channel() == null || body.applicant() == null) {
            throw DomainException.invalid("validation", "problem.validation",
                    "procedureCode or bundleCode, channel, applicant");
        }
        Channel channel;
        try {
            channel = Channel.valueOf(body.channel().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("dossier-channel", "dossier.problem.channel");
        }
        String idempotencyKey = key == null || key.isBlank() ? null : key.strip();
        ReceptionOutcome outcome;
        if (bundle) {
            outcome = dossiers.receiveBundle(new BundleReception(body.bundleCode().strip(), channel, body.applicant(),
                    body.componentsHandedIn(), body.partAgencyCodes(), body.refusalReasons(),
                    body.appointmentDate()), LocalDateTime.now(clock), idempotencyKey);
        } else {
            Reception reception = new Reception(body.procedureCode().strip(), channel, body.handlingAgencyCode(),
                    body.applicant(), body.componentsHandedIn(), body.refusalReasons(), body.appointmentDate());
            outcome = dossiers.receive(reception, LocalDateTime.now(clock), idempotencyKey);
        }
        return ResponseEntity.status(outcome.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(outcome.dossier());
    }

    @GetMapping("/{code}")
    @Operation(summary = "A dossier with its status history (staff of the receiving or handling agency subtree)")
    DossierView read(@PathVariable String code) {
        return dossiers.find(code).orElseThrow(() -> DomainException.notFound("dossier-not-found",
                "dossier.problem.not-found", code));
    }

    @PostMapping("/{code}/actions/{action}")
    @Operation(summary = "Act on a dossier",
            description = "Actions: accept, forward, return, request-supplement, supplement, apologise, refuse, "
                    + "withdraw, suspend, approve, deliver, request-payment, confirm-payment, complete-part. Body: "
                    + "version (required: the version you read; a stale one is a 409), note, items (missing items, "
                    + "what to pay, or reasons), newDate (apology or appointment), assignee, part (complete-part of "
                    + "an interconnected dossier), returnMode (deliver: COUNTER, POST or ONLINE).")
    DossierView act(@PathVariable String code, @PathVariable String action, @RequestBody ActionRequest body) {
        DossierAction verb = DossierAction.bySlug(action).orElseThrow(() -> DomainException.notFound(
                "dossier-unknown-action", "dossier.problem.unknown-action", action));
        if (body.version() == null) {
            throw DomainException.invalid("validation", "problem.validation", "version");
        }
        Dossier.ReturnMode mode;
        try {
            mode = body.returnMode() == null ? null
                    : Dossier.ReturnMode.valueOf(body.returnMode().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("validation", "problem.validation", "returnMode");
        }
        return dossiers.act(code, verb, new ActionInput(body.version(), body.note(), body.items(), body.newDate(),
                body.assignee(), body.part(), mode), LocalDateTime.now(clock));
    }

    @GetMapping("/{code}/control-sheet")
    @Operation(summary = "Phiếu kiểm soát quá trình: every step run, planned and actual times, lateness per step")
    ControlSheet controlSheet(@PathVariable String code) {
        return dossiers.controlSheet(code, LocalDateTime.now(clock));
    }

    @GetMapping
    @Operation(summary = "Work queues of the signed-in officer",
            description = "mine (assigned to me), due-today, late, agency (all active in my agency subtree), online "
                    + "(online submissions waiting to be accepted)")
    List<DossierView> queue(@Parameter(description = "mine | due-today | late | agency | online")
            @RequestParam(defaultValue = "agency") String queue) {
        Dossiers.Queue q;
        try {
            q = Dossiers.Queue.valueOf(queue.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("dossier-unknown-queue", "dossier.problem.unknown-queue", queue);
        }
        return dossiers.queue(q, LocalDateTime.now(clock));
    }
}
