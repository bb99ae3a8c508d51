package io.parhub.dossier.page;

import io.parhub.dossier.evaluation.DossierEvaluations;
import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evaluation form of the tracking page (no sign-in, CSRF token kept): the same check as tracking, then back to the
 * tracking page (post/redirect/get) with thanks or the reason it was refused.
 */
@Controller
class CitizenEvaluationPageController {

    /** The radio group of indicator {@code n} is {@code SCORE_FIELD + n}. */
    static final String SCORE_FIELD = "score-";

    private final DossierEvaluations evaluations;
    private final MessageSource messages;
    private final Clock clock;

    CitizenEvaluationPageController(DossierEvaluations evaluations, MessageSource messages, Clock clock) {
        this.evaluations = evaluations;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/tracking/{code}/evaluation")
    String evaluate(@PathVariable String code, @RequestParam(defaultValue = "") String check,
            @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Map<Integer, Integer> scores = new HashMap<>();
        Map<String, String> chosen = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(SCORE_FIELD)) {
                chosen.put(name, value);
                try {
                    scores.put(Integer.parseInt(name.substring(SCORE_FIELD.length())), Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    // not a score: the service then names the indicator as missing
                }
            }
        });
        try {
            evaluations.evaluateByCitizen(code, check.strip(), scores, LocalDateTime.now(clock));
            redirect.addFlashAttribute("evaluationDone", true);
        } catch (DomainException e) {
            redirect.addFlashAttribute("evaluationProblem", messages.getMessage(e.messageKey(), e.args(),
                    e.messageKey(), LocaleContextHolder.getLocale()));
            redirect.addFlashAttribute("evaluationScores", chosen);
        }
        redirect.addAttribute("check", check.strip());
        return "redirect:/tracking/{code}";
    }
}
