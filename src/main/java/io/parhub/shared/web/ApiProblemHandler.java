package io.parhub.shared.web;

import io.parhub.shared.DomainException;
import io.parhub.shared.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error is an RFC 9457 problem detail: a stable {@code type} per error and a title and detail in the
 * caller's language (Vietnamese unless {@code Accept-Language} asks for English).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        return problem(e.status(), e.type(), e.messageKey(), e.args());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "problem.invalid-parameter", e.getName(),
                String.valueOf(e.getValue()));
    }

    /** A role check ({@code @PreAuthorize}) said no: 401 for an anonymous caller, 403 for a signed-in one. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
        return anonymous ? problem(HttpStatus.UNAUTHORIZED, "unauthorized", "error.page.401")
                : problem(HttpStatus.FORBIDDEN, "forbidden", "error.page.403");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleEdit(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-edit", "problem.concurrent-edit");
    }

    /** Spring's own errors (missing parameter, unreadable body, invalid fields): same shape, caller's language. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpStatus known = HttpStatus.resolve(status.value());
        HttpStatus httpStatus = known == null ? HttpStatus.BAD_REQUEST : known;
        ResponseEntity<ProblemDetail> problem;
        if (e instanceof MissingServletRequestParameterException missing) {
            problem = problem(httpStatus, "missing-parameter", "problem.missing-parameter",
                    missing.getParameterName());
        } else if (e instanceof MethodArgumentNotValidException invalid) {
            problem = problem(httpStatus, "validation", "problem.validation",
                    invalid.getBindingResult().getFieldErrors().stream()
                            .map(f -> f.getField() + ": " + f.getDefaultMessage()).toList().toString());
        } else if (e instanceof HttpMessageNotReadableException) {
            problem = problem(httpStatus, "bad-request", "problem.unreadable-body");
        } else {
            problem = problem(httpStatus, slug(httpStatus), "error.page." + httpStatus.value());
        }
        return ResponseEntity.status(problem.getStatusCode()).headers(headers)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem.getBody());
    }

    private static String slug(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case PAYLOAD_TOO_LARGE -> "payload-too-large";
            default -> status.is5xxServerError() ? "internal-error" : "bad-request";
        };
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "problem.internal-error");
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String key, Object... args) {
        ProblemDetail body = Problems.of(messages, LocaleContextHolder.getLocale(), status, type, key, args);
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
