package io.parhub.procedure.page;

import io.parhub.procedure.ChangeKind;
import io.parhub.procedure.Channel;
import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.Procedure;
import io.parhub.procedure.ProcedureChange;
import io.parhub.procedure.ProcedureLevel;
import io.parhub.procedure.ProcedurePage;
import io.parhub.procedure.ProcedurePublications;
import io.parhub.procedure.Procedures;
import io.parhub.procedure.PublicationDecision;
import io.parhub.procedure.PublicationError;
import io.parhub.procedure.PublicationRejected;
import io.parhub.procedure.PublicationResult;
import io.parhub.procedure.TimeUnit;
import io.parhub.shared.DomainException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of the catalogue (cán bộ kiểm soát TTHC, or an administrator): the list, a form that adds or amends
 * one procedure, and the abolition page. Each submission publishes a one-procedure decision through
 * {@link ProcedurePublications}: a NEW entry for a new procedure, AMENDED for an edit, ABOLISHED to retire.
 * "Kiểm tra" asks the same rules without writing anything.
 */
@Controller
@PreAuthorize("hasAnyRole('PROCEDURE_CONTROL', 'ADMIN')")
class StaffProcedureController {

    static final String BASE = "/staff/procedures";

    private final Procedures procedures;
    private final ProcedurePublications publications;
    private final ProblemMessages problemMessages;
    private final MessageSource messages;
    private final Clock clock;

