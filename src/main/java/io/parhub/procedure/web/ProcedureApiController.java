package io.parhub.procedure.web;

import io.parhub.procedure.ChangeReport;
import io.parhub.procedure.FormDownload;
import io.parhub.procedure.InternalProcessView;
import io.parhub.procedure.Procedure;
import io.parhub.procedure.ProcedurePage;
import io.parhub.procedure.ProcedureQuery;
import io.parhub.procedure.ProcedureStats;
import io.parhub.procedure.Procedures;
import io.parhub.procedure.ProcessDescriber;
import io.parhub.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public, read-only procedure catalogue: search, one procedure as of a date, statistics, changes, forms. */
@RestController
@RequestMapping("/api/v1/procedures")
@Tag(name = "Procedures", description = "Administrative procedure catalogue (TTHC), as of a date; no sign-in")
class ProcedureApiController {

    private final Procedures procedures;
    private final ObjectProvider<ProcessDescriber> processes;
    private final Clock clock;

    ProcedureApiController(Procedures procedures, ObjectProvider<ProcessDescriber> processes, Clock clock) {
        this.procedures = procedures;
        this.processes = processes;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Search procedures", description = "q: accent-insensitive, typo-tolerant on the name (or a "
            + "code prefix), best match first; field (exact), level (province, district, commune, ministry), agency "
            + "(substring, accents ignored), onlineMode (full, partial, none), at (YYYY-MM-DD, default today), page "
            + "(0-based), size (1-100, default 20).")
    ProcedureJson.Page search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String agency,
            @RequestParam(required = false) @Nullable String onlineMode,
            @RequestParam(required = false) @Nullable String at,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        ProcedurePage result = procedures.search(new ProcedureQuery(Params.text(q), Params.text(field),
                Params.level(level), Params.text(agency), Params.onlineMode(onlineMode), Params.date(at, clock), page,
                size));
        return new ProcedureJson.Page(result.items().stream().map(ProcedureJson.Summary::of).toList(),
                result.total(), page, size);
    }

    @GetMapping("/stats")
    @Operation(summary = "Counts as of a date", description = "A procedure at several levels counts once per level; "
            + "byOnlineMode.notStated counts procedures whose online mode is not published.")
    ProcedureStats stats(@RequestParam(required = false) @Nullable String at) {
        return procedures.stats(Params.date(at, clock));
    }

    @GetMapping("/changes")
    @Operation(summary = "New, amended and abolished procedures by effective date, from and to inclusive")
    Map<String, Object> changes(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        ChangeReport report = procedures.changes(Params.required(from, "from"), Params.required(to, "to"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", report.from());
        body.put("to", report.to());
        body.put("counts", Map.of("new", report.counts().added(), "amended", report.counts().amended(),
                "abolished", report.counts().abolished()));
        body.put("new", report.added());
        body.put("amended", report.amended());
        body.put("abolished", report.abolished());
        return body;
    }

    @GetMapping("/fields")
    @Operation(summary = "Fields (lĩnh vực) in use on a date, for filters")
    java.util.List<String> fields(@RequestParam(required = false) @Nullable String at) {
        return procedures.fields(Params.date(at, clock));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One procedure as it stood on a date", description = "With all its versions and, when "
            + "approved, its internal process.")
    ProcedureJson.Detail detail(@PathVariable String code, @RequestParam(required = false) @Nullable String at) {
        LocalDate day = Params.date(at, clock);
        Procedure procedure = procedures.find(code, day).orElseThrow(() -> DomainException.notFound(
                "procedure-not-found", "procedure.problem.not-found", code, day.toString()));
        ProcessDescriber describer = processes.orderedStream().findFirst().orElse(null);
        InternalProcessView process = describer == null ? null : describer.describe(procedure.code(), day);
        return ProcedureJson.Detail.of(day, procedure, procedures.versions(procedure.code()), process);
    }

    @GetMapping("/{code}/forms/{id}")
    @Operation(summary = "Download a form template attached to the procedure")
    ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable long id) {
        FormDownload form = procedures.form(code, id).orElseThrow(() -> DomainException.notFound(
                "procedure-form-not-found", "procedure.problem.form-not-found", code, id));
        MediaType type;
        try {
            type = MediaType.parseMediaType(form.contentType());
        } catch (IllegalArgumentException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(form.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.ETAG, "\"" + form.sha256() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(form.content());
    }
}
