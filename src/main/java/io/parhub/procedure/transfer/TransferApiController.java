package io.parhub.procedure.transfer;

import io.parhub.shared.Problems;
import io.parhub.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Export of the catalogue (public) and import from a file (procedure control officers and administrators). */
@RestController
@Tag(name = "Procedure import and export", description = "The catalogue as XLSX, CSV or JSON")
class TransferApiController {

    private final CatalogueExport export;
    private final CatalogueImport imports;
    private final MessageSource messages;
    private final Clock clock;

    TransferApiController(CatalogueExport export, CatalogueImport imports, MessageSource messages, Clock clock) {
        this.export = export;
        this.imports = imports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/api/v1/procedures/export")
    @Operation(summary = "Every procedure in force on a date, as a file",
            description = "One row per procedure (XLSX, CSV) or one object per procedure (JSON), sorted by code, "
                    + "with the columns listed in docs/procedure.md. CSV is UTF-8 with a byte order mark.")
    void export(@Parameter(description = "xlsx, csv or json") @RequestParam(defaultValue = "xlsx") String format,
            @Parameter(description = "YYYY-MM-DD, default today") @RequestParam(required = false) @Nullable String at,
            HttpServletResponse response) throws IOException {
        TransferFormat f = TransferFormat.of(format);
        LocalDate day = date(at);
        response.setContentType(f.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName(day, f)).build().toString());
        export.write(f, day, response.getOutputStream());
    }

    static String fileName(LocalDate day, TransferFormat format) {
        return "thu-tuc-hanh-chinh-" + day + "." + format.extension();
    }

    @PostMapping(path = "/api/v1/procedure-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('PROCEDURE_CONTROL', 'ADMIN')")
    @Operation(summary = "Import a catalogue file as one publication decision",
            description = "dryRun=true (default) checks every row and the decision and writes nothing; "
                    + "dryRun=false publishes the decision in one transaction. Any error: 400 problem with an "
                    + "'errors' array (row, column, code, message) and nothing written. The same file with the "
                    + "same decision number again: 200 with alreadyImported=true, nothing changed.")
    ResponseEntity<ImportJson.Report> importFile(@RequestParam(defaultValue = "true") boolean dryRun,
            @RequestPart("file") MultipartFile file,
            @Parameter(description = "e.g. 1234/QĐ-UBND") @RequestParam(required = false) @Nullable String number,
            @Parameter(description = "YYYY-MM-DD") @RequestParam(required = false) @Nullable String signedOn,
            @RequestParam(required = false) @Nullable String signer,
            @Parameter(description = "YYYY-MM-DD") @RequestParam(required = false) @Nullable String effectiveFrom,
            @RequestParam(required = false) @Nullable String issuer, Principal principal) throws IOException {
        Upload upload = Upload.of(file.getOriginalFilename(), file.getBytes());
        DecisionFields fields = new DecisionFields(number, signedOn, signer, effectiveFrom, issuer);
        Locale locale = LocaleContextHolder.getLocale();
        if (dryRun) {
            ImportReport report = imports.dryRun(upload, fields);
            if (!report.valid()) {
                throw new ImportRejected(report);
            }
            return ResponseEntity.ok(ImportJson.report(report, messages, locale));
        }
        ImportReport report = imports.importNow(upload, fields, principal.getName());
        return ResponseEntity.status(report.alreadyImported() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(ImportJson.report(report, messages, locale));
    }

    /** A rejected import: the shared problem shape plus every row's errors. */
    @ExceptionHandler(ImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejected e) {
        Locale locale = LocaleContextHolder.getLocale();
        ImportReport report = e.report();
        ProblemDetail body = Problems.of(messages, locale, e.status(), e.type(), e.messageKey(), e.args());
        body.setProperty("dryRun", report.dryRun());
        body.setProperty("sha256", report.sha256());
        body.setProperty("rows", report.rows());
        body.setProperty("errors", ImportJson.errors(report.errors(), messages, locale));
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private LocalDate date(@Nullable String at) {
        if (at == null || at.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid-date", "problem.invalid-date", at);
        }
    }
}
