package io.parhub.procedure.process;

import io.parhub.procedure.Procedure;
import io.parhub.procedure.Procedures;
import io.parhub.procedure.TimeUnit;
import io.parhub.shared.DomainException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff page of one procedure's internal process: the process in force on a date, whether it still adds up, its
 * approvals, and a form to enter a new one. Any signed-in staff member reads it (/staff/** needs a login); only
 * procedure control and administrators approve.
 */
@Controller
@RequestMapping("/staff/procedures/{code}/process")
class ProcessPageController {

    /** Rows offered in the form: decisions of the province rarely have more than eight steps. */
    static final int ROWS = 8;

    private final ProcessApprovals approvals;
    private final Procedures procedures;
    private final MessageSource messages;
    private final Clock clock;

    ProcessPageController(ProcessApprovals approvals, Procedures procedures, MessageSource messages, Clock clock) {
        this.approvals = approvals;
        this.procedures = procedures;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable String code, @RequestParam(required = false) @Nullable String at, Model model) {
        LocalDate day = day(at);
        Optional<ProcessReading> reading = approvals.read(code, day);
        List<ProcessRequests.StepInput> rows = new ArrayList<>();
        reading.ifPresent(r -> r.process().steps().forEach(s -> rows.add(new ProcessRequests.StepInput(s.name(),
                s.performer(), s.time().amount().toPlainString(), s.time().unit().name()))));
        fill(model, code, day, reading.orElse(null), rows, null, null, null);
        return "procedure/process";
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PROCEDURE_CONTROL', 'ADMIN')")
    String approve(@PathVariable String code, @RequestParam(required = false) @Nullable String decisionNumber,
            @RequestParam(required = false) @Nullable String approvedOn,
            @RequestParam(required = false) @Nullable String validFrom,
            @RequestParam(name = "stepName", required = false) String @Nullable [] names,
            @RequestParam(name = "stepPerformer", required = false) String @Nullable [] performers,
            @RequestParam(name = "stepAmount", required = false) String @Nullable [] amounts,
            @RequestParam(name = "stepUnit", required = false) String @Nullable [] units,
            Principal principal, Model model, RedirectAttributes redirect) {
        List<ProcessRequests.StepInput> rows = new ArrayList<>();
        int n = Math.max(Math.max(length(names), length(performers)), length(amounts));
        for (int i = 0; i < n; i++) {
            rows.add(new ProcessRequests.StepInput(at(names, i), at(performers, i), at(amounts, i), at(units, i)));
        }
        try {
            ProcessDraft draft = ProcessRequests.draft(code, decisionNumber, approvedOn, validFrom, rows);
            ProcessApprovals.Approval result = approvals.approve(draft, principal.getName());
            String key = result.replayed() ? "procedure.process.page.replayed" : "procedure.process.page.done";
            redirect.addFlashAttribute("message", messages.getMessage(key,
                    new Object[] {draft.decisionNumber(), draft.validFrom().toString()},
                    LocaleContextHolder.getLocale()));
            return "redirect:/staff/procedures/" + code + "/process?at=" + draft.validFrom();
        } catch (DomainException e) {
            LocalDate day = LocalDate.now(clock);
            fill(model, code, day, approvals.read(code, day).orElse(null), rows, decisionNumber, approvedOn,
                    validFrom);
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
            return "procedure/process";
        }
    }

    private void fill(Model model, String code, LocalDate day, @Nullable ProcessReading reading,
            List<ProcessRequests.StepInput> rows, @Nullable String decisionNumber, @Nullable String approvedOn,
            @Nullable String validFrom) {
        Procedure procedure = procedures.find(code, day).orElseThrow(() -> DomainException.notFound("process-procedure-not-found",
                        "procedure.process.problem.procedure-not-found", code, day.toString()));
        List<ProcessRequests.StepInput> padded = new ArrayList<>(rows);
        while (padded.size() < ROWS) {
            padded.add(new ProcessRequests.StepInput("", "", "", TimeUnit.WORKING_DAYS.name()));
        }
        model.addAttribute("code", code);
        model.addAttribute("procedure", procedure);
        model.addAttribute("at", day);
        model.addAttribute("reading", reading);
        model.addAttribute("rows", padded);
        model.addAttribute("units", List.of(TimeUnit.WORKING_DAYS, TimeUnit.WORKING_HOURS, TimeUnit.CALENDAR_DAYS));
        model.addAttribute("decisionNumber", decisionNumber);
        model.addAttribute("approvedOn", approvedOn);
        model.addAttribute("validFrom", validFrom);
        model.addAttribute("demo", reading != null && ProcessSeed.isDemo(reading.process().decisionNumber()));
    }

    private LocalDate day(@Nullable String at) {
        if (at == null || at.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid-date", "procedure.process.problem.date", "at", at);
        }
    }

    private static int length(String @Nullable [] values) {
        return values == null ? 0 : values.length;
    }

    private static String at(String @Nullable [] values, int i) {
        return values != null && i < values.length && values[i] != null ? values[i] : "";
    }
}
