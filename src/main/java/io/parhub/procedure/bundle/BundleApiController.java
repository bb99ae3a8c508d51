package io.parhub.procedure.bundle;

import io.parhub.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only, public: interconnected procedure bundles as of a date. */
@RestController
@RequestMapping("/api/v1/procedure-bundles")
@Tag(name = "Interconnected bundles", description = "Liên thông: procedures of several agencies handled as one dossier")
class BundleApiController {

    private final BundleStore store;
    private final Clock clock;

    BundleApiController(BundleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Bundles in force on a date")
    List<BundleJson> list(@Parameter(description = "YYYY-MM-DD; today in Asia/Ho_Chi_Minh when absent")
            @RequestParam(required = false) @Nullable String at) {
        return store.list(AsOfDate.parse(at, clock)).stream().map(BundleJson::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One bundle as of a date, with its parts",
            description = "Parts of the same stage run side by side, stages in sequence; fit says whether the "
                    + "longest path of the parts' times is within the bundle's time. 404 when not in force then.")
    BundleJson one(@PathVariable String code, @Parameter(description = "YYYY-MM-DD; today when absent")
            @RequestParam(required = false) @Nullable String at) {
        LocalDate day = AsOfDate.parse(at, clock);
        return store.byCode(code, day).map(BundleJson::of).orElseThrow(() -> DomainException.notFound(
                "bundle-not-found", "procedure.bundle.problem.not-found", code, day.toString()));
    }
}
