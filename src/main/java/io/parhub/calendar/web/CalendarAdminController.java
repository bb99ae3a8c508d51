package io.parhub.calendar.web;

import io.parhub.calendar.store.HolidayRule;
import io.parhub.calendar.store.HolidayRules;
import io.parhub.calendar.store.OfficialSchedules;
import io.parhub.calendar.store.ScheduleAdministration;
import io.parhub.calendar.store.ScheduleCsv;
import io.parhub.calendar.store.ScheduleDay;
import io.parhub.calendar.store.ScheduleKind;
import io.parhub.calendar.store.ScheduleProblem;
import io.parhub.calendar.store.ScheduleRejected;
import io.parhub.calendar.store.YearSchedule;
import io.parhub.shared.DomainException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Administrators enter each year's official holiday schedule (/admin/** needs ROLE_ADMIN): a form of rows with
 * add/remove, or a CSV in the format of the shipped seed. Saving replaces the year's schedule in one transaction.
 */
@Controller
class CalendarAdminController {

    private final ScheduleAdministration administration;
    private final OfficialSchedules schedules;
    private final HolidayRules rules;

    CalendarAdminController(ScheduleAdministration administration, OfficialSchedules schedules, HolidayRules rules) {
        this.administration = administration;
        this.schedules = schedules;
        this.rules = rules;
    }

    @GetMapping("/admin/calendar")
    String overview(Model model) {
        model.addAttribute("schedules", schedules.years());
        model.addAttribute("rules", rules.all());
        return "admin/calendar";
    }

    @GetMapping(path = "/admin/calendar", params = "year")
    String open(@RequestParam int year) {
        return "redirect:/admin/calendar/" + year;
    }

    @GetMapping("/admin/calendar/{year}")
    ModelAndView edit(@PathVariable int year, @RequestParam(required = false) @Nullable String saved, Locale locale) {
        checkYear(year);
        ScheduleForm form = new ScheduleForm();
        YearSchedule schedule = schedules.find(year).orElse(null);
        if (schedule != null) {
            form.setVersion(schedule.version());
            schedule.days().forEach(d -> form.getRows().add(ScheduleForm.Row.of(d)));
        }
        form.getRows().add(new ScheduleForm.Row());
        ModelAndView view = page(year, form, schedule, List.of(), locale);
        view.addObject("saved", saved != null);
        return view;
    }

    @PostMapping("/admin/calendar/{year}")
    ModelAndView save(@PathVariable int year, @ModelAttribute("form") ScheduleForm form,
            @RequestParam(defaultValue = "save") String action, Principal principal, Locale locale) {
        checkYear(year);
        if (action.equals("add")) {
            form.getRows().add(new ScheduleForm.Row());
            return page(year, form, schedules.find(year).orElse(null), List.of(), locale);
        }
        if (action.startsWith("remove-")) {
            int index = Integer.parseInt(action.substring("remove-".length()));
            if (index >= 0 && index < form.getRows().size()) {
                form.getRows().remove(index);
            }
            return page(year, form, schedules.find(year).orElse(null), List.of(), locale);
        }
        List<ScheduleProblem> problems = new ArrayList<>();
        List<ScheduleDay> days = form.days(rules.all(), occasionNames(Locale.forLanguageTag("vi")), problems);
        return store(year, form.getVersion(), days, problems, "form", form, principal, locale);
    }

    @PostMapping("/admin/calendar/{year}/csv")
    ModelAndView upload(@PathVariable int year, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @Nullable Integer version, Principal principal, Locale locale)
            throws IOException {
        checkYear(year);
        ScheduleCsv.Parsed parsed;
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            parsed = ScheduleCsv.read(reader, rules.all());
        }
        ScheduleForm form = new ScheduleForm();
        form.setVersion(version);
        parsed.days().forEach(d -> form.getRows().add(ScheduleForm.Row.of(d)));
        return store(year, version, parsed.days(), new ArrayList<>(parsed.problems()), "csv", form, principal,
                locale);
    }

    private ModelAndView store(int year, @Nullable Integer version, List<ScheduleDay> days,
            List<ScheduleProblem> problems, String origin, ScheduleForm form, Principal principal, Locale locale) {
        problems.addAll(administration.check(year, days));
        if (!problems.isEmpty()) {
            return page(year, form, schedules.find(year).orElse(null), problems, locale);
        }
        try {
            administration.replace(year, version, days, origin, principal.getName());
        } catch (ScheduleRejected e) {
            ModelAndView view = page(year, form, schedules.find(year).orElse(null), e.problems(), locale);
            view.setStatus(HttpStatus.BAD_REQUEST);
            return view;
        } catch (DomainException e) {
            if (e.status() != HttpStatus.CONFLICT) {
                throw e;
            }
            ModelAndView view = page(year, form, schedules.find(year).orElse(null), List.of(), locale);
            view.addObject("conflict", true);
            view.setStatus(HttpStatus.CONFLICT);
            return view;
        }
        return new ModelAndView("redirect:/admin/calendar/" + year + "?saved");
    }

    private ModelAndView page(int year, ScheduleForm form, @Nullable YearSchedule current,
            List<ScheduleProblem> problems, Locale locale) {
        ModelAndView view = new ModelAndView("admin/calendar-year");
        if (!problems.isEmpty()) {
            view.setStatus(HttpStatus.BAD_REQUEST);
        }
        view.addObject("year", year);
        view.addObject("form", form);
        view.addObject("current", current);
        view.addObject("problems", problems);
        view.addObject("errorRows", problems.stream().map(ScheduleProblem::row).toList());
        view.addObject("kinds", List.of(ScheduleKind.values()));
        view.addObject("occasions", occasionNames(locale));
        view.addObject("conflict", false);
        view.addObject("saved", false);
        return view;
    }

    /** Occasion code → the names of its rules, in the page's language (Vietnamese is stored). */
    private Map<String, String> occasionNames(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (HolidayRule rule : rules.all()) {
            List<String> list = names.computeIfAbsent(rule.occasion(), k -> new ArrayList<>());
            String name = english ? rule.nameEn() : rule.name();
            if (!list.contains(name)) {
                list.add(name);
            }
        }
        Map<String, String> joined = new LinkedHashMap<>();
        names.forEach((code, list) -> joined.put(code, String.join(english ? " and " : " và ", list)));
        return joined;
    }

    private static void checkYear(int year) {
        if (year < 1900 || year > 2199) {
            throw DomainException.invalid("date-out-of-range", "calendar.schedule.error.year", year);
        }
    }
}
