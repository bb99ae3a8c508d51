package io.parhub.survey.page;

import io.parhub.shared.DomainException;
import io.parhub.survey.Questionnaires;
import io.parhub.survey.SurveyAnswers;
import io.parhub.survey.SurveyRound;
import io.parhub.survey.SurveyRounds;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A paper form typed in by the PAR office or the unit's PAR focal point: the same grid as the web form. */
@Controller
@PreAuthorize("isAuthenticated()")
class PaperEntryPageController {

    private final SurveyRounds rounds;
    private final Questionnaires questionnaires;
    private final SurveyAnswers answers;
    private final MessageSource messages;

    PaperEntryPageController(SurveyRounds rounds, Questionnaires questionnaires, SurveyAnswers answers,
            MessageSource messages) {
        this.rounds = rounds;
        this.questionnaires = questionnaires;
        this.answers = answers;
        this.messages = messages;
    }

    @GetMapping("/staff/surveys/rounds/{id}/paper")
    ModelAndView form(@PathVariable long id, @RequestParam String unit) {
        SurveyRound round = rounds.find(id);
        ModelAndView view = new ModelAndView("survey/paper");
        view.addObject("round", round);
        view.addObject("unit", round.unit(unit).orElseThrow(() -> DomainException.notFound("survey-unit-not-found",
                "survey.error.unit-not-in-round", unit)));
        view.addObject("questionnaire", questionnaires.find(round.questionnaireId()));
        view.addObject("groups", QuestionGroups.of(questionnaires.find(round.questionnaireId()).questions()));
        view.addObject("levels", QuestionGroups.LEVELS);
        return view;
    }

    @PostMapping("/staff/surveys/rounds/{id}/paper")
    String enter(@PathVariable long id, @RequestParam String unit, @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        try {
            answers.enterPaper(id, unit, QuestionGroups.levels(params));
            redirect.addFlashAttribute("saved", true);
        } catch (DomainException e) {
            if (e.status().value() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
        }
        redirect.addAttribute("unit", unit);
        return "redirect:/staff/surveys/rounds/{id}/paper";
    }
}
