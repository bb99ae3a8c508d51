package io.parhub.org.web;

import io.parhub.org.LineageKind;
import io.parhub.org.Reorganisation;
import io.parhub.org.ReorganisationResult;
import io.parhub.org.Reorganisations;
import io.parhub.shared.DomainException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page that records a reorganisation; /admin/** is for role ADMIN (SecurityConfiguration). */
@Controller
@RequestMapping("/admin/org/reorganisations")
class ReorganisationAdminController {

    /** Rows offered for new units: a split rarely makes more than four. */
    static final int NEW_ROWS = 4;

    private final Reorganisations reorganisations;
    private final MessageSource messages;

    ReorganisationAdminController(Reorganisations reorganisations, MessageSource messages) {
        this.reorganisations = reorganisations;
        this.messages = messages;
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("operationId", UUID.randomUUID().toString());
        model.addAttribute("kinds", List.of(LineageKind.MERGE, LineageKind.SPLIT, LineageKind.RENAME));
        model.addAttribute("rows", rows(new String[0], new String[0], new String[0], new String[0]));
        return "admin/org-reorganisation";
    }

    @PostMapping("/new")
    String record(@RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String effectiveDate,
            @RequestParam(required = false) @Nullable String legalBasis,
            @RequestParam(required = false) @Nullable String oldCodes,
            @RequestParam(name = "newCode", required = false) String @Nullable [] newCode,
            @RequestParam(name = "newName", required = false) String @Nullable [] newName,
            @RequestParam(name = "newType", required = false) String @Nullable [] newType,
            @RequestParam(name = "newParent", required = false) String @Nullable [] newParent,
            @RequestParam String operationId, Principal principal, Model model, RedirectAttributes redirect) {
        List<Reorganisation.NewUnit> rows = rows(orEmpty(newCode), orEmpty(newName), orEmpty(newType),
                orEmpty(newParent));
        try {
            Reorganisation request = ReorganisationForm.parse(kind, effectiveDate, legalBasis,
                    ReorganisationForm.codes(oldCodes), rows);
            ReorganisationResult result = reorganisations.record(request, principal.getName(), operationId);
            redirect.addFlashAttribute("message", messages.getMessage("org.reorg.done",
                    new Object[] {String.join(", ", result.endedCodes()), String.join(", ", result.createdCodes())},
                    LocaleContextHolder.getLocale()));
            return "redirect:/units/" + result.createdCodes().get(0) + "?at=" + result.effectiveDate();
        } catch (DomainException e) {
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
            model.addAttribute("operationId", operationId);
            model.addAttribute("kinds", List.of(LineageKind.MERGE, LineageKind.SPLIT, LineageKind.RENAME));
            model.addAttribute("rows", rows);
            model.addAttribute("kind", kind);
            model.addAttribute("effectiveDate", effectiveDate);
            model.addAttribute("legalBasis", legalBasis);
            model.addAttribute("oldCodes", oldCodes);
            return "admin/org-reorganisation";
        }
    }

    private static List<Reorganisation.NewUnit> rows(String[] codes, String[] names, String[] types, String[] parents) {
        List<Reorganisation.NewUnit> rows = new ArrayList<>();
        for (int i = 0; i < NEW_ROWS; i++) {
            rows.add(new Reorganisation.NewUnit(at(codes, i), at(names, i), at(types, i), at(parents, i)));
        }
        return rows;
    }

    private static String at(String[] values, int i) {
        return i < values.length && values[i] != null ? values[i] : "";
    }

    private static String[] orEmpty(String @Nullable [] values) {
        return values == null ? new String[0] : values;
    }
}
