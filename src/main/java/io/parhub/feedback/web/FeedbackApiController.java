package io.parhub.feedback.web;

import io.parhub.feedback.ActionInput;
import io.parhub.feedback.FeedbackAction;
import io.parhub.feedback.FeedbackChannel;
import io.parhub.feedback.FeedbackKind;
import io.parhub.feedback.FeedbackStatus;
import io.parhub.feedback.FeedbackSubmission;
import io.parhub.feedback.FeedbackView;
import io.parhub.feedback.Feedbacks;
import io.parhub.feedback.Submitted;
import io.parhub.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff API of citizen feedback: queues, one feedback, the workflow's actions, hotline and post entries. */
@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "Feedback", description = "Phản ánh, kiến nghị (NĐ 20/2008): classify, forward, answer, publish (staff)")
class FeedbackApiController {

    private final Feedbacks feedbacks;
    private final Clock clock;

    FeedbackApiController(Feedbacks feedbacks, Clock clock) {
        this.feedbacks = feedbacks;
        this.clock = clock;
    }

    /** text: the reason (classify out of scope), the answer, the question as published, or a note. */
    record ActionRequest(@Nullable Integer version, @Nullable Boolean inScope, @Nullable String text,
            @Nullable String field, @Nullable String agencyCode) {
    }

    /** channel HOTLINE or POST; kind procedure, officer-conduct, regulation or other. */
    record EntryRequest(@Nullable String channel, @Nullable String kind, @Nullable String subject,
            @Nullable String content, @Nullable Boolean anonymous, @Nullable String name, @Nullable String phone,
            @Nullable String email, @Nullable String address, @Nullable String dossierCode,
            @Nullable String dossierCheck, @Nullable String procedureCode) {
    }

    @GetMapping
    @Operation(summary = "Feedback the signed-in officer may read",
            description = "queue: active (not closed, default), due-soon, late, all; status narrows to one state")
    List<FeedbackView> queue(@Parameter(description = "active | due-soon | late | all")
            @RequestParam(defaultValue = "active") String queue, @RequestParam(required = false) @Nullable String status) {
        return feedbacks.queue(Web.queue(queue), status == null || status.isBlank() ? null : Web.status(status),
                LocalDateTime.now(clock));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One feedback with the submitter, deadlines and flags, history and files")
    FeedbackView read(@PathVariable String code) {
        return feedbacks.find(code, LocalDateTime.now(clock)).orElseThrow(() -> DomainException.notFound(
                "feedback-not-found", "feedback.problem.not-found", code));
    }

    @PostMapping
    @Operation(summary = "Record a feedback taken by hotline or by post (PROCEDURE_CONTROL, PAR_OFFICE, COUNTER_OFFICER)")
    ResponseEntity<Submitted> record(@RequestBody EntryRequest body) {
        FeedbackChannel channel;
        try {
            channel = FeedbackChannel.valueOf(String.valueOf(body.channel()).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("feedback-channel", "feedback.problem.channel");
        }
        FeedbackSubmission s = new FeedbackSubmission(channel, Web.kind(body.kind()), String.valueOf(body.subject()),
                String.valueOf(body.content()), Boolean.TRUE.equals(body.anonymous()), body.name(), body.phone(), body.email(),
                body.address(), body.dossierCode(), body.dossierCheck(), body.procedureCode(), List.of());
        return ResponseEntity.status(HttpStatus.CREATED).body(feedbacks.record(s, LocalDateTime.now(clock)));
    }

    @PostMapping("/{code}/actions/{action}")
    @Operation(summary = "Act on a feedback",
            description = "classify (inScope; field, or text = reason when out of scope), forward (agencyCode), "
                    + "answer (text), publish (text = the question as published, optional; personal data is removed "
                    + "in any case), close. version is required: a stale one is a 409 feedback-stale.")
    FeedbackView act(@PathVariable String code, @PathVariable String action, @RequestBody ActionRequest body) {
        FeedbackAction verb = FeedbackAction.bySlug(action).orElseThrow(() -> DomainException.notFound(
                "feedback-unknown-action", "feedback.problem.unknown-action", action));
        if (body.version() == null) {
            throw DomainException.invalid("validation", "problem.validation", "version");
        }
        return feedbacks.act(code, verb, new ActionInput(body.version(), body.inScope(), body.text(), body.field(),
                body.agencyCode()), LocalDateTime.now(clock));
    }
}
