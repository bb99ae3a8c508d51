package io.parhub.shared;

import org.springframework.http.HttpStatus;

/**
 * A rule of the domain said no. Carries a stable problem {@code type} slug, an HTTP status and a message key
 * resolved in the caller's language, so the API answers with RFC 9457 problem details and the UI with a
 * readable sentence.
 */
public class DomainException extends RuntimeException {

    private final String type;
    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] args;

    public DomainException(String type, HttpStatus status, String messageKey, Object... args) {
        super(type + ": " + messageKey);
        this.type = type;
        this.status = status;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public static DomainException notFound(String type, String messageKey, Object... args) {
        return new DomainException(type, HttpStatus.NOT_FOUND, messageKey, args);
    }

    public static DomainException invalid(String type, String messageKey, Object... args) {
        return new DomainException(type, HttpStatus.BAD_REQUEST, messageKey, args);
    }

    public static DomainException conflict(String type, String messageKey, Object... args) {
        return new DomainException(type, HttpStatus.CONFLICT, messageKey, args);
    }

    public static DomainException forbidden(String type, String messageKey, Object... args) {
        return new DomainException(type, HttpStatus.FORBIDDEN, messageKey, args);
    }

    public String type() {
        return type;
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
