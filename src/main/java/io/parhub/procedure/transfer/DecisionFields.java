package io.parhub.procedure.transfer;

import io.parhub.procedure.ProcedureChange;
import io.parhub.procedure.PublicationDecision;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The header data of the publication decision that an import carries, as typed in the form or sent as multipart
 * fields: number, signing date, signer, effective date, issuer. Dates are ISO (YYYY-MM-DD).
 */
public record DecisionFields(@Nullable String number, @Nullable String signedOn, @Nullable String signer,
        @Nullable String effectiveFrom, @Nullable String issuer) {

    /** The names the fields have in the form, in the API and in error reports. */
    static final String NUMBER = "number";
    static final String SIGNED_ON = "signedOn";
    static final String SIGNER = "signer";
    static final String EFFECTIVE_FROM = "effectiveFrom";
    static final String ISSUER = "issuer";

    public DecisionFields {
        number = clean(number);
        signedOn = clean(signedOn);
        signer = clean(signer);
        effectiveFrom = clean(effectiveFrom);
        issuer = clean(issuer);
    }

    /** Every problem with the fields, on row 0 (the decision, not a row of the file). */
    List<RowError> errors() {
        List<RowError> errors = new ArrayList<>();
        required(errors, NUMBER, number);
        required(errors, ISSUER, issuer);
        LocalDate signed = date(errors, SIGNED_ON, signedOn);
        LocalDate effective = date(errors, EFFECTIVE_FROM, effectiveFrom);
        if (signed != null && effective != null && effective.isBefore(signed)) {
            errors.add(new RowError(0, EFFECTIVE_FROM, null, "transfer.error.decision.effective-before-signed",
                    List.of(effectiveFrom, signedOn)));
        }
        return errors;
    }

    /** The decision with these changes; call only when {@link #errors()} is empty. */
    PublicationDecision decision(List<ProcedureChange> changes, @Nullable String note) {
        if (number == null || issuer == null || signedOn == null || effectiveFrom == null) {
            throw new IllegalStateException("decision fields not valid: " + errors());
        }
        return new PublicationDecision(number, LocalDate.parse(signedOn), signer, LocalDate.parse(effectiveFrom),
                issuer, note, changes);
    }

    @Nullable LocalDate effectiveDate() {
        try {
            return effectiveFrom == null ? null : LocalDate.parse(effectiveFrom);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void required(List<RowError> errors, String field, @Nullable String value) {
        if (value == null) {
            errors.add(new RowError(0, field, null, "transfer.error.decision.required", List.of(field)));
        }
    }

    private static @Nullable LocalDate date(List<RowError> errors, String field, @Nullable String value) {
        if (value == null) {
            errors.add(new RowError(0, field, null, "transfer.error.decision.required", List.of(field)));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new RowError(0, field, null, "transfer.error.decision.date", List.of(value)));
            return null;
        }
    }

    private static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
