package io.parhub.dossier.web;

import io.parhub.dossier.file.DossierFiles;
import io.parhub.dossier.file.FileResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The files of a dossier: staff of its agencies list and download them; the citizen lists them with the check. */
@RestController
@Tag(name = "Dossier files", description = "Tệp đính kèm hồ sơ: stored with their SHA-256, served only to those allowed")
class DossierFileController {

    /** What the citizen sees of a file: no download, no staff names. */
    record PublicFile(String componentName, String originalName, String contentType, long size, String sha256) {
    }

    private final DossierFiles files;

    DossierFileController(DossierFiles files) {
        this.files = files;
    }

    @GetMapping("/api/v1/dossiers/{code}/files")
    @Operation(summary = "The files of a dossier (staff who may read its receiving or handling agency; else 403)")
    List<DossierFiles.FileInfo> list(@PathVariable String code) {
        return files.list(code);
    }

    @GetMapping("/api/v1/dossiers/{code}/files/{id}")
    @Operation(summary = "Download a file of a dossier (as stored, with its recognised type)")
    ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable long id) {
        DossierFiles.FileContent file = files.download(code, id);
        return FileResponses.attachment(file);
    }

    @GetMapping("/api/v1/public/dossiers/{code}/files")
    @Operation(summary = "For the citizen: names, sizes and hashes of the files handed in (no download; results: /results)",
            description = "404 when the code is unknown or the check is wrong (not told apart).")
    List<PublicFile> listPublic(@PathVariable String code,
            @Parameter(description = "last 4 digits of the applicant's phone") @RequestParam String check) {
        return files.listPublic(code, check).stream().map(f -> new PublicFile(f.componentName(), f.originalName(),
                f.contentType(), f.size(), f.sha256())).toList();
    }
}