    StaffProcedureController(Procedures procedures, ProcedurePublications publications,
            ProblemMessages problemMessages, MessageSource messages, Clock clock) {
        this.procedures = procedures;
        this.publications = publications;
        this.problemMessages = problemMessages;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(BASE)
    ModelAndView list(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(defaultValue = "1") int page) {
        LocalDate today = LocalDate.now(clock);
        CatalogueSearch search = new CatalogueSearch(q, field, null, null, null, today, page);
        ProcedurePage found = procedures.search(search.query());
        ModelAndView view = new ModelAndView("procedure/staff-list");
        view.addObject("search", search);
        view.addObject("fields", procedures.fields(today));
        view.addObject("total", found.total());
        view.addObject("items", found.items());
        view.addObject("pager", Pager.of(search, BASE, found.total()));
        return view;
    }

    @GetMapping(BASE + "/new")
    ModelAndView create() {
        return editor(ProcedureForm.blank(today()), null, new FormProblems(), HttpStatus.OK);
    }

    @PostMapping(BASE + "/new")
    ModelAndView create(@ModelAttribute("form") ProcedureForm form,
            @RequestParam(defaultValue = "publish") String action, Principal principal,
            RedirectAttributes redirect) {
        return submit(form, ChangeKind.NEW, form.getCode(), null, action, principal, redirect);
    }

    @GetMapping(BASE + "/{code}/edit")
    ModelAndView edit(@PathVariable String code) {
        Procedure current = current(code);
        return editor(ProcedureForm.of(code, current.content(), today()), current, new FormProblems(),
                HttpStatus.OK);
    }

    @PostMapping(BASE + "/{code}/edit")
    ModelAndView edit(@PathVariable String code, @ModelAttribute("form") ProcedureForm form,
            @RequestParam(defaultValue = "publish") String action, Principal principal,
            RedirectAttributes redirect) {
        form.setCode(code);
        return submit(form, ChangeKind.AMENDED, code, current(code), action, principal, redirect);
    }

    @GetMapping(BASE + "/{code}/retire")
    ModelAndView retire(@PathVariable String code) {
        return retirePage(current(code), RetireForm.startingOn(today()), new FormProblems(), HttpStatus.OK);
    }

    @PostMapping(BASE + "/{code}/retire")
    ModelAndView retire(@PathVariable String code, @ModelAttribute("form") RetireForm form, Principal principal,
            RedirectAttributes redirect) {
        Procedure current = current(code);
        ProcedureFormReader reader = new ProcedureFormReader();
        PublicationDecision decision = reader.decision(form.getDecision(), ProcedureChange.abolished(code));
        if (decision == null) {
            return retirePage(current, form, problemMessages.of(reader.problems(), List.of(), reader),
                    HttpStatus.BAD_REQUEST);
        }
        try {
            PublicationResult result = publications.publish(decision, principal.getName());
            redirect.addFlashAttribute("message", text(result.replayed() ? "procedure.page.retired.replayed"
                    : "procedure.page.retired", decision.number(), date(decision.effectiveFrom())));
            return new ModelAndView("redirect:" + detailUrl(code, decision.effectiveFrom()));
        } catch (PublicationRejected e) {
            return retirePage(current, form, problemMessages.of(List.of(), e.errors(), reader),
                    HttpStatus.BAD_REQUEST);
        } catch (DomainException e) {
            ModelAndView view = retirePage(current, form, new FormProblems(), conflictStatus(e));
            view.addObject("conflict", text(e.messageKey(), e.args()));
            return view;
        }
    }

    private ModelAndView submit(ProcedureForm form, ChangeKind kind, String code, @Nullable Procedure current,
            String action, Principal principal, RedirectAttributes redirect) {
        ProcedureFormReader reader = new ProcedureFormReader();
        ProcedureChange change = reader.change(kind, code, form);
        PublicationDecision decision = reader.decision(form.getDecision(), change);
        if ("rows".equals(action)) {
            form.addSpareRows();
            return editor(form, current, new FormProblems(), HttpStatus.OK);
        }
        if (decision == null || !reader.problems().isEmpty()) {
            return editor(form, current, problemMessages.of(reader.problems(), List.of(), reader),
                    HttpStatus.BAD_REQUEST);
        }
        if ("validate".equals(action)) {
            List<PublicationError> errors = publications.validate(decision);
            ModelAndView view = editor(form, current, problemMessages.of(List.of(), errors, reader),
                    errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
            view.addObject("checked", errors.isEmpty());
            return view;
        }
        try {
            PublicationResult result = publications.publish(decision, principal.getName());
            redirect.addFlashAttribute("message", text(result.replayed() ? "procedure.page.published.replayed"
                    : "procedure.page.published", decision.number(), date(decision.effectiveFrom())));
            return new ModelAndView("redirect:" + detailUrl(code, decision.effectiveFrom()));
        } catch (PublicationRejected e) {
            return editor(form, current, problemMessages.of(List.of(), e.errors(), reader), HttpStatus.BAD_REQUEST);
        } catch (DomainException e) {
            ModelAndView view = editor(form, current, new FormProblems(), conflictStatus(e));
            view.addObject("conflict", text(e.messageKey(), e.args()));
            return view;
        }
    }

    private ModelAndView editor(ProcedureForm form, @Nullable Procedure current, FormProblems problems,
            HttpStatus status) {
        ModelAndView view = new ModelAndView("procedure/edit", status);
        view.addObject("form", form);
        view.addObject("current", current);
        view.addObject("problems", problems);
        view.addObject("checked", false);
        view.addObject("conflict", null);
        view.addObject("fields", procedures.fields(today()));
        view.addObject("levels", ProcedureLevel.values());
        view.addObject("channels", Channel.values());
        view.addObject("onlineModes", OnlineMode.values());
        view.addObject("timeUnits", TimeUnit.values());
        return view;
    }

    private ModelAndView retirePage(Procedure current, RetireForm form, FormProblems problems, HttpStatus status) {
        ModelAndView view = new ModelAndView("procedure/staff-retire", status);
        view.addObject("procedure", current);
        view.addObject("form", form);
        view.addObject("problems", problems);
        view.addObject("conflict", null);
        return view;
    }

    /** The procedure as it stands today: only a current procedure can be amended or abolished from its page. */
    private Procedure current(String code) {
        return procedures.find(code, today()).orElseThrow(() -> DomainException.notFound("procedure-not-found",
                "procedure.page.not-current", code, date(today())));
    }

    /** A conflict (the number was published with other content) is shown on the form; anything else is not ours. */
    private static HttpStatus conflictStatus(DomainException e) {
        if (e.status() != HttpStatus.CONFLICT) {
            throw e;
        }
        return HttpStatus.CONFLICT;
    }

    private static String detailUrl(String code, LocalDate at) {
        return org.springframework.web.util.UriComponentsBuilder.fromPath(CataloguePageController.BASE + "/{code}")
                .queryParam("at", at).buildAndExpand(code).encode().toUriString();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String date(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
