package io.parhub.calendar.web;

import io.parhub.calendar.store.HolidayRules;
import io.parhub.calendar.store.RuleAdministration;
import io.parhub.calendar.store.RuleProblem;
import io.parhub.calendar.store.RuleRejected;
import io.parhub.shared.DomainException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Administrators add public-holiday rules and end them (/admin/** needs ROLE_ADMIN). Rules are never deleted: a rule
 * that applied to past days keeps applying to them. Each command is one transaction in {@link RuleAdministration}.
 */
@Controller
class CalendarRulesController {

    private final RuleAdministration administration;
    private final HolidayRules rules;

    CalendarRulesController(RuleAdministration administration, HolidayRules rules) {
        this.administration = administration;
        this.rules = rules;
    }

    @GetMapping("/admin/calendar/rules")
    ModelAndView list(@RequestParam(required = false) @Nullable Long added,
            @RequestParam(required = false) @Nullable Long ended) {
        ModelAndView view = page(new RuleForm(), List.of());
        view.addObject("added", added);
        view.addObject("ended", ended);
        return view;
    }

    @PostMapping("/admin/calendar/rules")
    ModelAndView add(@ModelAttribute("form") RuleForm form, Principal principal) {
        try {
            long id = administration.add(form.draft(), principal.getName());
            return new ModelAndView("redirect:/admin/calendar/rules?added=" + id);
        } catch (RuleRejected e) {
            return page(form, e.problems());
        }
    }

    @PostMapping("/admin/calendar/rules/{id}/end")
    ModelAndView end(@PathVariable long id, @RequestParam int version,
            @RequestParam(defaultValue = "") String validTo, @RequestParam(defaultValue = "") String endBasis,
            Principal principal) {
        LocalDate date = parse(validTo);
        try {
            administration.end(id, version, date, endBasis, principal.getName());
            return new ModelAndView("redirect:/admin/calendar/rules?ended=" + id);
        } catch (RuleRejected e) {
            ModelAndView view = page(new RuleForm(), e.problems());
            keepEndInput(view, id, validTo, endBasis);
            return view;
        } catch (DomainException e) {
            if (e.status() != HttpStatus.CONFLICT) {
                throw e;
            }
            ModelAndView view = page(new RuleForm(), List.of());
            view.addObject("conflict", e);
            view.setStatus(HttpStatus.CONFLICT);
            keepEndInput(view, id, validTo, endBasis);
            return view;
        }
    }

    private ModelAndView page(RuleForm form, List<RuleProblem> problems) {
        ModelAndView view = new ModelAndView("admin/calendar-rules");
        if (!problems.isEmpty()) {
            view.setStatus(HttpStatus.BAD_REQUEST);
        }
        view.addObject("rules", rules.stored());
        view.addObject("today", administration.today());
        view.addObject("form", form);
        view.addObject("problems", problems);
        view.addObject("errorFields", problems.stream().map(RuleProblem::field).toList());
        view.addObject("conflict", null);
        view.addObject("added", null);
        view.addObject("ended", null);
        view.addObject("endRule", null);
        view.addObject("endValidTo", "");
        view.addObject("endBasis", "");
        return view;
    }

    private static void keepEndInput(ModelAndView view, long id, String validTo, String endBasis) {
        view.addObject("endRule", id);
        view.addObject("endValidTo", validTo);
        view.addObject("endBasis", endBasis);
    }

    private static @Nullable LocalDate parse(String value) {
        try {
            return value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
