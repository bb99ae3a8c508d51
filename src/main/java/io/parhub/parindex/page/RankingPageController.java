package io.parhub.parindex.page;

import io.parhub.parindex.BandTable;
import io.parhub.parindex.Cycle;
import io.parhub.parindex.CycleStatus;
import io.parhub.parindex.ParIndexResults;
import io.parhub.parindex.Scoring;
import io.parhub.parindex.UnitGroup;
import io.parhub.shared.DomainException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ParIndexResults results;
    private final MessageSource messages;

    RankingPageController(ParIndexResults results, MessageSource messages) {
        this.results = results;
        this.messages = messages;
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
        Cycle cycle = published(year);
        List<Scoring.Ranked> ranking = results.ranking(year);
        Map<UnitGroup, List<Scoring.Ranked>> byGroup = byGroup(ranking);
        BandTable bands = results.bands(year);
        ModelAndView view = new ModelAndView("parindex/ranking");
        view.addObject("cycle", cycle);
        view.addObject("groups", byGroup);
        view.addObject("bands", bands.bands());
        view.addObject("summary", ParIndexResults.bandByGroup(ranking, bands));
        view.addObject("illustrative", results.illustrative(year));
        view.addObject("summaryGroups", byGroup.keySet().stream().toList());
        view.addObject("published", results.cycles().stream().filter(c -> c.status() == CycleStatus.PUBLISHED)
                .map(Cycle::year).sorted(Comparator.reverseOrder()).collect(Collectors.toList()));
        return view;
    }

    /** The same ranking as a spreadsheet, in the reader's language (under /par-index/*, open to anyone once published). */
    @GetMapping("/par-index/{year}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable int year) {
        published(year);
        Locale locale = LocaleContextHolder.getLocale();
        boolean en = "en".equals(locale.getLanguage());
        List<String> headers = List.of("group", "rank", "code", "unit", "score", "max-short", "percent", "band")
                .stream().map(k -> messages.getMessage("parindex.page." + k, null, locale)).toList();
        List<Scoring.Ranked> lines = byGroup(results.ranking(year)).values().stream().flatMap(List::stream).toList();
        byte[] bytes = RankingXlsx.write(messages.getMessage("parindex.page.ranking.title", new Object[] {year},
                locale), headers, lines, r -> messages.getMessage("parindex.group." + r.unit().group(), null, locale),
                r -> en ? r.band().nameEn() : r.band().nameVi());
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("chi-so-cchc-" + year + ".xlsx").build().toString())
                .body(bytes);
    }

    private Cycle published(int year) {
        return results.cycle(year).filter(c -> c.status() == CycleStatus.PUBLISHED)
                .orElseThrow(() -> DomainException.notFound("parindex-not-published", "parindex.error.not-published",
                        String.valueOf(year)));
    }

    /** Groups in their order; inside a group by rank, units not ranked last, then by name. */
    private static Map<UnitGroup, List<Scoring.Ranked>> byGroup(List<Scoring.Ranked> ranking) {
        Map<UnitGroup, List<Scoring.Ranked>> byGroup = new EnumMap<>(UnitGroup.class);
        ranking.stream().sorted(Comparator.comparing((Scoring.Ranked r) -> r.rank() == null ? Integer.MAX_VALUE
                : r.rank()).thenComparing(r -> r.unit().unitName()))
                .forEach(r -> byGroup.computeIfAbsent(r.unit().group(), g -> new ArrayList<>()).add(r));
        return byGroup;
    }
}
