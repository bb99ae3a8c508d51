package io.parhub.procedure.transfer;

import io.parhub.shared.DomainException;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages: a public page with the export links, and the staff import flow (form → dry-run result → confirmed
 * import → done). Between the dry run and the confirmation the upload is kept server-side for two hours under a
 * random token bound to the uploader, so the officer confirms exactly the file that was checked.
 */
@Controller
class TransferPageController {

    private final CatalogueImport imports;
    private final ImportStore store;
    private final MessageSource messages;
    private final Clock clock;

    TransferPageController(CatalogueImport imports, ImportStore store, MessageSource messages, Clock clock) {
        this.imports = imports;
        this.store = store;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/procedures/export")
    String exportPage(@RequestParam(required = false) @Nullable String at, Model model) {
        LocalDate day = LocalDate.now(clock);
        if (at != null && !at.isBlank()) {
            try {
                day = LocalDate.parse(at.strip());
            } catch (DateTimeParseException e) {
                throw DomainException.invalid("invalid-date", "problem.invalid-date", at);
            }
        }
        model.addAttribute("at", day);
        return "procedure/transfer-export";
    }

    @GetMapping("/staff/procedures/import")
    @PreAuthorize("hasAnyRole('PROCEDURE_CONTROL', 'ADMIN')")
    String form(Model model) {
        model.addAttribute("decision", new DecisionFields(null, LocalDate.now(clock).toString(), null,
                LocalDate.now(clock).toString(), null));
        return "procedure/transfer-import";
    }

    @PostMapping("/staff/procedures/import")
    @PreAuthorize("hasAnyRole('PROCEDURE_CONTROL', 'ADMIN')")
    String check(@RequestParam("file") MultipartFile file, @ModelAttribute("decision") DecisionFields decision,
            Principal principal, Model model) throws IOException {
        Upload upload = Upload.of(file.getOriginalFilename(), file.getBytes());
        ImportReport report = imports.dryRun(upload, decision);
        model.addAttribute("report", report);
        model.addAttribute("errors", ImportJson.errors(report.errors(), messages, LocaleContextHolder.getLocale()));
        if (report.valid() && !report.alreadyImported()) {
            model.addAttribute("token", store.keep(upload, decision, principal.getName()));
        }
        return "procedure/transfer-import-result";
    }

    @PostMapping("/staff/procedures/import/confirm")
    @PreAuthorize("hasAnyRole('PROCEDURE_CONTROL', 'ADMIN')")
    String confirm(@RequestParam UUID token, Principal principal, Model model, RedirectAttributes redirect) {
        ImportStore.Kept kept = store.kept(token, principal.getName()).orElseThrow(
                () -> DomainException.invalid("transfer-upload-expired", "transfer.problem.upload-expired"));
        ImportReport report;
        try {
            report = imports.importNow(kept.upload(), kept.decision(), principal.getName());
        } catch (ImportRejected e) {
            model.addAttribute("decision", kept.decision());
            model.addAttribute("report", e.report());
            model.addAttribute("errors", ImportJson.errors(e.report().errors(), messages,
                    LocaleContextHolder.getLocale()));
            return "procedure/transfer-import-result";
        }
        store.forget(token);
        redirect.addFlashAttribute("report", report);
        redirect.addFlashAttribute("decision", kept.decision());
        return "redirect:/staff/procedures/import/done";
    }

    @GetMapping("/staff/procedures/import/done")
    @PreAuthorize("hasAnyRole('PROCEDURE_CONTROL', 'ADMIN')")
    String done(Model model) {
        if (!model.containsAttribute("report")) {
            return "redirect:/staff/procedures/import";
        }
        return "procedure/transfer-import-done";
    }
}
