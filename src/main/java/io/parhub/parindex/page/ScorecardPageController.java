package io.parhub.parindex.page;

import io.parhub.account.CurrentStaff;
import io.parhub.parindex.Cycle;
import io.parhub.parindex.CycleStatus;
import io.parhub.parindex.Entry;
import io.parhub.parindex.Evidence;
import io.parhub.parindex.ParIndexCharts;
import io.parhub.parindex.ParIndexCycles;
import io.parhub.parindex.ParIndexResults;
import io.parhub.parindex.Scorecard;
import io.parhub.shared.DomainException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit's scorecard (its PAR focal point, or the PAR office with {@code ?unit=}): criteria by area with points,
 * guidance, evidence asked and source; the self-assessment form per criterion with evidence links and files; the
 * submission with its deadline; the gap to the maximum by area; in round 2 the criteria sent back with an answer form.
 */
@Controller
class ScorecardPageController {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ParIndexResults results;
    private final ParIndexCycles cycles;
    private final PageSupport support;
    private final Clock clock;
    private final ParIndexCharts charts;

    ScorecardPageController(ParIndexResults results, ParIndexCycles cycles, PageSupport support, Clock clock,
            ParIndexCharts charts) {
        this.results = results;
        this.cycles = cycles;
        this.support = support;
        this.clock = clock;
        this.charts = charts;
    }

    /** The latest cycle: the office's progress page, the unit's scorecard for everyone else. */
    @GetMapping("/staff/par-index")
    String latest() {
        CurrentStaff staff = support.staff();
        Cycle cycle = results.cycles().stream().max(Comparator.comparingInt(Cycle::year))
                .orElseThrow(() -> DomainException.notFound("parindex-cycle-not-found", "parindex.page.no-cycle"));
        return "redirect:/staff/par-index/" + cycle.year() + (support.isOffice(staff) ? "/progress" : "");
    }

    @GetMapping("/staff/par-index/{year}")
    ModelAndView scorecard(@PathVariable int year, @RequestParam(required = false) @Nullable String unit) {
        return page(support.entryFor(year, unit), null, HttpStatus.OK);
    }

    @PostMapping("/staff/par-index/entries/{id}/criteria/{criterion}/self")
    ModelAndView self(@PathVariable long id, @PathVariable long criterion,
            @RequestParam(required = false) @Nullable String score,
            @RequestParam(required = false) @Nullable String comment,
            @RequestParam(required = false) @Nullable String links, @RequestParam int version,
            @RequestParam(required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
        Entry entry = support.entry(id);
        try {
            cycles.selfAssess(id, criterion, PageSupport.number(score), comment, links, version);
            if (file != null && !file.isEmpty()) {
                cycles.addEvidence(id, criterion, file.getOriginalFilename() == null ? "evidence"
                        : file.getOriginalFilename(), file.getBytes());
            }
        } catch (DomainException e) {
            return failed(entry, e);
        } catch (NumberFormatException e) {
            return page(entry, support.message("parindex.page.bad-number"), HttpStatus.BAD_REQUEST);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return done(entry, redirect, "saved", criterion);
    }

    @PostMapping("/staff/par-index/entries/{id}/submit")
    ModelAndView submit(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        Entry entry = support.entry(id);
        try {
            cycles.submit(id, version);
        } catch (DomainException e) {
            return failed(entry, e);
        }
        return done(entry, redirect, "submitted", null);
    }

    @PostMapping("/staff/par-index/entries/{id}/criteria/{criterion}/explanation")
    ModelAndView explain(@PathVariable long id, @PathVariable long criterion, @RequestParam String explanation,
            @RequestParam(required = false) @Nullable String revisedScore,
            @RequestParam(required = false) @Nullable String links, @RequestParam int version,
            RedirectAttributes redirect) {
        Entry entry = support.entry(id);
        try {
            cycles.explain(id, criterion, explanation, PageSupport.number(revisedScore), links, version);
        } catch (DomainException e) {
            return failed(entry, e);
        } catch (NumberFormatException e) {
            return page(entry, support.message("parindex.page.bad-number"), HttpStatus.BAD_REQUEST);
        }
        return done(entry, redirect, "explained", criterion);
    }

    /** An evidence file, for the unit's staff and the PAR office. */
    @GetMapping("/staff/par-index/evidence/{id}")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        Evidence ev = results.evidence(id).orElseThrow(() -> DomainException.notFound("parindex-entry-not-found",
                "parindex.error.entry-not-found", String.valueOf(id)));
        support.entry(results.entryOfScore(ev.scoreId()).orElseThrow());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ev.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(ev.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(results.evidenceBytes(id));
    }

    private ModelAndView failed(Entry entry, DomainException e) {
        if (e.status() == HttpStatus.FORBIDDEN) {
            throw e;
        }
        return page(entry, support.message(e), e.status());
    }

    private ModelAndView done(Entry entry, RedirectAttributes redirect, String what, @Nullable Long criterion) {
        redirect.addFlashAttribute("done", what);
        int year = results.scorecard(entry.id()).cycle().year();
        return new ModelAndView("redirect:/staff/par-index/" + year + "?unit=" + entry.unitCode()
                + (criterion == null ? "" : "#c-" + criterion));
    }

    private ModelAndView page(Entry entry, @Nullable String problem, HttpStatus status) {
        Scorecard card = results.scorecard(entry.id());
        Cycle cycle = card.cycle();
        ModelAndView view = new ModelAndView("parindex/scorecard", status);
        view.addObject("card", card);
        view.addObject("problem", problem);
        view.addObject("evidence", card.evidence().stream().collect(Collectors.groupingBy(Evidence::scoreId)));
        boolean selfOpen = !cycle.status().scoresLocked() && entry.submittedAt() == null
                && (cycle.status() == CycleStatus.OPEN || cycle.status() == CycleStatus.APPRAISAL);
        view.addObject("selfOpen", selfOpen);
        view.addObject("explaining", cycle.status() == CycleStatus.EXPLANATION);
        view.addObject("pastDeadline", LocalDate.now(clock.withZone(ZONE)).isAfter(cycle.selfDeadline()));
        view.addObject("office", support.isOffice(support.staff()));
        var history = charts.history(entry.unitCode());
        view.addObject("history", history);
        view.addObject("historyChart", ChartGeometry.history(history));
        return view;
    }
}
