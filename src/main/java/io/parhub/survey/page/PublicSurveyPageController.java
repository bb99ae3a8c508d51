package io.parhub.survey.page;

import io.parhub.shared.DomainException;
import io.parhub.survey.SurveyAnswers;
import io.parhub.survey.SurveyAnswers.TokenState;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The citizen's survey form behind a one-time link or QR code: no sign-in, a plain HTML form with its CSRF token,
 * phone first. A used or unknown link shows a page that says so.
 */
@Controller
class PublicSurveyPageController {

    private final SurveyAnswers answers;

    PublicSurveyPageController(SurveyAnswers answers) {
        this.answers = answers;
    }

    @GetMapping("/survey/thanks")
    String thanks() {
        return "survey/thanks";
    }

    @GetMapping("/survey/{token}")
    ModelAndView form(@PathVariable String token) {
        return answers.open(token).filter(o -> o.state() == TokenState.OPEN).map(o -> {
            ModelAndView view = new ModelAndView("survey/answer");
            view.addObject("opened", o);
            view.addObject("groups", QuestionGroups.of(o.questionnaire().questions()));
            view.addObject("levels", QuestionGroups.LEVELS);
            view.addObject("token", token);
            return view;
        }).orElseGet(() -> closed(answers.state(token)));
    }

    @PostMapping("/survey/{token}")
    ModelAndView answer(@PathVariable String token, @RequestParam Map<String, String> params) {
        try {
            answers.answer(token, QuestionGroups.levels(params));
            return new ModelAndView("redirect:/survey/thanks");
        } catch (DomainException e) {
            if (e.status() == HttpStatus.BAD_REQUEST) {
                throw e;
            }
            return closed(answers.state(token));
        }
    }

    private static ModelAndView closed(TokenState state) {
        ModelAndView view = new ModelAndView("survey/closed",
                state == TokenState.USED ? HttpStatus.CONFLICT : HttpStatus.NOT_FOUND);
        view.addObject("state", state.name());
        return view;
    }
}
