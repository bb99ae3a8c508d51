package io.parhub.org.web;

import io.parhub.org.Reorganisation;
import io.parhub.org.ReorganisationResult;
import io.parhub.org.Reorganisations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators record a merge, split or rename of administrative units as one operation. */
@RestController
@RequestMapping("/api/v1/admin/reorganisations")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Reorganisations", description = "Merges, splits and renames of administrative units (role ADMIN)")
class ReorganisationApiController {

    private final Reorganisations reorganisations;

    ReorganisationApiController(Reorganisations reorganisations) {
        this.reorganisations = reorganisations;
    }

    /**
     * @param operationId a client-chosen id; used as idempotency key when no header is sent
     */
    record Request(@Nullable String kind, @Nullable String effectiveDate, @Nullable String legalBasis,
            @Nullable List<String> oldCodes, @Nullable List<Reorganisation.NewUnit> newUnits,
            @Nullable String operationId) {
    }

    @PostMapping
    @Operation(summary = "Record a reorganisation", description = "kind MERGE (≥2 old → 1 new), SPLIT (1 → ≥2) or "
            + "RENAME (1 → 1, same code). In one transaction the old units end on effectiveDate, the new ones start "
            + "on it, children of merged or renamed units move to the new unit, lineage and an audit entry are "
            + "written. A retry with the same Idempotency-Key (or operationId) returns the first result (200) "
            + "without writing again; the same key with a different request is a 409.")
    ResponseEntity<ReorganisationResult> record(@RequestBody Request body,
            @Parameter(description = "any unique string per operation, e.g. a UUID")
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            Principal principal) {
        Reorganisation request = ReorganisationForm.parse(body.kind(), body.effectiveDate(), body.legalBasis(),
                body.oldCodes() == null ? List.of() : body.oldCodes(),
                body.newUnits() == null ? List.of() : body.newUnits());
        String key = idempotencyKey != null ? idempotencyKey : body.operationId();
        ReorganisationResult result = reorganisations.record(request, principal.getName(), key);
        return ResponseEntity.status(result.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(result);
    }
}
