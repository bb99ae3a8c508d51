package io.parhub.dossier.page;

import io.parhub.account.AccessPolicy;
import io.parhub.dossier.Applicant;
import io.parhub.dossier.Dossiers;
import io.parhub.dossier.Reception;
import io.parhub.dossier.ReceptionOutcome;
import io.parhub.procedure.Channel;
import io.parhub.procedure.Procedure;
import io.parhub.procedure.Procedures;
import io.parhub.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The counter officer registers a dossier: the procedure by code, its components as checkboxes (loaded on request,
 * server-rendered), the applicant, the channel. The form carries an idempotency key, so a double submit makes one
 * dossier. The outcome page links to the receipt, guidance or refusal slip.
 */
@Controller
@PreAuthorize("hasRole('COUNTER_OFFICER')")
class ReceptionPageController {

    /** What the form posts; every field may be missing. */
    static class ReceptionForm {
        public @Nullable String procedureCode;
        public @Nullable String handlingAgencyCode;
        public @Nullable String channel;
        public @Nullable String name;
        public @Nullable String idNumber;
        public @Nullable String phone;
        public @Nullable String address;
        public @Nullable List<String> components;
        public @Nullable String refusalReasons;
        public @Nullable String appointmentDate;
        public @Nullable String idempotencyKey;

        public void setProcedureCode(@Nullable String v) { procedureCode = v; }
        public void setHandlingAgencyCode(@Nullable String v) { handlingAgencyCode = v; }
        public void setChannel(@Nullable String v) { channel = v; }
        public void setName(@Nullable String v) { name = v; }
        public void setIdNumber(@Nullable String v) { idNumber = v; }
        public void setPhone(@Nullable String v) { phone = v; }
        public void setAddress(@Nullable String v) { address = v; }
        public void setComponents(@Nullable List<String> v) { components = v; }
        public void setRefusalReasons(@Nullable String v) { refusalReasons = v; }
        public void setAppointmentDate(@Nullable String v) { appointmentDate = v; }
        public void setIdempotencyKey(@Nullable String v) { idempotencyKey = v; }

        public @Nullable String getProcedureCode() { return procedureCode; }
        public @Nullable String getHandlingAgencyCode() { return handlingAgencyCode; }
        public String getChannel() { return channel == null ? "COUNTER" : channel; }
        public @Nullable String getName() { return name; }
        public @Nullable String getIdNumber() { return idNumber; }
        public @Nullable String getPhone() { return phone; }
        public @Nullable String getAddress() { return address; }
        public List<String> getComponents() { return components == null ? List.of() : components; }
        public @Nullable String getRefusalReasons() { return refusalReasons; }
        public @Nullable String getAppointmentDate() { return appointmentDate; }
        public @Nullable String getIdempotencyKey() { return idempotencyKey; }

        boolean checked(String component) {
            return getComponents().contains(component);
        }
    }

    private final Dossiers dossiers;
    private final Procedures procedures;
    private final MessageSource messages;
    private final AgencyChoices agencies;
    private final AccessPolicy access;
    private final Clock clock;

    ReceptionPageController(Dossiers dossiers, Procedures procedures, MessageSource messages, AgencyChoices agencies,
            AccessPolicy access, Clock clock) {
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.messages = messages;
        this.agencies = agencies;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/staff/dossiers/new")
    ModelAndView form(@ModelAttribute("form") ReceptionForm form) {
        return page(form, null);
    }

    /** "Tải thành phần hồ sơ": the same form with the procedure's components as checkboxes. */
    @PostMapping(value = "/staff/dossiers/new", params = "load")
    ModelAndView load(@ModelAttribute("form") ReceptionForm form, HttpServletRequest request) {
        components(form, request);
        return page(form, null);
    }

    @PostMapping(value = "/staff/dossiers/new", params = "!load")
    ModelAndView submit(@ModelAttribute("form") ReceptionForm form, HttpServletRequest request) {
        components(form, request);
        try {
            Channel channel = "POST".equals(form.channel) ? Channel.POST : Channel.COUNTER;
            LocalDate appointment = blank(form.appointmentDate) ? null : LocalDate.parse(form.appointmentDate);
            List<String> reasons = blank(form.refusalReasons) ? List.of()
                    : Arrays.stream(form.refusalReasons.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                            .toList();
            Reception reception = new Reception(strip(form.procedureCode), channel,
                    blank(form.handlingAgencyCode) ? null : form.handlingAgencyCode.strip(),
                    new Applicant(strip(form.name), nullIfBlank(form.idNumber), nullIfBlank(form.phone),
                            nullIfBlank(form.address)), form.getComponents(), reasons, appointment);
            ReceptionOutcome outcome = dossiers.receive(reception, LocalDateTime.now(clock),
                    blank(form.idempotencyKey) ? null : form.idempotencyKey.strip());
            ModelAndView view = new ModelAndView("dossier/received");
            view.addObject("dossier", outcome.dossier());
            view.addObject("replayed", outcome.replayed());
            view.addObject("slip", SlipKinds.forStatus(outcome.dossier().status()));
            return view;
        } catch (DomainException e) {
            ModelAndView view = page(form, messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
            view.setStatus(e.status() == HttpStatus.FORBIDDEN ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST);
            return view;
        } catch (DateTimeParseException e) {
            ModelAndView view = page(form, messages.getMessage("dossier.page.reception.bad-date", null,
                    LocaleContextHolder.getLocale()));
            view.setStatus(HttpStatus.BAD_REQUEST);
            return view;
        }
    }

    /** The ticked components as sent: data binding would split a single name at its commas. */
    private static void components(ReceptionForm form, HttpServletRequest request) {
        String[] values = request.getParameterValues("components");
        form.components = values == null ? List.of() : List.of(values);
    }

    private ModelAndView page(ReceptionForm form, @Nullable String problem) {
        if (blank(form.idempotencyKey)) {
            form.idempotencyKey = UUID.randomUUID().toString();
        }
        if (blank(form.handlingAgencyCode)) {
            // the handling agency picker starts on the officer's own agency, as a blank code always meant
            form.handlingAgencyCode = access.current().flatMap(s -> agencies.byId(s.agencyId()))
                    .map(io.parhub.org.Agency::code).orElse(null);
        }
        ModelAndView view = new ModelAndView("dossier/reception");
        view.addObject("form", form);
        view.addObject("agencyGroups", agencies.groups(LocalDate.now(clock)));
        Optional<Procedure> procedure = procedure(form);
        view.addObject("procedure", procedure.orElse(null));
        view.addObject("unknownProcedure", !blank(form.procedureCode) && procedure.isEmpty());
        view.addObject("problem", problem);
        return view;
    }

    private Optional<Procedure> procedure(ReceptionForm form) {
        return blank(form.procedureCode) ? Optional.empty()
                : procedures.find(form.procedureCode.strip(), LocalDate.now(clock));
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static String strip(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    private static @Nullable String nullIfBlank(@Nullable String s) {
        return blank(s) ? null : s.strip();
    }
}
