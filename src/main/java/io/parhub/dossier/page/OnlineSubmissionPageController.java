package io.parhub.dossier.page;

import io.parhub.dossier.Applicant;
import io.parhub.dossier.Reception;
import io.parhub.dossier.ReceptionOutcome;
import io.parhub.dossier.file.DossierFiles;
import io.parhub.dossier.file.FileResponses;
import io.parhub.dossier.file.FileLimits;
import io.parhub.dossier.file.UploadedFile;
import io.parhub.org.Agency;
import io.parhub.procedure.Channel;
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.Procedure;
import io.parhub.procedure.ProcedureContent;
import io.parhub.procedure.Procedures;
import io.parhub.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.WebUtils;

/**
 * A citizen submits a dossier online (nộp hồ sơ trực tuyến) from a procedure's page, without an account: one file
 * input per component, the applicant, the handling agency. The page works without JavaScript; its hidden idempotency
 * key makes a double submit one dossier. Files are checked and stored by {@link DossierFiles#submitOnline}, so what
 * the page refuses writes nothing.
 */
@Controller
class OnlineSubmissionPageController {

    /** The multipart field of the files of component {@code i} is {@code FILE_FIELD + i}. */
    static final String FILE_FIELD = "file-";

    /** What the form posts besides the files; every field may be missing. */
    static class SubmissionForm {
        public @Nullable String procedure;
        public @Nullable String handlingAgencyCode;
        public @Nullable String name;
        public @Nullable String idNumber;
        public @Nullable String phone;
        public @Nullable String address;
        public @Nullable String idempotencyKey;

        public void setProcedure(@Nullable String v) { procedure = v; }
        public void setHandlingAgencyCode(@Nullable String v) { handlingAgencyCode = v; }
        public void setName(@Nullable String v) { name = v; }
        public void setIdNumber(@Nullable String v) { idNumber = v; }
        public void setPhone(@Nullable String v) { phone = v; }
        public void setAddress(@Nullable String v) { address = v; }
        public void setIdempotencyKey(@Nullable String v) { idempotencyKey = v; }

        public @Nullable String getProcedure() { return procedure; }
        public @Nullable String getHandlingAgencyCode() { return handlingAgencyCode; }
        public @Nullable String getName() { return name; }
        public @Nullable String getIdNumber() { return idNumber; }
        public @Nullable String getPhone() { return phone; }
        public @Nullable String getAddress() { return address; }
        public @Nullable String getIdempotencyKey() { return idempotencyKey; }
    }

    private final Procedures procedures;
    private final DossierFiles files;
    private final AgencyChoices agencies;
    private final FileLimits limits;
    private final MessageSource messages;
    private final Clock clock;

    OnlineSubmissionPageController(Procedures procedures, DossierFiles files, AgencyChoices agencies,
            FileLimits limits, MessageSource messages, Clock clock) {
        this.procedures = procedures;
        this.files = files;
        this.agencies = agencies;
        this.limits = limits;
        this.messages = messages;
        this.clock = clock;
    }

    /** Online unless the procedure says it is not: NĐ 42/2022 full or partial, or "Trực tuyến" among its channels. */
    static boolean acceptsOnline(ProcedureContent content) {
        return content.onlineMode() == null ? content.channels().contains(Channel.ONLINE)
                : content.onlineMode() != OnlineMode.NONE;
    }

    @GetMapping("/dossiers/new")
    ModelAndView form(@RequestParam(name = "procedure", required = false) @Nullable String code) {
        SubmissionForm form = new SubmissionForm();
        form.procedure = code == null ? null : code.strip();
        LocalDate today = LocalDate.now(clock);
        procedure(form.procedure).ifPresent(p -> form.handlingAgencyCode = agencies.named(
                Arrays.asList(p.content().competentAgency(), p.content().receivingAgency()), today)
                .map(Agency::code).orElse(null));
        return page(form, null);
    }

