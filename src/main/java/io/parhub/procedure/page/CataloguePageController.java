package io.parhub.procedure.page;

import io.parhub.procedure.InternalProcessView;
import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.Procedure;
import io.parhub.procedure.ProcedureLevel;
import io.parhub.procedure.ProcedurePage;
import io.parhub.procedure.ProcedureSummary;
import io.parhub.procedure.ProcedureVersion;
import io.parhub.procedure.Procedures;
import io.parhub.procedure.ProcessDescriber;
import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Public pages, no sign-in: the search over the catalogue and one procedure as of a date. Both are plain GET pages,
 * so they work without JavaScript and every result is a link. Forms download from the public API
 * ({@code /api/v1/procedures/{code}/forms/{id}}).
 */
@Controller
class CataloguePageController {

    static final String BASE = "/procedures";

    private final Procedures procedures;
    private final ObjectProvider<ProcessDescriber> describers;
    private final Clock clock;

    CataloguePageController(Procedures procedures, ObjectProvider<ProcessDescriber> describers, Clock clock) {
        this.procedures = procedures;
        this.describers = describers;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String agency,
            @RequestParam(required = false) @Nullable String onlineMode,
            @RequestParam(required = false) @Nullable String at,
            @RequestParam(defaultValue = "1") int page, Model model) {
        CatalogueSearch search = new CatalogueSearch(q, field, level, agency, onlineMode, AsOfDate.parse(at, clock),
                page);
        ProcedurePage found = procedures.search(search.query());
        if (found.items().isEmpty() && found.total() > 0 && search.page() > 1) {
            // a page past the end (an old link after the catalogue shrank): show the last one
            search = new CatalogueSearch(search.q(), search.field(), search.level(), search.agency(),
                    search.onlineMode(), search.at(), Pager.of(search, BASE, found.total()).last());
            found = procedures.search(search.query());
        }
        model.addAttribute("search", search);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("fields", procedures.fields(search.at()));
        model.addAttribute("levels", ProcedureLevel.values());
        model.addAttribute("onlineModes", OnlineMode.values());
        model.addAttribute("total", found.total());
        model.addAttribute("results", results(found.items()));
        model.addAttribute("pager", Pager.of(search, BASE, found.total()));
        return "procedure/catalogue";
    }

    @GetMapping(BASE + "/{code}")
    ModelAndView procedure(@PathVariable String code, @RequestParam(required = false) @Nullable String at) {
        LocalDate day = AsOfDate.parse(at, clock);
        List<ProcedureVersion> versions = procedures.versions(code);
        if (versions.isEmpty()) {
            throw DomainException.notFound("procedure-not-found", "procedure.page.not-found", code);
        }
        Optional<Procedure> found = procedures.find(code, day);
        ModelAndView view = new ModelAndView(found.isPresent() ? "procedure/detail" : "procedure/detail-missing");
        view.addObject("code", code);
        view.addObject("at", day);
        view.addObject("today", LocalDate.now(clock));
        view.addObject("versions", versions);
        if (found.isEmpty()) {
            view.setStatus(HttpStatus.NOT_FOUND);
            view.addObject("nearest", nearest(versions, day));
            return view;
        }
        Procedure procedure = found.get();
        view.addObject("procedure", procedure);
        // "content" would be shadowed by the layout fragment's parameter of that name
        view.addObject("details", procedure.content());
        view.addObject("seed", SeedData.isSeed(procedure.version().decision()));
        view.addObject("process", process(code, day));
        return view;
    }

    private static List<ResultLine> results(List<ProcedureSummary> items) {
        return items.stream().map(s -> new ResultLine(s, s.channels())).toList();
    }

    private @Nullable InternalProcessView process(String code, LocalDate at) {
        ProcessDescriber describer = describers.orderedStream().findFirst().orElse(null);
        return describer == null ? null : describer.describe(code, at);
    }

    /** The version to offer when none is valid on the date: the last one that started before it, else the first. */
    private static ProcedureVersion nearest(List<ProcedureVersion> versions, LocalDate day) {
        ProcedureVersion best = versions.get(0);
        for (ProcedureVersion v : versions) {
            if (!v.validFrom().isAfter(day)) {
                best = v;
            }
        }
        return best;
    }
}
