package io.parhub.dossier.page;

import io.parhub.dossier.file.DossierFiles;
import io.parhub.dossier.file.FileLimits;
import io.parhub.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Gives the staff dossier page ({@link WorkPageController}, and nothing else) its result files and whether the
 * officer may attach more, for the fragment {@code dossier/result-fragments :: staff-results}.
 */
@ControllerAdvice(assignableTypes = WorkPageController.class)
class StaffResultFilesAdvice {

    private final DossierFiles files;
    private final FileLimits limits;

    StaffResultFilesAdvice(DossierFiles files, FileLimits limits) {
        this.files = files;
        this.limits = limits;
    }

    @ModelAttribute
    void resultFiles(@PathVariable(name = "code", required = false) @Nullable String code, Model model) {
        if (code == null) {
            return;
        }
        try {
            model.addAttribute("resultFiles", files.listResults(code));
            model.addAttribute("mayAttachResult", files.mayAttachResult(code));
            model.addAttribute("resultMaxMegabytes", limits.maxFileSize().toMegabytes());
        } catch (DomainException e) {
            // a dossier the officer may not read: the page itself answers with its own error
        }
    }
}
