package io.parhub.procedure.transfer;

import io.parhub.shared.DomainException;
import org.springframework.http.HttpStatus;

/** An import with errors: nothing was written. Carries the whole report, so every row's errors can be shown. */
class ImportRejected extends DomainException {

    static final String TYPE = "procedure-import-invalid";

    private final transient ImportReport report;

    ImportRejected(ImportReport report) {
        super(TYPE, HttpStatus.BAD_REQUEST, "transfer.problem.invalid", report.errors().size());
        this.report = report;
    }

    ImportReport report() {
        return report;
    }
}
