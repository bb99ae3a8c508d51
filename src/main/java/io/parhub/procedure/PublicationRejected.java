package io.parhub.procedure;

import io.parhub.shared.DomainException;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A decision failed validation: nothing was written. Carries every error found, not only the first. */
public class PublicationRejected extends DomainException {

    private final transient List<PublicationError> errors;

    public PublicationRejected(List<PublicationError> errors) {
        super("procedure-decision-invalid", HttpStatus.BAD_REQUEST, "procedure.decision.invalid", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<PublicationError> errors() {
        return errors;
    }
}
