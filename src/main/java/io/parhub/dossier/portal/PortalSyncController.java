package io.parhub.dossier.portal;

import io.parhub.shared.DomainException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What failed to reach the national portal: counts by status, the FAILED and retrying messages, "retry now"; as a
 * staff page and as JSON. For the administrator and the PAR office, who answer for the province's figures on the
 * portal.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'PAR_OFFICE')")
class PortalSyncController {

    /** One failed or retrying message as the API shows it. */
    record Failure(long id, String dossierCode, String kind, String status, int attempts, @Nullable String lastError,
            Instant createdAt, @Nullable Instant nextAttemptAt) {

        static Failure of(PortalOutbox.Message m) {
            return new Failure(m.id(), m.dossierCode(), m.kind().name(), m.status().name(), m.attempts(),
                    m.lastError(), m.createdAt(), m.status() == PortalOutbox.Status.PENDING ? m.nextAttemptAt() : null);
        }
    }

    record Failures(Map<String, Long> counts, List<Failure> failures) {
    }

    private final PortalSync sync;
    private final PortalProperties properties;
    private final MessageSource messages;
    private final ZoneId zone;

    PortalSyncController(PortalSync sync, PortalProperties properties, MessageSource messages,
            @Value("${parhub.time-zone}") ZoneId zone) {
        this.sync = sync;
        this.properties = properties;
        this.messages = messages;
        this.zone = zone;
    }

    @GetMapping("/admin/portal-sync")
    ModelAndView page() {
        ModelAndView view = new ModelAndView("dossier/portal-sync");
        view.addObject("counts", sync.counts());
        view.addObject("failures", sync.failures());
        view.addObject("sending", properties.sending());
        view.addObject("statusMap", properties.effectiveStatusMap());
        view.addObject("maxAttempts", properties.maxAttempts());
        view.addObject("zone", zone);
        return view;
    }

    @PostMapping("/admin/portal-sync/messages/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        try {
            PortalOutbox.Message m = sync.retry(id);
            redirect.addFlashAttribute("retried", m.dossierCode());
        } catch (DomainException e) {
            Locale locale = LocaleContextHolder.getLocale();
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                    locale));
        }
        return "redirect:/admin/portal-sync";
    }

    @GetMapping("/api/v1/portal-sync/failures")
    @ResponseBody
    Failures failures() {
        Map<String, Long> counts = new LinkedHashMap<>();
        sync.counts().forEach((status, n) -> counts.put(status.name(), n));
        return new Failures(counts, sync.failures().stream().map(Failure::of).toList());
    }

    @PostMapping("/api/v1/portal-sync/messages/{id}/retry")
    @ResponseBody
    Failure retryApi(@PathVariable long id) {
        return Failure.of(sync.retry(id));
    }
}
