package io.parhub.feedback.web;

import io.parhub.shared.DomainException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the Open311 endpoints in GeoReport v2's shape, {@code [{"code": 400, "description": "…"}]}, in the
 * caller's language, instead of parhub's problem details.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

    private final MessageSource messages;

    Open311Errors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<List<Map<String, Object>>> domain(DomainException e, Locale locale) {
        return error(e.status(), messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<List<Map<String, Object>>> badRequest(Exception e, Locale locale) {
        return error(HttpStatus.BAD_REQUEST, messages.getMessage("feedback.open311.problem.request-invalid", null,
                locale) + " " + e.getMessage());
    }

    private static ResponseEntity<List<Map<String, Object>>> error(HttpStatus status, String description) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(List.of(Map.of("code", status.value(), "description", description)));
    }
}
