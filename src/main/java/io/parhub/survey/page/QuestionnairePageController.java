package io.parhub.survey.page;

import io.parhub.survey.Part;
import io.parhub.survey.Questionnaire;
import io.parhub.survey.Questionnaires;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The designer: a version read-only, and a new version made from a copy whose questions and groups are edited in
 * one form (a row left without text is dropped; blank rows at the end add questions).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class QuestionnairePageController {

    static final int EXTRA_ROWS = 3;

    private final Questionnaires questionnaires;

    QuestionnairePageController(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GetMapping("/staff/surveys/questionnaires/{id}")
    ModelAndView view(@PathVariable long id) {
        Questionnaire q = questionnaires.find(id);
        ModelAndView view = new ModelAndView("survey/questionnaire");
        view.addObject("questionnaire", q);
        view.addObject("groups", QuestionGroups.of(q.questions()));
        return view;
    }

    @GetMapping("/staff/surveys/questionnaires/{id}/copy")
    ModelAndView copyForm(@PathVariable long id) {
        Questionnaire q = questionnaires.find(id);
        ModelAndView view = new ModelAndView("survey/questionnaire-copy");
        view.addObject("questionnaire", q);
        view.addObject("extra", EXTRA_ROWS);
        view.addObject("parts", Part.values());
        return view;
    }

    @PostMapping("/staff/surveys/questionnaires/{id}/copy")
    String copy(@PathVariable long id, @RequestParam String title,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @RequestParam(name = "number") List<Integer> numbers, @RequestParam(name = "part") List<Part> parts,
            @RequestParam(name = "groupCode") List<String> groupCodes,
            @RequestParam(name = "groupName") List<String> groupNames, @RequestParam(name = "text") List<String> texts) {
        List<Questionnaires.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            drafts.add(new Questionnaires.Draft(i < numbers.size() && numbers.get(i) != null ? numbers.get(i) : 0,
                    parts.get(i), groupCodes.get(i), groupNames.get(i), texts.get(i)));
        }
        Questionnaire created = questionnaires.copy(id, title, validFrom, drafts);
        return "redirect:/staff/surveys/questionnaires/" + created.id();
    }
}
