package io.parhub.dossier.web;

import io.parhub.dossier.Applicant;
import io.parhub.dossier.ReceptionOutcome;
import io.parhub.dossier.Reception;
import io.parhub.dossier.file.DossierFiles;
import io.parhub.dossier.file.FileResponses;
import io.parhub.dossier.file.UploadedFile;
import io.parhub.procedure.Channel;
import io.parhub.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** A citizen's online submission (nộp hồ sơ trực tuyến) with one or more files per component; no sign-in. */
@RestController
@Tag(name = "Online submission", description = "Nộp hồ sơ trực tuyến: the citizen submits a dossier with its files")
class OnlineSubmissionController {

    /**
     * The {@code dossier} part.
     *
     * @param receivingAgencyCode the one-stop office that checks the submission; null = the handling agency
     * @param components the procedure's component names submitted; the files of {@code components[i]} are sent in
     *        the multipart fields named {@code i} (0-based)
     */
    record SubmissionRequest(@Nullable String procedureCode, @Nullable String receivingAgencyCode,
            @Nullable String handlingAgencyCode, @Nullable Applicant applicant, @Nullable List<String> components) {
    }

    /** What the citizen keeps: the code, where to track it, and the check (last 4 digits of the phone). */
    record SubmissionReceipt(String code, String status, String trackingPath, String check) {
    }

    private final DossierFiles files;
    private final JsonMapper json;
    private final Clock clock;

    OnlineSubmissionController(DossierFiles files, JsonMapper json, Clock clock) {
        this.files = files;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/public/dossiers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Submit a dossier online with its files",
            description = "multipart/form-data: part `dossier` (JSON: procedureCode, receivingAgencyCode, "
                    + "handlingAgencyCode, applicant with phone, components) and, for each components[i], one or "
                    + "more file parts named `i`. Files: PDF, JPEG or PNG recognised by their bytes, at most "
                    + "parhub.dossier.files.max-file-size each (10 MB) and max-submission-size in all (30 MB). "
                    + "Header Idempotency-Key is required: a retry returns the first dossier (200) and stores no "
                    + "file twice. A bad file, an unknown procedure or component → 400 problem and nothing is written.")
    ResponseEntity<SubmissionReceipt> submit(@RequestPart("dossier") String dossierJson,
            MultipartHttpServletRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        SubmissionRequest body;
        try {
            body = json.readValue(dossierJson, SubmissionRequest.class);
        } catch (JacksonException e) {
            throw DomainException.invalid("bad-request", "problem.unreadable-body");
        }
        if (body.procedureCode() == null || body.procedureCode().isBlank() || body.applicant() == null
                || body.handlingAgencyCode() == null || body.handlingAgencyCode().isBlank()) {
            throw DomainException.invalid("validation", "problem.validation",
                    "procedureCode, handlingAgencyCode, applicant");
        }
        String phoneDigits = body.applicant().phone() == null ? "" : body.applicant().phone().replaceAll("\\D", "");
        if (phoneDigits.length() < 4) {
            throw DomainException.invalid("dossier-file-phone", "dossier-file.problem.phone");
        }
        List<String> components = body.components() == null ? List.of() : body.components();
        List<UploadedFile> uploads = new ArrayList<>();
        for (Map.Entry<String, List<MultipartFile>> part : request.getMultiFileMap().entrySet()) {
            if (part.getKey().equals("dossier")) {
                continue;
            }
            String component = component(part.getKey(), components);
            for (MultipartFile file : part.getValue()) {
                uploads.add(new UploadedFile(component,
                        file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getContentType(),
                        FileResponses.bytes(file)));
            }
        }
        String receiving = body.receivingAgencyCode() == null || body.receivingAgencyCode().isBlank()
                ? body.handlingAgencyCode().strip() : body.receivingAgencyCode().strip();
        Reception reception = new Reception(body.procedureCode().strip(), Channel.ONLINE,
                body.handlingAgencyCode().strip(), body.applicant(), components, List.of(), null);
        ReceptionOutcome outcome = files.submitOnline(reception, receiving, uploads, LocalDateTime.now(clock), key);
        String code = outcome.dossier().code();
        return ResponseEntity.status(outcome.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(
                new SubmissionReceipt(code, outcome.dossier().status(), "/tracking/" + code,
                        phoneDigits.substring(phoneDigits.length() - 4)));
    }

    private static String component(String field, List<String> components) {
        try {
            int index = Integer.parseInt(field.strip());
            if (index >= 0 && index < components.size()) {
                return components.get(index);
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw DomainException.invalid("dossier-file-unknown-component", "dossier-file.problem.unknown-field", field);
    }

}
