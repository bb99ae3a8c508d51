package io.parhub.dossier.page;

import io.parhub.dossier.file.DossierFiles;
import io.parhub.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Gives the public tracking page ({@link TrackingPageController}, and nothing else) the dossier's result files once
 * signed off, for the fragment {@code dossier/result-fragments :: tracking-results}. The same check as tracking
 * applies: an unknown code, a wrong check or a result not yet signed off show nothing more.
 */
@ControllerAdvice(assignableTypes = TrackingPageController.class)
class TrackingResultFilesAdvice {

    private final DossierFiles files;

    TrackingResultFilesAdvice(DossierFiles files) {
        this.files = files;
    }

    @ModelAttribute
    void trackingResults(@PathVariable(name = "code", required = false) @Nullable String pathCode,
            @RequestParam(name = "code", required = false) @Nullable String paramCode,
            @RequestParam(name = "check", required = false) @Nullable String check, Model model) {
        String code = pathCode != null ? pathCode.strip() : paramCode == null ? "" : paramCode.strip();
        String k = check == null ? "" : check.strip();
        if (code.isEmpty() || !k.matches("\\d{4}")) {
            return;
        }
        try {
            model.addAttribute("trackingResults", files.listResultsPublic(code, k));
            model.addAttribute("trackingCheck", k);
        } catch (DomainException e) {
            // not found, wrong check or not signed off yet: the tracking page says what it says without results
        }
    }
}
