package io.parhub.dossier.page;

import io.parhub.dossier.file.DossierFiles;
import io.parhub.dossier.file.FileResponses;
import io.parhub.dossier.file.FileKind;
import io.parhub.dossier.file.UploadedFile;
import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Result files on the pages: the handling agency's officer attaches them from the dossier page (back to it with a
 * message), staff download them, and the citizen downloads them from the tracking page with the check digits.
 * The lists themselves come from {@link StaffResultFilesAdvice} and {@link TrackingResultFilesAdvice}.
 */
@Controller
class ResultFilePageController {

    private final DossierFiles files;
    private final MessageSource messages;
    private final Clock clock;

    ResultFilePageController(DossierFiles files, MessageSource messages, Clock clock) {
        this.files = files;
        this.messages = messages;
        this.clock = clock;
    }

    /** A refusal the officer can fix (bad file, wrong status) is shown on the dossier page; 403/404 as error pages. */
    @PostMapping(path = "/staff/dossiers/{code}/results", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('SPECIALIST', 'AGENCY_LEADER')")
    String attach(@PathVariable String code, @RequestParam(name = "file", required = false)
            @Nullable List<MultipartFile> parts, RedirectAttributes redirect) {
        // a browser sends one empty part when no file was chosen
        List<UploadedFile> uploads = parts == null ? List.of() : parts.stream()
                .filter(p -> !p.isEmpty() || (p.getOriginalFilename() != null && !p.getOriginalFilename().isBlank()))
                .map(p -> new UploadedFile("", p.getOriginalFilename() == null ? "" : p.getOriginalFilename(),
                        p.getContentType(), FileResponses.bytes(p))).toList();
        try {
            DossierFiles.AttachedResult result = files.attachResult(code, uploads, LocalDateTime.now(clock));
            redirect.addFlashAttribute("resultDone", result.stored());
        } catch (DomainException e) {
            if (e.status() != HttpStatus.BAD_REQUEST && e.status() != HttpStatus.CONFLICT) {
                throw e;
            }
            redirect.addFlashAttribute("resultProblem", messages.getMessage(e.messageKey(), e.args(),
                    e.messageKey(), LocaleContextHolder.getLocale()));
        }
        return "redirect:/staff/dossiers/{code}#result-files";
    }

    @GetMapping("/staff/dossiers/{code}/results/{id}")
    @PreAuthorize("hasAnyRole('COUNTER_OFFICER', 'SPECIALIST', 'AGENCY_LEADER')")
    ResponseEntity<byte[]> staffDownload(@PathVariable String code, @PathVariable long id) {
        DossierFiles.FileContent file = files.download(code, id);
        if (file.info().kind() != FileKind.RESULT) {
            throw DomainException.notFound("dossier-file-not-found", "dossier-file.problem.not-found",
                    String.valueOf(id), code);
        }
        return FileResponses.attachment(file);
    }

    @GetMapping("/tracking/{code}/results/{id}")
    ResponseEntity<byte[]> publicDownload(@PathVariable String code, @PathVariable long id,
            @RequestParam(defaultValue = "") String check) {
        return FileResponses.attachment(files.downloadResultPublic(code.strip(), check.strip(), id));
    }


}
