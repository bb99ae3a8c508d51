package io.parhub.dossier.bench;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One generated dossier before it is written: its agency, procedure, channel, times and state (Vietnam time). */
final class GeneratedDossier {

    final ScenarioCatalogue.Agency agency;
    final ScenarioCatalogue.Procedure procedure;
    final String channel;
    final LocalDateTime submitted;
    final LocalDateTime received;
    final LocalDateTime originalDue;
    LocalDateTime due;
    /** First supplement request, and the re-submission after the last one (null when none was asked). */
    @Nullable LocalDateTime requested;
    @Nullable LocalDateTime resumed;
    /** Set while waiting for a supplement: the clock is stopped. */
    @Nullable LocalDateTime clockStopped;
    @Nullable LocalDateTime resolved;
    @Nullable LocalDateTime delivered;
    String status = "IN_PROGRESS";
    int supplements;
    boolean flagged;
    boolean apologised;

    GeneratedDossier(ScenarioCatalogue.Agency agency, ScenarioCatalogue.Procedure procedure, String channel,
            LocalDateTime submitted, LocalDateTime received, LocalDateTime due) {
        this.agency = agency;
        this.procedure = procedure;
        this.channel = channel;
        this.submitted = submitted;
        this.received = received;
        this.originalDue = due;
        this.due = due;
    }

    LocalDateTime received() {
        return received;
    }
}
