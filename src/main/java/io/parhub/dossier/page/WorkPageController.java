package io.parhub.dossier.page;

import io.parhub.dossier.ActionInput;
import io.parhub.dossier.ControlSheet;
import io.parhub.dossier.Dossier;
import io.parhub.dossier.DossierAction;
import io.parhub.dossier.DossierView;
import io.parhub.dossier.Dossiers;
import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Work queues (mine, due today, late, agency) and one dossier with its history, control sheet and the actions its
 * state allows for the signed-in officer. Actions carry the version the officer saw: a stale one shows the fresh state
 * with a conflict message, nothing is lost.
 */
@Controller
@PreAuthorize("hasAnyRole('COUNTER_OFFICER', 'SPECIALIST', 'AGENCY_LEADER')")
class WorkPageController {

    static final List<String> QUEUES = List.of("mine", "due-today", "late", "agency", "online");

    private final Dossiers dossiers;
    private final MessageSource messages;
    private final Clock clock;

    WorkPageController(Dossiers dossiers, MessageSource messages, Clock clock) {
        this.dossiers = dossiers;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/staff/dossiers")
    ModelAndView queue(@RequestParam(defaultValue = "mine") String queue) {
        String q = QUEUES.contains(queue) ? queue : "mine";
        LocalDateTime now = LocalDateTime.now(clock);
        ModelAndView view = new ModelAndView("dossier/queue");
        view.addObject("queue", q);
        view.addObject("queues", QUEUES);
        view.addObject("now", now);
        view.addObject("dossiers", dossiers.queue(Dossiers.Queue.valueOf(q.toUpperCase(Locale.ROOT)
                .replace('-', '_')), now));
        return view;
    }

    /** Provincial leaders and the PAR office read a dossier too: the dashboard's late list links here. */
    @GetMapping("/staff/dossiers/{code}")
    @PreAuthorize("hasAnyRole('COUNTER_OFFICER', 'SPECIALIST', 'AGENCY_LEADER', 'PROVINCIAL_LEADER', 'PAR_OFFICE')")
    ModelAndView dossier(@PathVariable String code, Authentication who) {
        return page(code, who, null, HttpStatus.OK);
    }

    @PostMapping("/staff/dossiers/{code}/actions/{action}")
    ModelAndView act(@PathVariable String code, @PathVariable String action, @RequestParam int version,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable String items,
            @RequestParam(required = false) @Nullable String newDate,
            @RequestParam(required = false) @Nullable String assignee,
            @RequestParam(required = false) @Nullable Integer part,
            @RequestParam(required = false) @Nullable String returnMode, Authentication who,
            RedirectAttributes redirect) {
        DossierAction verb = DossierAction.bySlug(action).orElseThrow(() -> DomainException.notFound(
                "dossier-unknown-action", "dossier.problem.unknown-action", action));
        try {
            List<String> lines = items == null ? List.of() : Arrays.stream(items.split("\\R")).toList();
            LocalDate date = newDate == null || newDate.isBlank() ? null : LocalDate.parse(newDate);
            Dossier.ReturnMode mode = returnMode == null || returnMode.isBlank() ? null
                    : Dossier.ReturnMode.valueOf(returnMode.strip().toUpperCase(Locale.ROOT));
            dossiers.act(code, verb, new ActionInput(version, blank(note), lines, date, blank(assignee), part, mode),
                    LocalDateTime.now(clock));
        } catch (DomainException e) {
            String message = "dossier-stale".equals(e.type())
                    ? messages.getMessage("dossier.page.conflict", null, LocaleContextHolder.getLocale())
                    : messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
            return page(code, who, message, e.status());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return page(code, who, messages.getMessage("dossier.page.reception.bad-date", null,
                    LocaleContextHolder.getLocale()), HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("done", verb.slug());
        return new ModelAndView("redirect:/staff/dossiers/" + code);
    }

    private ModelAndView page(String code, Authentication who, @Nullable String problem, HttpStatus status) {
        DossierView d = dossiers.find(code).orElseThrow(() -> DomainException.notFound("dossier-not-found",
                "dossier.problem.not-found", code));
        LocalDateTime now = LocalDateTime.now(clock);
        ModelAndView view = new ModelAndView("dossier/dossier", status);
        view.addObject("dossier", d);
        view.addObject("now", now);
        ControlSheet sheet = d.receivedAt() == null ? null : dossiers.controlSheet(code, now);
        view.addObject("sheet", sheet);
        view.addObject("stepName", sheet == null || d.currentStep() == null ? null : sheet.runs().stream()
                .filter(r -> r.step() == d.currentStep()).map(ControlSheet.Run::name).reduce((a, b) -> b)
                .orElse(null));
        boolean partsOpen = d.parts().stream().anyMatch(p -> "IN_PROGRESS".equals(p.state()));
        view.addObject("actions", allowed(d.status(), roles(who), d.bundleCode() != null, partsOpen).stream()
                .map(DossierAction::slug).toList());
        view.addObject("returnModes", Dossier.ReturnMode.values());
        view.addObject("slip", SlipKinds.forStatus(d.status()));
        view.addObject("problem", problem);
        return view;
    }

    static List<DossierAction> allowed(String status, Set<String> roles) {
        return allowed(status, roles, false, false);
    }

    /**
     * What the state allows and the officer's roles may do; the engine checks both again (and, for a part of an
     * interconnected dossier, that the officer belongs to the part's agency).
     */
    static List<DossierAction> allowed(String status, Set<String> roles, boolean bundle, boolean partsOpen) {
        boolean counter = roles.contains("COUNTER_OFFICER");
        boolean handler = roles.contains("SPECIALIST") || roles.contains("AGENCY_LEADER");
        boolean leader = roles.contains("AGENCY_LEADER");
        EnumSet<DossierAction> out = EnumSet.noneOf(DossierAction.class);
        switch (status) {
            case "SUBMITTED" -> {
                if (counter) {
                    out.addAll(List.of(DossierAction.ACCEPT, DossierAction.REFUSE));
                }
            }
            case "RECEIVED", "IN_PROGRESS" -> {
                if (counter && status.equals("RECEIVED")) {
                    out.add(DossierAction.FORWARD);
                }
                if (counter) {
                    out.add(DossierAction.WITHDRAW);
                }
                if (handler) {
                    out.addAll(List.of(DossierAction.FORWARD, DossierAction.RETURN,
                            DossierAction.REQUEST_SUPPLEMENT, DossierAction.REQUEST_PAYMENT, DossierAction.APOLOGISE,
                            DossierAction.REFUSE, DossierAction.SUSPEND));
                }
                if (leader) {
                    out.add(DossierAction.APPROVE);
                }
                if (bundle) {
                    out.removeAll(List.of(DossierAction.FORWARD, DossierAction.RETURN, DossierAction.APPROVE));
                    if (partsOpen && (counter || handler)) {
                        out.add(DossierAction.COMPLETE_PART);
                    }
                }
            }
            case "AWAITING_PAYMENT" -> {
                if (counter || handler) {
                    out.add(DossierAction.CONFIRM_PAYMENT);
                }
                if (counter) {
                    out.add(DossierAction.WITHDRAW);
                }
                if (handler) {
                    out.addAll(List.of(DossierAction.REFUSE, DossierAction.SUSPEND));
                }
            }
            case "SUPPLEMENT_REQUESTED" -> {
                if (counter || handler) {
                    out.add(DossierAction.SUPPLEMENT);
                }
                if (counter) {
                    out.add(DossierAction.WITHDRAW);
                }
            }
            case "RESOLVED" -> {
                if (handler && !bundle) {
                    out.addAll(List.of(DossierAction.FORWARD, DossierAction.RETURN));
                }
                if (counter) {
                    out.add(DossierAction.DELIVER);
                }
            }
            default -> {
            }
        }
        return List.copyOf(out);
    }

    private static Set<String> roles(Authentication who) {
        return who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
