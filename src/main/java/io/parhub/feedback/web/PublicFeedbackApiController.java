package io.parhub.feedback.web;

import io.parhub.feedback.FeedbackChannel;
import io.parhub.feedback.FeedbackKind;
import io.parhub.feedback.FeedbackSubmission;
import io.parhub.feedback.FeedbackTracking;
import io.parhub.feedback.Feedbacks;
import io.parhub.feedback.PublicAnswer;
import io.parhub.feedback.Submitted;
import io.parhub.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Citizens' feedback API without sign-in: send, follow with the check, read published answers. */
@RestController
@Tag(name = "Feedback (public)", description = "Gửi, theo dõi phản ánh, kiến nghị; các câu trả lời đã công khai")
class PublicFeedbackApiController {

    private final Feedbacks feedbacks;
    private final Clock clock;

    PublicFeedbackApiController(Feedbacks feedbacks, Clock clock) {
        this.feedbacks = feedbacks;
        this.clock = clock;
    }

    /** kind: procedure, officer-conduct, regulation, other. Without anonymous: name and a phone or an e-mail. */
    record SubmissionRequest(@Nullable String kind, @Nullable String subject, @Nullable String content,
            @Nullable Boolean anonymous, @Nullable String name, @Nullable String phone, @Nullable String email,
            @Nullable String address, @Nullable String dossierCode, @Nullable String dossierCheck,
            @Nullable String procedureCode) {
    }

    @PostMapping("/api/v1/public/feedback")
    @Operation(summary = "Send a feedback (no sign-in)",
            description = "Header Idempotency-Key (required): a retry with the same key and body returns the first "
                    + "feedback with 200; another body with the same key is a 409. 201 {code, status, check, secret, "
                    + "trackingPath}: check is the phone's last 4 digits, or (anonymous or no phone) a 6-digit secret "
                    + "that is shown only in this answer. Attachments are sent through the form /feedback/new.")
    ResponseEntity<Submitted> submit(@RequestBody SubmissionRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        if (key == null || key.isBlank()) {
            throw DomainException.invalid("feedback-idempotency-key-required",
                    "feedback.problem.idempotency-key-required");
        }
        FeedbackSubmission s = new FeedbackSubmission(FeedbackChannel.ONLINE, Web.kind(body.kind()),
                String.valueOf(body.subject() == null ? "" : body.subject()),
                String.valueOf(body.content() == null ? "" : body.content()), Boolean.TRUE.equals(body.anonymous()), body.name(),
                body.phone(), body.email(), body.address(), body.dossierCode(), body.dossierCheck(),
                body.procedureCode(), List.of());
        Submitted out = feedbacks.submit(s, LocalDateTime.now(clock), key);
        return ResponseEntity.status(out.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(out);
    }

    @GetMapping("/api/v1/public/feedback/{code}")
    @Operation(summary = "Follow a feedback", description = "404 when the code is unknown or the check is wrong (not "
            + "told apart). No personal data; the answer once given.")
    FeedbackTracking track(@PathVariable String code,
            @Parameter(description = "the phone's last 4 digits, or the secret") @RequestParam String check) {
        return feedbacks.track(code, check).orElseThrow(() -> DomainException.notFound("feedback-not-found",
                "feedback.problem.not-found", code));
    }

    @GetMapping("/api/v1/public/feedback/answers")
    @Operation(summary = "Published answers, newest first, without personal data",
            description = "q searches subject, question and answer (accents ignored); kind filters")
    List<PublicAnswer> answers(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String kind, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        FeedbackKind k = kind == null || kind.isBlank() ? null : Web.kind(kind);
        return feedbacks.answers(q, k, page, size);
    }
}
