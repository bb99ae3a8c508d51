package io.parhub.parindex.page;

import io.parhub.parindex.BandTable;
import io.parhub.parindex.ComputedMetrics;
import io.parhub.parindex.CriteriaEditing;
import io.parhub.parindex.CriteriaEditing.BandInput;
import io.parhub.parindex.CriteriaSet;
import io.parhub.parindex.CriteriaSets;
import io.parhub.parindex.Criterion;
import io.parhub.parindex.CriterionSource;
import io.parhub.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The PAR office's criteria sets: the list by year and group with the copy of a year into the next, and one set as a
 * tree with its editor (edit, add, remove while no cycle uses it; a new version once frozen) and the year's bands.
 */
@Controller
class CriteriaPageController {

    /** The metrics parhub can compute, offered when a criterion is COMPUTED. */
    static final List<String> METRICS = ComputedMetrics.ALL;

    private final CriteriaSets sets;
    private final CriteriaEditing editing;
    private final PageSupport support;

    CriteriaPageController(CriteriaSets sets, CriteriaEditing editing, PageSupport support) {
        this.sets = sets;
        this.editing = editing;
        this.support = support;
    }

    @GetMapping("/staff/par-index/criteria")
    ModelAndView list() {
        return listPage(null, null, null, HttpStatus.OK);
    }

    @PostMapping("/staff/par-index/criteria/copy")
    ModelAndView copy(@RequestParam String from, @RequestParam String to, RedirectAttributes redirect) {
        support.office();
        Integer fromYear = year(from);
        Integer toYear = year(to);
        if (fromYear == null || toYear == null) {
            return listPage(support.message("parindex.admin.error.year-format"), from, to, HttpStatus.BAD_REQUEST);
        }
        if (fromYear.equals(toYear)) {
            return listPage(support.message("parindex.admin.error.same-year"), from, to, HttpStatus.BAD_REQUEST);
        }
        try {
            List<CriteriaSet> made = sets.copyYear(fromYear, toYear);
            redirect.addFlashAttribute("copied", List.of(fromYear, toYear, made.size()));
        } catch (DomainException e) {
            return listPage(problem(e), from, to, e.status());
        }
        return new ModelAndView("redirect:/staff/par-index/criteria");
    }

    @GetMapping("/staff/par-index/criteria/{setId}")
    ModelAndView set(@PathVariable long setId) {
        support.office();
        return setPage(setId, null, null, HttpStatus.OK);
    }

