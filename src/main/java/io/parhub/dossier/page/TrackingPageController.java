package io.parhub.dossier.page;

import io.parhub.dossier.Dossiers;
import io.parhub.dossier.PublicTracking;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Public tracking, no sign-in, GET only: the code and the last 4 digits of the applicant's phone. An unknown code and
 * a wrong check give the same neutral answer, so codes cannot be enumerated. The QR code on the slips points to
 * {@code /tracking/{code}}, which asks for the check digits.
 */
@Controller
class TrackingPageController {

    private final Dossiers dossiers;

    TrackingPageController(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/tracking")
    ModelAndView form(@RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String check) {
        return page(code, check);
    }

    @GetMapping("/tracking/{code}")
    ModelAndView byCode(@PathVariable String code, @RequestParam(required = false) @Nullable String check) {
        return page(code, check);
    }

    private ModelAndView page(@Nullable String code, @Nullable String check) {
        ModelAndView view = new ModelAndView("dossier/tracking");
        String c = code == null ? "" : code.strip();
        String k = check == null ? "" : check.strip();
        view.addObject("code", c);
        view.addObject("asked", !c.isEmpty() && !k.isEmpty());
        Optional<PublicTracking> found = c.isEmpty() || !k.matches("\\d{4}") ? Optional.empty()
                : dossiers.track(c, k);
        view.addObject("tracking", found.orElse(null));
        if (!c.isEmpty() && !k.isEmpty() && found.isEmpty()) {
            view.setStatus(HttpStatus.NOT_FOUND);
        }
        return view;
    }
}
