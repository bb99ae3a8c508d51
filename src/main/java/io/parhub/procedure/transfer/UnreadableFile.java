package io.parhub.procedure.transfer;

import io.parhub.shared.DomainException;

/** The upload is not a readable file of the announced format (a 400 problem, nothing is written). */
final class UnreadableFile {

    private UnreadableFile() {
    }

    static DomainException because(TransferFormat format, String reason) {
        return DomainException.invalid("transfer-unreadable-file", "transfer.problem.unreadable",
                format.name(), reason);
    }

    static DomainException empty() {
        return DomainException.invalid("transfer-empty-file", "transfer.problem.empty");
    }
}
