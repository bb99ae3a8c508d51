package io.parhub.planning.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Staff pages: a year's inspections with the figures; one visit with its forms for the office and the unit. */
@Controller
class InspectionPageController {

    private final InspectionService service;
    private final InspectionReader reader;
    private final InspectionPlanForms forms;
    private final Clock clock;

    InspectionPageController(InspectionService service, InspectionReader reader, InspectionPlanForms forms,
            Clock clock) {
        this.service = service;
        this.reader = reader;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/staff/inspections")
    ModelAndView year(@RequestParam(required = false) @Nullable Integer year) {
        LocalDate today = LocalDate.now(clock);
        return forms.page(reader.year(year == null ? today.getYear() : year, today), Map.of(), null);
    }

    @GetMapping("/staff/inspections/{id}")
    ModelAndView visit(@PathVariable long id) {
        return new ModelAndView("planning/inspection/visit").addObject("visit", reader.visit(id, LocalDate.now(clock)));
    }

    @PostMapping("/staff/inspections/{id}/record")
    String record(@PathVariable long id, @RequestParam int version, @RequestParam LocalDate visitedOn,
            @RequestParam String conclusion) {
        service.recordVisit(id, new InspectionInput.VisitRecord(version, visitedOn, conclusion), now());
        return back(id, "recorded", "visit-facts");
    }

    @PostMapping("/staff/inspections/{id}/findings")
    String finding(@PathVariable long id, @RequestParam String kind, @RequestParam int area,
            @RequestParam String text) {
        service.addFinding(id, new InspectionInput.NewFinding(kind, area, text), now());
        return back(id, "finding", "findings");
    }

    @PostMapping("/staff/inspections/{id}/recommendations")
    String recommendation(@PathVariable long id, @RequestParam(required = false) @Nullable Long findingId,
            @RequestParam String text, @RequestParam(required = false) @Nullable String responsibleAgency,
            @RequestParam LocalDate deadline) {
        service.addRecommendation(id, new InspectionInput.NewRecommendation(findingId, text, responsibleAgency,
                deadline), now());
        return back(id, "recommendation", "recommendations");
    }

    @PostMapping("/staff/inspections/{id}/recommendations/{rec}/remediation")
    String remediation(@PathVariable long id, @PathVariable long rec, @RequestParam int version,
            @RequestParam String whatDone, @RequestParam LocalDate doneOn,
            @RequestParam(required = false) @Nullable String evidenceLink) {
        service.reportRemediation(rec, new InspectionInput.Remediation(version, whatDone, doneOn, evidenceLink),
                now());
        return back(id, "reported", "recommendation-" + rec);
    }

    @PostMapping("/staff/inspections/{id}/recommendations/{rec}/decision")
    String decide(@PathVariable long id, @PathVariable long rec, @RequestParam int version,
            @RequestParam boolean accept, @RequestParam(required = false) @Nullable String note) {
        service.decide(rec, new InspectionInput.Decision(version, accept, note), now());
        return back(id, accept ? "accepted" : "returned", "recommendation-" + rec);
    }

    private static String back(long id, String saved, String anchor) {
        return "redirect:/staff/inspections/" + id + "?saved=" + saved + "#" + anchor;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
