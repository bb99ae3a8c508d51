package io.parhub.parindex.page;

import io.parhub.parindex.Cycle;
import io.parhub.parindex.CycleStatus;
import io.parhub.parindex.Entry;
import io.parhub.parindex.Evidence;
import io.parhub.parindex.ParIndexCycles;
import io.parhub.parindex.ParIndexResults;
import io.parhub.parindex.Scorecard;
import io.parhub.parindex.Scoring;
import io.parhub.shared.DomainException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PAR office's pages: every unit's progress in the year's cycle with the round buttons (appraisal, explanation,
 * lock, publish), the appraisal queue of submitted units, and the appraisal form of one unit (score and remark per
 * criterion, send back for explanation).
 */
@Controller
class OfficePageController {

    private final ParIndexResults results;
    private final ParIndexCycles cycles;
    private final PageSupport support;

    OfficePageController(ParIndexResults results, ParIndexCycles cycles, PageSupport support) {
        this.results = results;
        this.cycles = cycles;
        this.support = support;
    }

    @GetMapping("/staff/par-index/{year}/progress")
    ModelAndView progress(@PathVariable int year) {
        return progressPage(year, null, HttpStatus.OK);
    }

    @PostMapping("/staff/par-index/{year}/status")
    ModelAndView advance(@PathVariable int year, @RequestParam CycleStatus to, @RequestParam int version,
            RedirectAttributes redirect) {
        support.office();
        try {
            cycles.advance(year, to, version);
        } catch (DomainException e) {
            if (e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            return progressPage(year, support.message(e), e.status());
        }
        redirect.addFlashAttribute("done", to.name());
        return new ModelAndView("redirect:/staff/par-index/" + year + "/progress");
    }

    @GetMapping("/staff/par-index/entries/{id}/appraisal")
    ModelAndView appraisal(@PathVariable long id) {
        support.office();
        return appraisalPage(support.entry(id), null, HttpStatus.OK);
    }

    @PostMapping("/staff/par-index/entries/{id}/criteria/{criterion}/appraisal")
    ModelAndView appraise(@PathVariable long id, @PathVariable long criterion, @RequestParam String score,
            @RequestParam(required = false) @Nullable String remark,
            @RequestParam(defaultValue = "false") boolean sendBack, @RequestParam int version,
            RedirectAttributes redirect) {
        support.office();
        Entry entry = support.entry(id);
        try {
            var points = PageSupport.number(score);
            if (points == null) {
                return appraisalPage(entry, support.message("parindex.page.score-required"), HttpStatus.BAD_REQUEST);
            }
            cycles.appraise(id, criterion, points, remark, sendBack, version);
        } catch (DomainException e) {
            if (e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            return appraisalPage(entry, support.message(e), e.status());
        } catch (NumberFormatException e) {
            return appraisalPage(entry, support.message("parindex.page.bad-number"), HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("done", sendBack ? "sent-back" : "appraised");
        return new ModelAndView("redirect:/staff/par-index/entries/" + id + "/appraisal#c-" + criterion);
    }

    private ModelAndView progressPage(int year, @Nullable String problem, HttpStatus status) {
        support.office();
        Cycle cycle = results.cycle(year).orElseThrow(() -> DomainException.notFound("parindex-cycle-not-found",
                "parindex.error.cycle-not-found", String.valueOf(year)));
        List<Entry> entries = results.entries(year);
        Map<String, Scoring.Scored> totals = results.totals(year).stream()
                .collect(Collectors.toMap(Scoring.Scored::unitCode, Function.identity()));
        ModelAndView view = new ModelAndView("parindex/progress", status);
        view.addObject("cycle", cycle);
        view.addObject("entries", entries);
        view.addObject("totals", totals);
        view.addObject("percents", totals.values().stream().collect(Collectors.toMap(Scoring.Scored::unitCode,
                t -> Scoring.percent(t.score(), t.maxScore()))));
        view.addObject("queue", entries.stream().filter(e -> e.submittedAt() != null)
                .sorted(Comparator.comparing(Entry::submittedAt)).toList());
        view.addObject("submitted", entries.stream().filter(e -> e.submittedAt() != null).count());
        view.addObject("late", entries.stream().filter(Entry::late).count());
        view.addObject("next", next(cycle.status()));
        view.addObject("problem", problem);
        return view;
    }

    /** The round a cycle moves to from its status (LOCKED straight from APPRAISAL when nothing was sent back). */
    static List<CycleStatus> next(CycleStatus status) {
        return switch (status) {
            case OPEN -> List.of(CycleStatus.APPRAISAL);
            case APPRAISAL -> List.of(CycleStatus.EXPLANATION, CycleStatus.LOCKED);
            case EXPLANATION -> List.of(CycleStatus.LOCKED);
            case LOCKED -> List.of(CycleStatus.PUBLISHED);
            default -> List.of();
        };
    }

    private ModelAndView appraisalPage(Entry entry, @Nullable String problem, HttpStatus status) {
        Scorecard card = results.scorecard(entry.id());
        ModelAndView view = new ModelAndView("parindex/appraisal", status);
        view.addObject("card", card);
        view.addObject("evidence", card.evidence().stream().collect(Collectors.groupingBy(Evidence::scoreId)));
        view.addObject("open", card.cycle().status() == CycleStatus.APPRAISAL
                || card.cycle().status() == CycleStatus.EXPLANATION);
        view.addObject("problem", problem);
        return view;
    }
}
