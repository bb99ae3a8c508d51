package io.parhub.parindex.page;

import io.parhub.parindex.BandTable;
import io.parhub.parindex.Cycle;
import io.parhub.parindex.CycleStatus;
import io.parhub.parindex.ParIndexResults;
import io.parhub.parindex.Scoring;
import io.parhub.parindex.UnitGroup;
import io.parhub.shared.DomainException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public ranking of a year once published: one table per group (rank, unit, score, maximum, percent, band) and
 * the band × group summary of the publication decision. Before publication the year reads as not found.
 */
@Controller
class RankingPageController {

    private final ParIndexResults results;

    RankingPageController(ParIndexResults results) {
        this.results = results;
    }

    /** The latest published year. */
    @GetMapping("/par-index")
    String latest() {
        return results.cycles().stream().filter(c -> c.status() == CycleStatus.PUBLISHED)
                .max(Comparator.comparingInt(Cycle::year)).map(c -> "redirect:/par-index/" + c.year())
                .orElseThrow(() -> DomainException.notFound("parindex-not-published", "parindex.page.none-published"));
    }

    @GetMapping("/par-index/{year}")
    ModelAndView ranking(@PathVariable int year) {
        Cycle cycle = results.cycle(year).filter(c -> c.status() == CycleStatus.PUBLISHED)
                .orElseThrow(() -> DomainException.notFound("parindex-not-published", "parindex.error.not-published",
                        String.valueOf(year)));
        List<Scoring.Ranked> ranking = results.ranking(year);
        Map<UnitGroup, List<Scoring.Ranked>> byGroup = new EnumMap<>(UnitGroup.class);
        ranking.stream().sorted(Comparator.comparing((Scoring.Ranked r) -> r.rank() == null ? Integer.MAX_VALUE
                : r.rank()).thenComparing(r -> r.unit().unitName()))
                .forEach(r -> byGroup.computeIfAbsent(r.unit().group(), g -> new java.util.ArrayList<>()).add(r));
        BandTable bands = results.bands(year);
        ModelAndView view = new ModelAndView("parindex/ranking");
        view.addObject("cycle", cycle);
        view.addObject("groups", byGroup);
        view.addObject("bands", bands.bands());
        view.addObject("summary", ParIndexResults.bandByGroup(ranking, bands));
        view.addObject("summaryGroups", byGroup.keySet().stream().toList());
        view.addObject("published", results.cycles().stream().filter(c -> c.status() == CycleStatus.PUBLISHED)
                .map(Cycle::year).sorted(Comparator.reverseOrder()).collect(Collectors.toList()));
        return view;
    }
}
