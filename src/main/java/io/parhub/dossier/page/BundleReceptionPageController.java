package io.parhub.dossier.page;

import io.parhub.dossier.Applicant;
import io.parhub.dossier.BundleReception;
import io.parhub.dossier.Dossiers;
import io.parhub.dossier.ReceptionOutcome;
import io.parhub.procedure.BundleDescriber;
import io.parhub.procedure.BundleView;
import io.parhub.procedure.Channel;
import io.parhub.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The counter registers an interconnected dossier (hồ sơ liên thông): the bundle, the components of all its
 * procedures as checkboxes, the agency of each part (default: the receiving agency, which passes the part on), the
 * applicant and the channel. The form carries an idempotency key, so a double submit makes one dossier.
 */
@Controller
@PreAuthorize("hasRole('COUNTER_OFFICER')")
class BundleReceptionPageController {

    private final Dossiers dossiers;
    private final ObjectProvider<BundleDescriber> bundles;
    private final AgencyChoices agencies;
    private final MessageSource messages;
    private final Clock clock;

    BundleReceptionPageController(Dossiers dossiers, ObjectProvider<BundleDescriber> bundles,
            AgencyChoices agencies, MessageSource messages, Clock clock) {
        this.dossiers = dossiers;
        this.bundles = bundles;
        this.agencies = agencies;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/staff/dossiers/new-bundle")
    ModelAndView form(@RequestParam(required = false) @Nullable String bundle) {
        return page(bundle, new Filled(), null);
    }

    /** What the officer entered, shown again after a problem. */
    record Filled(List<String> components, List<String> partAgencies, String channel, String name, String idNumber,
            String phone, String address, String appointmentDate, String idempotencyKey) {

        Filled() {
            this(List.of(), List.of(), "COUNTER", "", "", "", "", "", UUID.randomUUID().toString());
        }

        public String agency(int index) {
            return index < partAgencies.size() ? partAgencies.get(index) : "";
        }
    }

    @PostMapping("/staff/dossiers/new-bundle")
    ModelAndView submit(@RequestParam String bundle, HttpServletRequest request) {
        Filled filled = new Filled(values(request, "components"), values(request, "partAgency"),
                "POST".equals(request.getParameter("channel")) ? "POST" : "COUNTER", param(request, "name"),
                param(request, "idNumber"), param(request, "phone"), param(request, "address"),
                param(request, "appointmentDate"), param(request, "idempotencyKey"));
        try {
            LocalDate appointment = filled.appointmentDate().isBlank() ? null
                    : LocalDate.parse(filled.appointmentDate());
            List<String> reasons = Arrays.stream(param(request, "refusalReasons").split("\\R")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            ReceptionOutcome outcome = dossiers.receiveBundle(new BundleReception(bundle.strip(),
                    Channel.valueOf(filled.channel()), new Applicant(filled.name(), blank(filled.idNumber()),
                            blank(filled.phone()), blank(filled.address())), filled.components(),
                    filled.partAgencies(), reasons, appointment), LocalDateTime.now(clock),
                    filled.idempotencyKey().isBlank() ? null : filled.idempotencyKey());
            ModelAndView view = new ModelAndView("dossier/received");
            view.addObject("dossier", outcome.dossier());
            view.addObject("replayed", outcome.replayed());
            view.addObject("slip", SlipKinds.forStatus(outcome.dossier().status()));
            return view;
        } catch (DomainException e) {
            ModelAndView view = page(bundle, filled, messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
            view.setStatus(e.status() == HttpStatus.FORBIDDEN ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST);
            return view;
        } catch (DateTimeParseException e) {
            ModelAndView view = page(bundle, filled, messages.getMessage("dossier.page.reception.bad-date", null,
                    LocaleContextHolder.getLocale()));
            view.setStatus(HttpStatus.BAD_REQUEST);
            return view;
        }
    }

    private ModelAndView page(@Nullable String bundleCode, Filled filled, @Nullable String problem) {
        LocalDate today = LocalDate.now(clock);
        BundleDescriber source = bundles.getIfAvailable();
        List<BundleView> all = source == null ? List.of() : source.all(today);
        Optional<BundleView> chosen = bundleCode == null || bundleCode.isBlank() ? Optional.empty()
                : all.stream().filter(b -> b.code().equals(bundleCode.strip())).findFirst();
        ModelAndView view = new ModelAndView("dossier/reception-bundle");
        view.addObject("bundles", all);
        view.addObject("bundle", chosen.orElse(null));
        view.addObject("unknownBundle", bundleCode != null && !bundleCode.isBlank() && chosen.isEmpty());
        view.addObject("agencyGroups", agencies.groups(today));
        view.addObject("filled", filled);
        view.addObject("problem", problem);
        if (problem != null) {
            view.setStatus(HttpStatus.BAD_REQUEST);
        }
        return view;
    }

    /** Every value sent for a field, in order: data binding would split a single name at its commas. */
    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : new ArrayList<>(List.of(values));
    }

    private static String param(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null ? "" : v.strip();
    }

    private static @Nullable String blank(String s) {
        return s.isBlank() ? null : s;
    }
}
