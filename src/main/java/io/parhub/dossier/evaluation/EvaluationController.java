package io.parhub.dossier.evaluation;

import io.parhub.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Evaluation of finished dossiers: by the citizen (public), at the counter (staff), summaries per agency. */
@RestController
@Tag(name = "Dossier evaluation", description = "Đánh giá việc giải quyết TTHC (TT 01/2018 Điều 13–15): "
        + "9 chỉ số, 0–2 điểm, tối đa 18")
class EvaluationController {

    private final DossierEvaluations evaluations;
    private final Clock clock;

    EvaluationController(DossierEvaluations evaluations, Clock clock) {
        this.evaluations = evaluations;
        this.clock = clock;
    }

    /** scores: indicator number → 0, 1 or 2, e.g. {"1":2,"2":2,...,"9":1}. */
    record EvaluationRequest(@Nullable Map<Integer, Integer> scores) {
    }

    @PostMapping("/api/v1/public/dossiers/{code}/evaluation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A citizen evaluates a finished dossier (no sign-in)",
            description = "Same check as tracking: 404 when the code or check is wrong. Every indicator of the "
                    + "scheme in force once, each 0–2 (400 otherwise); 409 when the dossier is not finished "
                    + "(delivered, refused, refused at reception, withdrawn) or already evaluated.")
    EvaluationView byCitizen(@PathVariable String code,
            @Parameter(description = "last 4 digits of the applicant's phone") @RequestParam String check,
            @RequestBody EvaluationRequest body) {
        return evaluations.evaluateByCitizen(code, check, scores(body), LocalDateTime.now(clock));
    }

    @PostMapping("/api/v1/dossiers/{code}/evaluation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enter a citizen's paper evaluation form at the counter (role COUNTER_OFFICER)",
            description = "Same rules as the public evaluation; the officer must be able to read the dossier.")
    EvaluationView atCounter(@PathVariable String code, @RequestBody EvaluationRequest body) {
        return evaluations.evaluateAtCounter(code, scores(body), LocalDateTime.now(clock));
    }

    @GetMapping("/api/v1/dossiers/{code}/evaluation")
    @Operation(summary = "The evaluation of a dossier (staff who may read the dossier)")
    EvaluationView read(@PathVariable String code) {
        return evaluations.find(code).orElseThrow(() -> DomainException.notFound("dossier-evaluation-not-found",
                "dossier-evaluation.problem.not-found", code));
    }

    @GetMapping("/api/v1/evaluations/summary")
    @Operation(summary = "Evaluations of an agency's dossiers over a period (staff who may read the agency)",
            description = "Count, average total, average per indicator and the band (from the band table of the "
                    + "scheme in force on 'to'), computed from the stored evaluations. from/to inclusive, "
                    + "by evaluation date.")
    EvaluationSummary summary(@RequestParam String agency,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return evaluations.summary(agency, from, to);
    }

    @GetMapping("/api/v1/public/evaluation-scheme")
    @Operation(summary = "The evaluation scheme in force on a day (default today) with its indicators")
    EvaluationScheme scheme(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Nullable LocalDate date) {
        return evaluations.scheme(date == null ? LocalDate.now(clock) : date);
    }

    private static Map<Integer, Integer> scores(EvaluationRequest body) {
        if (body.scores() == null) {
            throw DomainException.invalid("validation", "problem.validation", "scores");
        }
        return new HashMap<>(body.scores());
    }
}
