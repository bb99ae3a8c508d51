package io.parhub.procedure.bundle;

import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages: the bundles in force on a date, and one bundle with its parts. */
@Controller
class BundlePageController {

    private final BundleStore store;
    private final Clock clock;

    BundlePageController(BundleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @GetMapping("/procedure-bundles")
    String list(@RequestParam(required = false) @Nullable String at, Model model) {
        LocalDate day = AsOfDate.parse(at, clock);
        model.addAttribute("at", day);
        model.addAttribute("bundles", store.list(day).stream().map(BundleJson::of).toList());
        return "procedure/bundle-list";
    }

    @GetMapping("/procedure-bundles/{code}")
    String one(@PathVariable String code, @RequestParam(required = false) @Nullable String at, Model model) {
        LocalDate day = AsOfDate.parse(at, clock);
        model.addAttribute("at", day);
        model.addAttribute("bundle", store.byCode(code, day).map(BundleJson::of).orElseThrow(() ->
                DomainException.notFound("bundle-not-found", "procedure.bundle.problem.not-found", code,
                        day.toString())));
        return "procedure/bundle";
    }
}
