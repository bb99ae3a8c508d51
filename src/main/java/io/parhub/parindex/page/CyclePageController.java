package io.parhub.parindex.page;

import io.parhub.parindex.Cycle;
import io.parhub.parindex.CycleOpening;
import io.parhub.parindex.OpenCycle;
import io.parhub.parindex.ParIndexResults;
import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Opening a year's cycle from a page: year and scope date first, then the units in scope by group (as the registry
 * held them on that date) with a box and a reason to leave a unit out of the ranking, the deadlines, and open.
 */
@Controller
class CyclePageController {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/yyyy");

    private final CycleOpening opening;
    private final ParIndexResults results;
    private final PageSupport support;
    private final MessageSource messages;

    CyclePageController(CycleOpening opening, ParIndexResults results, PageSupport support, MessageSource messages) {
        this.opening = opening;
        this.results = results;
        this.support = support;
        this.messages = messages;
    }

    @GetMapping("/staff/par-index/cycles/new")
    ModelAndView form(@RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String scopeDate) {
        support.office();
        int y = results.cycles().stream().mapToInt(Cycle::year).max().orElse(LocalDate.now().getYear() - 1) + 1;
        if (year != null && !year.isBlank()) {
            try {
                y = Integer.parseInt(year.strip());
            } catch (NumberFormatException e) {
                return page(y, null, new Typed(null, null, Map.of()),
                        support.message("parindex.admin.error.year-format"), HttpStatus.BAD_REQUEST);
            }
        }
        LocalDate scope;
        try {
            scope = date(scopeDate);
        } catch (DateTimeParseException e) {
            return page(y, null, new Typed(null, null, Map.of()), support.message("parindex.admin.error.date"),
                    HttpStatus.BAD_REQUEST);
        }
        return page(y, scope, new Typed(null, null, Map.of()), null, HttpStatus.OK);
    }

    @PostMapping("/staff/par-index/cycles")
    ModelAndView open(@RequestParam int year, @RequestParam(required = false) @Nullable String scopeDate,
            @RequestParam(required = false) @Nullable String selfDeadline,
            @RequestParam(required = false) @Nullable String explanationDeadline,
            @RequestParam(name = "exclude", required = false) @Nullable List<String> excluded,
            @RequestParam MultiValueMap<String, String> form) {
        support.office();
        Map<String, String> exclusions = new LinkedHashMap<>();
        if (excluded != null) {
            excluded.forEach(code -> exclusions.put(code, form.getFirst("reason-" + code)));
        }
        Typed typed = new Typed(selfDeadline, explanationDeadline, exclusions);
        LocalDate scope;
        LocalDate self;
        LocalDate explanation;
        try {
            scope = date(scopeDate);
            self = date(selfDeadline);
            explanation = date(explanationDeadline);
        } catch (DateTimeParseException e) {
            return page(year, null, typed, support.message("parindex.admin.error.date"), HttpStatus.BAD_REQUEST);
        }
        if (self == null) {
            return page(year, scope, typed, support.message("parindex.admin.error.deadline-required"),
                    HttpStatus.BAD_REQUEST);
        }
        try {
            Map<String, String> reasons = new LinkedHashMap<>();
            exclusions.forEach((code, reason) -> reasons.put(code, reason == null ? "" : reason.strip()));
            opening.open(new OpenCycle(year, scope, self, explanation, reasons, List.of()));
        } catch (DomainException e) {
            if (e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            return page(year, scope, typed, message(e), e.status());
        }
        return new ModelAndView("redirect:/staff/par-index/" + year + "/progress");
    }

    /** What the office typed, shown again when the cycle could not open. */
    record Typed(@Nullable String selfDeadline, @Nullable String explanationDeadline,
            Map<String, String> exclusions) {
    }

    private ModelAndView page(int year, @Nullable LocalDate scope, Typed typed, @Nullable String problem,
            HttpStatus status) {
        CycleOpening.Preview preview = opening.preview(year, scope);
        ModelAndView view = new ModelAndView("parindex/cycle-new", status);
        view.addObject("preview", preview);
        // left blank unless chosen, so a new year typed with it means 31/12 of that year
        view.addObject("scopeGiven", scope);
        view.addObject("selfDeadline", typed.selfDeadline() != null ? typed.selfDeadline()
                : LocalDate.of(year + 1, 1, 15).toString());
        view.addObject("explanationDeadline", typed.explanationDeadline() != null ? typed.explanationDeadline()
                : LocalDate.of(year + 1, 2, 15).toString());
        view.addObject("exclusions", typed.exclusions());
        view.addObject("problem", problem);
        return view;
    }

    /** A group's name reads better than its key in "no criteria set for the group …". */
    private String message(DomainException e) {
        if ("parindex-no-criteria-set".equals(e.type()) && e.args().length == 2) {
            return messages.getMessage("parindex.admin.error.no-set", new Object[] {e.args()[0],
                support.message("parindex.group." + e.args()[1])}, LocaleContextHolder.getLocale());
        }
        return support.message(e);
    }

    /** A date from the date field (yyyy-MM-dd) or typed by hand (dd/MM/yyyy); blank is none. */
    static @Nullable LocalDate date(@Nullable String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.contains("/") ? LocalDate.parse(t, TYPED) : LocalDate.parse(t);
    }
}
