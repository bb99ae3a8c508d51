package io.parhub.survey.web;

import io.parhub.shared.DomainException;
import io.parhub.survey.RoundIndex;
import io.parhub.survey.SatisfactionIndex;
import io.parhub.survey.SatisfactionIndex.UnitSatisfaction;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The satisfaction index as open data: aggregates only, no answers of a person, no dossier codes. */
@RestController
class SurveyIndexApiController {

    private final SatisfactionIndex index;

    SurveyIndexApiController(SatisfactionIndex index) {
        this.index = index;
    }

    @Operation(summary = "Satisfaction index of a survey round: per question, group, unit and province, "
            + "with the comparison to the previous year and the report's sentences")
    @GetMapping("/api/v1/surveys/rounds/{id}/index")
    RoundIndex round(@PathVariable long id) {
        return index.round(id);
    }

    @Operation(summary = "Satisfaction of one unit (or a round's scope) in a year, from the latest round that "
            + "surveyed it; rate null = not enough answers")
    @GetMapping("/api/v1/surveys/units/{code}")
    UnitSatisfaction unit(@PathVariable String code, @RequestParam int year) {
        return index.forUnit(code, year).orElseThrow(() -> DomainException.notFound("survey-unit-not-surveyed",
                "survey.error.unit-not-surveyed", code, String.valueOf(year)));
    }
}