    @PostMapping("/dossiers/new")
    ModelAndView submit(@ModelAttribute("form") SubmissionForm form, HttpServletRequest request) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Procedure> found = procedure(form.procedure);
        if (found.isEmpty() || !acceptsOnline(found.get().content())) {
            return page(form, null);
        }
        Procedure procedure = found.get();
        try {
            String phoneDigits = form.phone == null ? "" : form.phone.replaceAll("\\D", "");
            if (phoneDigits.length() < 4) {
                throw DomainException.invalid("dossier-file-phone", "dossier-file.problem.phone");
            }
            Agency handling = agencies.byCode(form.handlingAgencyCode, now.toLocalDate()).orElseThrow(
                    () -> DomainException.invalid("dossier-unknown-agency", "dossier.form.problem.agency"));
            List<UploadedFile> uploads = uploads(procedure.content().components(), request);
            if (uploads.isEmpty()) {
                throw DomainException.invalid("dossier-file-missing-file", "dossier.form.problem.no-file");
            }
            Set<String> handedIn = new LinkedHashSet<>();
            uploads.forEach(u -> handedIn.add(u.componentName()));
            Reception reception = new Reception(procedure.code(), Channel.ONLINE, handling.code(),
                    new Applicant(strip(form.name), nullIfBlank(form.idNumber), strip(form.phone),
                            nullIfBlank(form.address)), List.copyOf(handedIn), List.of(), null);
            ReceptionOutcome outcome = files.submitOnline(reception,
                    agencies.receivingFor(handling, now.toLocalDate()).code(), uploads, now,
                    strip(form.idempotencyKey));
            ModelAndView view = new ModelAndView("dossier/submitted");
            view.addObject("dossier", outcome.dossier());
            view.addObject("replayed", outcome.replayed());
            view.addObject("check", phoneDigits.substring(phoneDigits.length() - 4));
            view.addObject("handling", handling);
            return view;
        } catch (DomainException e) {
            String key = e.messageKey();
            if (key.equals("dossier.problem.idempotency-key")) {
                // the same form sent again with other content: a fresh key lets the citizen send this one
                form.idempotencyKey = null;
                key = "dossier.form.problem.resubmitted";
            }
            ModelAndView view = page(form, messages.getMessage(key, e.args(), key, LocaleContextHolder.getLocale()));
            view.setStatus(e.status() == HttpStatus.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
            return view;
        }
    }

    /** The chosen files; a browser sends an empty part for a file input left empty, which is no file. */
    private static List<UploadedFile> uploads(List<DossierComponent> components, HttpServletRequest http) {
        List<UploadedFile> uploads = new ArrayList<>();
        MultipartHttpServletRequest request = WebUtils.getNativeRequest(http, MultipartHttpServletRequest.class);
        if (request == null) {
            return uploads;
        }
        for (int i = 0; i < components.size(); i++) {
            for (MultipartFile file : request.getFiles(FILE_FIELD + i)) {
                String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
                if (name.isBlank() && file.isEmpty()) {
                    continue;
                }
                uploads.add(new UploadedFile(components.get(i).name(), name, file.getContentType(),
                        FileResponses.bytes(file)));
            }
        }
        return uploads;
    }

    private ModelAndView page(SubmissionForm form, @Nullable String problem) {
        if (form.idempotencyKey == null || form.idempotencyKey.isBlank()) {
            form.idempotencyKey = UUID.randomUUID().toString();
        }
        LocalDate today = LocalDate.now(clock);
        Optional<Procedure> procedure = procedure(form.procedure);
        ModelAndView view = new ModelAndView("dossier/submit");
        view.addObject("form", form);
        view.addObject("procedure", procedure.orElse(null));
        view.addObject("online", procedure.map(p -> acceptsOnline(p.content())).orElse(false));
        view.addObject("agencyGroups", agencies.groups(today));
        view.addObject("maxFileMb", limits.maxFileSize().toMegabytes());
        view.addObject("maxSubmissionMb", limits.maxSubmissionSize().toMegabytes());
        view.addObject("problem", problem);
        if (procedure.isEmpty()) {
            view.setStatus(HttpStatus.NOT_FOUND);
        }
        return view;
    }

    private Optional<Procedure> procedure(@Nullable String code) {
        return code == null || code.isBlank() ? Optional.empty() : procedures.find(code.strip(), LocalDate.now(clock));
    }


    private static String strip(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    private static @Nullable String nullIfBlank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
