package io.parhub.planning.inspection;

import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The forms of the year page that create the inspection plan, its teams and the units on it, through the same service
 * commands as the API. A refusal is shown on the page with what was typed; who may not is sent to the 403 page.
 */
@Controller
class InspectionPlanPageController {

    private final InspectionService service;
    private final InspectionReader reader;
    private final InspectionPlanForms forms;
    private final MessageSource messages;
    private final Clock clock;

    InspectionPlanPageController(InspectionService service, InspectionReader reader, InspectionPlanForms forms,
            MessageSource messages, Clock clock) {
        this.service = service;
        this.reader = reader;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/staff/inspections/plans")
    ModelAndView createPlan(@RequestParam int year, @RequestParam(required = false) @Nullable String number,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable LocalDate issuedOn,
            @RequestParam(required = false) @Nullable String signer, @RequestParam Map<String, String> form) {
        try {
            service.createPlan(new InspectionInput.NewPlan(year, text(number), text(title), issuedOn, text(signer)),
                    now());
            return saved(year, "plan", "plan-facts");
        } catch (DomainException e) {
            return refused(year, form, e);
        }
    }

    /** @param year the plan's year, to show the page again after a refusal */
    @PostMapping("/staff/inspections/plans/{id}/teams")
    ModelAndView addTeam(@PathVariable long id, @RequestParam int year,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String leader,
            @RequestParam(required = false) @Nullable String members, @RequestParam Map<String, String> form) {
        try {
            service.addTeam(id, new InspectionInput.NewTeam(text(name), text(leader), members), now());
            return saved(year, "team", "teams");
        } catch (DomainException e) {
            return refused(year, form, e);
        }
    }

    @PostMapping("/staff/inspections/plans/{id}/units")
    ModelAndView addUnit(@PathVariable long id, @RequestParam int year,
            @RequestParam(required = false) @Nullable String agencyCode,
            @RequestParam(required = false) @Nullable LocalDate plannedOn,
            @RequestParam(required = false) @Nullable Long teamId, @RequestParam Map<String, String> form) {
        try {
            if (agencyCode == null || agencyCode.isBlank()) {
                // the service would name an empty code; on the page the unit simply was not chosen
                throw DomainException.invalid("inspection-agency", "inspection.form.agency-required");
            }
            service.addUnit(id, new InspectionInput.NewUnit(agencyCode, plannedOn, teamId), now());
            return saved(year, "unit", "units");
        } catch (DomainException e) {
            return refused(year, form, e);
        }
    }

    private static ModelAndView saved(int year, String what, String anchor) {
        return new ModelAndView("redirect:/staff/inspections?year=" + year + "&saved=" + what + "#" + anchor);
    }

    /**
     * Bad input and conflicts come back as a sentence above the forms; a conflict means someone changed the plan
     * meanwhile (the year got its plan, the unit was put on it), so the page shows the plan as it is now.
     */
    private ModelAndView refused(int year, Map<String, String> form, DomainException e) {
        if (e.status() != HttpStatus.BAD_REQUEST && e.status() != HttpStatus.CONFLICT) {
            throw e;
        }
        var locale = LocaleContextHolder.getLocale();
        String why = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
        String sentence = e.status() == HttpStatus.CONFLICT
                ? messages.getMessage("inspection.form.changed", new Object[] {why}, locale) : why;
        ModelAndView page = forms.page(reader.year(year, LocalDate.now(clock)), form, sentence);
        page.setStatus(e.status());
        return page;
    }

    /** Blank fields reach the service as empty text, which it refuses with its own sentence. */
    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
