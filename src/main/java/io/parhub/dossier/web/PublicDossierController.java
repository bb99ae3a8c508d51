package io.parhub.dossier.web;

import io.parhub.dossier.Dossiers;
import io.parhub.dossier.PublicTracking;
import io.parhub.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public tracking of a dossier by its code and the last 4 digits of the applicant's phone; no sign-in. */
@RestController
@Tag(name = "Dossier tracking", description = "Tra cứu hồ sơ: status, due date and history for citizens")
class PublicDossierController {

    private final Dossiers dossiers;

    PublicDossierController(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/api/v1/public/dossiers/{code}")
    @Operation(summary = "Track a dossier", description = "404 when the code is unknown or the check is wrong "
            + "(the two are not told apart). No personal data beyond the procedure and the status.")
    PublicTracking track(@PathVariable String code,
            @Parameter(description = "last 4 digits of the applicant's phone") @RequestParam String check) {
        return dossiers.track(code, check).orElseThrow(() -> DomainException.notFound("dossier-not-found",
                "dossier.problem.not-found", code));
    }
}
