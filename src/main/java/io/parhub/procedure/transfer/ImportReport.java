package io.parhub.procedure.transfer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import found or did.
 *
 * @param dryRun true when nothing was (or would have been) written
 * @param rows data rows read from the file
 * @param errors every problem; an import with any error writes nothing
 * @param alreadyImported true when this very file (SHA-256) was already imported with this decision number, or the
 *        decision was already published with identical content: nothing was, or would be, written again
 * @param decisionId the published decision, after a real import (also when already imported)
 */
public record ImportReport(boolean dryRun, String sha256, TransferFormat format, @Nullable String fileName, int rows,
        long added, long amended, long abolished, List<RowError> errors, boolean alreadyImported,
        @Nullable Long decisionId) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
