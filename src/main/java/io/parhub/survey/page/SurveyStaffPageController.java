package io.parhub.survey.page;

import io.parhub.shared.DomainException;
import io.parhub.survey.Part;
import io.parhub.survey.Questionnaire;
import io.parhub.survey.Questionnaires;
import io.parhub.survey.SatisfactionIndex;
import io.parhub.survey.SurveyMethod;
import io.parhub.survey.SurveyRound;
import io.parhub.survey.SurveyRounds;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Staff pages of SIPAS surveys: the list of questionnaire versions and rounds, a new round with its method, a
 * round's units, sampling, printed invitations and its index. Commands check the role in the services.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class SurveyStaffPageController {

    private final Questionnaires questionnaires;
    private final SurveyRounds rounds;
    private final SatisfactionIndex index;
    private final MessageSource messages;
    private final Clock clock;

    SurveyStaffPageController(Questionnaires questionnaires, SurveyRounds rounds, SatisfactionIndex index,
            MessageSource messages, Clock clock) {
        this.questionnaires = questionnaires;
        this.rounds = rounds;
        this.index = index;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/staff/surveys")
    ModelAndView home() {
        ModelAndView view = new ModelAndView("survey/home");
        view.addObject("questionnaires", questionnaires.all());
        view.addObject("rounds", rounds.all());
        return view;
    }

    @GetMapping("/staff/surveys/rounds/new")
    ModelAndView newRound() {
        int year = LocalDate.now(clock).getYear();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("year", year);
        form.put("title", "");
        form.put("scope", rounds.all().stream().findFirst().map(SurveyRound::scopeCode).orElse(""));
        form.put("units", "");
        form.put("from", LocalDate.of(year, 1, 1));
        form.put("to", LocalDate.now(clock));
        form.put("sampleSize", 100);
        form.put("seed", "");
        form.put("questionnaire", questionnaires.all().stream().reduce((a, b) -> b).map(Questionnaire::id)
                .orElse(0L));
        return roundForm(form, SurveyMethod.DEFAULT, null);
    }

    private ModelAndView roundForm(Map<String, Object> form, SurveyMethod method, @Nullable String problem) {
        ModelAndView view = new ModelAndView("survey/round-new");
        view.addObject("form", form);
        view.addObject("method", method);
        view.addObject("questionnaires", questionnaires.all());
        view.addObject("weightings", SurveyMethod.Weighting.values());
        view.addObject("parts", Part.values());
        view.addObject("problem", problem);
        return view;
    }

    @PostMapping("/staff/surveys/rounds")
    ModelAndView createRound(@RequestParam int year, @RequestParam String title, @RequestParam String scope,
            @RequestParam(defaultValue = "") String units, @RequestParam long questionnaire,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam int sampleSize, @RequestParam(defaultValue = "") String seed,
            @RequestParam(defaultValue = "") List<Integer> levels, @RequestParam(defaultValue = "") List<Part> parts,
            @RequestParam int minResponses, @RequestParam BigDecimal targetRate,
            @RequestParam SurveyMethod.Weighting weighting) {
        SurveyMethod method = new SurveyMethod(Set.copyOf(levels), Set.copyOf(parts), minResponses, targetRate,
                weighting);
        try {
            Long parsedSeed = seed.isBlank() ? null : Long.parseLong(seed.strip());
            SurveyRound round = rounds.create(new SurveyRounds.NewRound(year, title, scope,
                    Arrays.stream(units.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList(), questionnaire, from,
                    to, sampleSize, parsedSeed, method));
            return new ModelAndView("redirect:/staff/surveys/rounds/" + round.id());
        } catch (DomainException | NumberFormatException e) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("year", year);
            form.put("title", title);
            form.put("scope", scope);
            form.put("units", units);
            form.put("from", from);
            form.put("to", to);
            form.put("sampleSize", sampleSize);
            form.put("seed", seed);
            form.put("questionnaire", questionnaire);
            String problem = e instanceof DomainException d
                    ? messages.getMessage(d.messageKey(), d.args(), d.messageKey(), LocaleContextHolder.getLocale())
                    : messages.getMessage("survey.error.seed", null, LocaleContextHolder.getLocale());
            if (e instanceof DomainException d && d.status().value() == 403) {
                throw d;
            }
            return roundForm(form, method, problem);
        }
    }

    @GetMapping("/staff/surveys/rounds/{id}")
    ModelAndView round(@PathVariable long id) {
        SurveyRound round = rounds.find(id);
        ModelAndView view = new ModelAndView("survey/round");
        view.addObject("round", round);
        view.addObject("questionnaire", questionnaires.find(round.questionnaireId()));
        view.addObject("invitations", rounds.invitations(id, null).stream()
                .collect(Collectors.groupingBy(i -> i.unitCode(), Collectors.counting())));
        view.addObject("index", index.round(id));
        view.addObject("english", "en".equals(LocaleContextHolder.getLocale().getLanguage()));
        return view;
    }

    @PostMapping("/staff/surveys/rounds/{id}/sample")
    String sample(@PathVariable long id, RedirectAttributes redirect) {
        Map<String, Integer> counts = rounds.sample(id);
        redirect.addFlashAttribute("sampled", counts.values().stream().mapToInt(Integer::intValue).sum());
        return "redirect:/staff/surveys/rounds/" + id;
    }

    /** Issues fresh tokens for the unit's unused invitations and shows the sheet to print (a re-print re-issues). */
    @PostMapping("/staff/surveys/rounds/{id}/invitations")
    ModelAndView print(@PathVariable long id, @RequestParam String unit) {
        SurveyRound round = rounds.find(id);
        List<SurveyRounds.Issued> issued = rounds.issue(id, unit);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/survey/").toUriString();
        List<Map<String, Object>> sheets = issued.stream().map(i -> {
            Map<String, Object> sheet = new LinkedHashMap<>();
            sheet.put("dossierCode", i.dossierCode());
            sheet.put("url", base + i.token());
            sheet.put("qr", QrCodes.dataUri(base + i.token()));
            return sheet;
        }).toList();
        ModelAndView view = new ModelAndView("survey/invitations");
        view.addObject("round", round);
        view.addObject("unit", round.unit(unit).orElseThrow());
        view.addObject("sheets", sheets);
        return view;
    }
}
