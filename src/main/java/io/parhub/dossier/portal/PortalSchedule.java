package io.parhub.dossier.portal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the sender every {@code parhub.portal.send-delay} (ISO-8601 duration, counted from the end of the previous
 * run). {@code parhub.portal.schedule=false} leaves the schedule out: the tests call the sender themselves with
 * explicit times.
 */
@Component
@ConditionalOnProperty(name = "parhub.portal.schedule", havingValue = "true", matchIfMissing = true)
class PortalSchedule {

    private static final Logger log = LoggerFactory.getLogger(PortalSchedule.class);

    private final PortalSender sender;
    private final Clock clock;

    PortalSchedule(PortalSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${parhub.portal.send-delay:PT30S}",
            initialDelayString = "${parhub.portal.send-delay:PT30S}")
    void send() {
        try {
            PortalSender.Report report = sender.sendDue(clock.instant());
            if (report.sent() + report.retrying() + report.failed() > 0) {
                log.info("Portal sync: {} sent, {} to retry, {} failed", report.sent(), report.retrying(),
                        report.failed());
            }
        } catch (RuntimeException e) {
            // the next run tries again; a database that is away for a moment must not end the schedule
            log.error("Portal sync run failed", e);
        }
    }
}
