package io.parhub.procedure.web;

import io.parhub.shared.Problems;
import io.parhub.procedure.ProcedurePublications;
import io.parhub.procedure.PublicationDecision;
import io.parhub.procedure.PublicationError;
import io.parhub.procedure.PublicationRejected;
import io.parhub.procedure.PublicationResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff publish decisions (procedure control officers and administrators). The decision number is the idempotency
 * key: a retry with the same content answers 200 with the first result, other content under the same number 409.
 */
@RestController
@RequestMapping("/api/v1/procedure-decisions")
@PreAuthorize("hasAnyRole('PROCEDURE_CONTROL', 'ADMIN')")
@Tag(name = "Procedure decisions", description = "Publication decisions: new, amended, abolished procedures "
        + "(roles PROCEDURE_CONTROL, ADMIN)")
class DecisionApiController {

    private final ProcedurePublications publications;
    private final MessageSource messages;

    DecisionApiController(ProcedurePublications publications, MessageSource messages) {
        this.publications = publications;
        this.messages = messages;
    }

    /** One error in the caller's language. */
    record ErrorJson(int index, @Nullable String code, String field, String messageKey, String message) {
    }

    record Validation(boolean valid, List<ErrorJson> errors) {
    }

    @PostMapping
    @Operation(summary = "Publish a decision", description = "All changes take effect on effectiveFrom, in one "
            + "transaction: 201 when written, 200 for a retry of the same decision, 400 listing every error "
            + "(nothing written), 409 when the number was published with other content. Enum values in the body "
            + "are upper case (NEW, AMENDED, ABOLISHED; PROVINCE, COMMUNE; WORKING_DAYS; COUNTER, ONLINE, POST); "
            + "form content is base64.")
    ResponseEntity<PublicationResult> publish(@RequestBody PublicationDecision decision, Principal principal) {
        PublicationResult result = publications.publish(decision, principal.getName());
        return ResponseEntity.status(result.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(result);
    }

    @PostMapping("/validate")
    @Operation(summary = "Check a decision without writing anything", description = "Same body as publishing; "
            + "answers every error the decision would be rejected with.")
    Validation validate(@RequestBody PublicationDecision decision) {
        List<ErrorJson> errors = publications.validate(decision).stream().map(this::json).toList();
        return new Validation(errors.isEmpty(), errors);
    }

    @ExceptionHandler(PublicationRejected.class)
    ResponseEntity<ProblemDetail> rejected(PublicationRejected e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = Problems.of(messages, locale, HttpStatus.BAD_REQUEST, e.type(), e.messageKey(),
                e.args());
        problem.setProperty("errors", e.errors().stream().map(this::json).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private ErrorJson json(PublicationError error) {
        String message = messages.getMessage(error.messageKey(), error.args().toArray(), error.messageKey(),
                LocaleContextHolder.getLocale());
        return new ErrorJson(error.index(), error.code(), error.field(), error.messageKey(), message);
    }
}
