package io.parhub.dossier.web;

import io.parhub.dossier.file.DossierFiles;
import io.parhub.dossier.file.FileResponses;
import io.parhub.dossier.file.UploadedFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The result of a dossier as files: the handling agency attaches them; the citizen lists and downloads them with the
 * tracking check once the result has been signed off. Component files are never served here.
 */
@RestController
@Tag(name = "Dossier results", description = "Tệp kết quả giải quyết: attached by the handling agency, "
        + "downloaded by the citizen once signed off")
class ResultFileController {

    /** What the citizen sees of a result file: no staff names. */
    record PublicResult(long id, String originalName, String contentType, long size, String sha256) {
    }

    private final DossierFiles files;
    private final Clock clock;

    ResultFileController(DossierFiles files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/dossiers/{code}/results", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach result files to a dossier (SPECIALIST or AGENCY_LEADER of the handling agency)",
            description = "multipart/form-data with one or more parts named `file`: PDF, JPEG or PNG recognised by "
                    + "their bytes, within the same limits as submitted files. Allowed while the dossier is "
                    + "IN_PROGRESS or RESOLVED (409 otherwise); another role or agency → 403; a bad file → 400 and "
                    + "nothing is written. Bytes already attached are not stored again: 201 when a file was new, 200 "
                    + "when every file was already there. Each new file is audited (dossier.result-file-attached).")
    ResponseEntity<List<DossierFiles.FileInfo>> attach(@PathVariable String code,
            @RequestPart("file") List<MultipartFile> parts) {
        List<UploadedFile> uploads = parts.stream().map(p -> new UploadedFile("",
                p.getOriginalFilename() == null ? "" : p.getOriginalFilename(), p.getContentType(),
                FileResponses.bytes(p)))
                .toList();
        DossierFiles.AttachedResult result = files.attachResult(code, uploads, LocalDateTime.now(clock));
        return ResponseEntity.status(result.stored() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(result.files());
    }

    @GetMapping("/api/v1/public/dossiers/{code}/results")
    @Operation(summary = "For the citizen: the result files of a dossier once signed off",
            description = "404 when the code is unknown or the check is wrong (not told apart); 409 "
                    + "(dossier-result-not-ready) while the dossier is not RESOLVED or DELIVERED.")
    List<PublicResult> list(@PathVariable String code,
            @Parameter(description = "last 4 digits of the applicant's phone") @RequestParam String check) {
        return files.listResultsPublic(code, check).stream().map(f -> new PublicResult(f.id(), f.originalName(),
                f.contentType(), f.size(), f.sha256())).toList();
    }

    @GetMapping("/api/v1/public/dossiers/{code}/results/{id}")
    @Operation(summary = "For the citizen: download one result file (attachment, with its SHA-256)",
            description = "Same terms as the list; the id of a component file or of another dossier's file → 404.")
    ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable long id,
            @Parameter(description = "last 4 digits of the applicant's phone") @RequestParam String check) {
        DossierFiles.FileContent file = files.downloadResultPublic(code, check, id);
        return FileResponses.attachment(file);
    }

}