    @PostMapping("/staff/par-index/criteria/{setId}/criteria/{id}")
    ModelAndView edit(@PathVariable long setId, @PathVariable long id, @RequestParam String revision,
            @RequestParam String name, @RequestParam String maxPoints,
            @RequestParam(required = false) @Nullable String guidance,
            @RequestParam(required = false) @Nullable String evidence, @RequestParam CriterionSource source,
            @RequestParam(required = false) @Nullable String metric,
            @RequestParam(required = false) @Nullable String formula,
            @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
        support.office();
        try {
            Criterion c = editing.update(id, revision, name, points(maxPoints), guidance, evidence, source, metric,
                    formula, reason);
            redirect.addFlashAttribute("done", "edited");
            redirect.addFlashAttribute("doneCode", c.code());
            return new ModelAndView("redirect:/staff/par-index/criteria/" + setId + "#c-" + id);
        } catch (DomainException e) {
            return setPage(setId, problem(e), id, e.status());
        } catch (NumberFormatException e) {
            return setPage(setId, support.message("parindex.admin.error.points"), id, HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping("/staff/par-index/criteria/{setId}/criteria")
    ModelAndView add(@PathVariable long setId, @RequestParam(required = false) @Nullable Long parentId,
            @RequestParam String name, @RequestParam String maxPoints,
            @RequestParam(required = false) @Nullable String guidance,
            @RequestParam(required = false) @Nullable String evidence, @RequestParam CriterionSource source,
            @RequestParam(required = false) @Nullable String metric,
            @RequestParam(required = false) @Nullable String formula, RedirectAttributes redirect) {
        support.office();
        try {
            Criterion c = editing.add(setId, parentId, name, points(maxPoints), guidance, evidence, source, metric,
                    formula);
            redirect.addFlashAttribute("done", "added");
            redirect.addFlashAttribute("doneCode", c.code());
            return new ModelAndView("redirect:/staff/par-index/criteria/" + setId + "#c-" + c.id());
        } catch (DomainException e) {
            return setPage(setId, problem(e), null, e.status());
        } catch (NumberFormatException e) {
            return setPage(setId, support.message("parindex.admin.error.points"), null, HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping("/staff/par-index/criteria/{setId}/criteria/{id}/remove")
    ModelAndView remove(@PathVariable long setId, @PathVariable long id, @RequestParam String revision,
            RedirectAttributes redirect) {
        support.office();
        try {
            editing.remove(id, revision);
            redirect.addFlashAttribute("done", "removed");
            return new ModelAndView("redirect:/staff/par-index/criteria/" + setId);
        } catch (DomainException e) {
            return setPage(setId, problem(e), null, e.status());
        }
    }

    @PostMapping("/staff/par-index/criteria/{setId}/new-version")
    ModelAndView newVersion(@PathVariable long setId, RedirectAttributes redirect) {
        support.office();
        try {
            CriteriaSet made = editing.newVersion(setId);
            redirect.addFlashAttribute("done", "new-version");
            return new ModelAndView("redirect:/staff/par-index/criteria/" + made.id());
        } catch (DomainException e) {
            return setPage(setId, problem(e), null, e.status());
        }
    }

    @PostMapping("/staff/par-index/criteria/{setId}/bands")
    ModelAndView bands(@PathVariable long setId, @RequestParam String revision,
            @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        support.office();
        CriteriaSet set = sets.set(setId);
        try {
            List<BandInput> input = new ArrayList<>();
            for (int i = 0; form.containsKey("wording-" + i); i++) {
                input.add(new BandInput(PageSupport.number(form.get("bound-" + i)),
                        form.containsKey("inclusive-" + i), form.get("wording-" + i)));
            }
            editing.editBands(set.year(), revision, input);
            redirect.addFlashAttribute("done", "bands");
            return new ModelAndView("redirect:/staff/par-index/criteria/" + setId + "#bands");
        } catch (DomainException e) {
            return setPage(setId, problem(e), null, e.status());
        } catch (NumberFormatException e) {
            return setPage(setId, support.message("parindex.admin.error.bound-format"), null,
                    HttpStatus.BAD_REQUEST);
        }
    }

    /** A row of the tree: its depth for indentation, whether it carries points, the revision its forms send. */
    record Row(Criterion criterion, int depth, boolean leaf, String revision) {
    }

    private ModelAndView listPage(@Nullable String problem, @Nullable String from, @Nullable String to,
            HttpStatus status) {
        support.office();
        List<CriteriaEditing.SetSummary> summaries = editing.summaries();
        int latest = summaries.stream().mapToInt(s -> s.set().year()).max().orElse(LocalDate.now().getYear());
        ModelAndView view = new ModelAndView("parindex/criteria-sets", status);
        view.addObject("summaries", summaries);
        view.addObject("years", summaries.stream().map(s -> s.set().year()).distinct().toList());
        view.addObject("from", from == null ? String.valueOf(latest) : from);
        view.addObject("to", to == null ? String.valueOf(latest + 1) : to);
        view.addObject("problem", problem);
        return view;
    }

    private ModelAndView setPage(long setId, @Nullable String problem, @Nullable Long failed, HttpStatus status) {
        CriteriaSet set = sets.set(setId);
        List<Criterion> all = sets.criteria(setId);
        List<Criterion> leaves = CriteriaSets.leaves(all);
        List<Row> rows = all.stream().map(c -> new Row(c, depth(c), leaves.contains(c), CriteriaEditing.revision(c)))
                .toList();
        BandTable bands = sets.bands(set.year());
        ModelAndView view = new ModelAndView("parindex/criteria-set", status);
        view.addObject("summary", editing.summary(set));
        view.addObject("set", set);
        view.addObject("rows", rows);
        view.addObject("maxTotal", CriteriaEditing.maxTotal(leaves));
        view.addObject("leafCount", leaves.size());
        view.addObject("bands", bands);
        view.addObject("bandsRevision", CriteriaEditing.revision(bands));
        view.addObject("bandsEditable", editing.bandsEditable(set.year()));
        view.addObject("sources", CriterionSource.values());
        view.addObject("metrics", METRICS);
        view.addObject("problem", problem);
        view.addObject("failed", failed);
        return view;
    }

    private static int depth(Criterion c) {
        return switch (c.level()) {
            case "AREA" -> 0;
            case "CRITERION" -> 1;
            default -> 2;
        };
    }

    private String problem(DomainException e) {
        if (e.status() == HttpStatus.FORBIDDEN) {
            throw e;
        }
        return "parindex-stale".equals(e.type()) ? support.message("parindex.admin.stale") : support.message(e);
    }

    private static BigDecimal points(String s) {
        BigDecimal p = PageSupport.number(s);
        if (p == null) {
            throw new NumberFormatException("no points");
        }
        return p;
    }

    private static @Nullable Integer year(String s) {
        try {
            int y = Integer.parseInt(s.strip());
            return y >= 2000 && y <= 2100 ? y : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
