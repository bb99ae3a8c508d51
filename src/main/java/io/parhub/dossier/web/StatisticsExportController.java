package io.parhub.dossier.web;

import io.parhub.dossier.DossierStatistics;
import io.parhub.dossier.DossierStatistics.Query;
import io.parhub.dossier.export.AnnexCsv;
import io.parhub.dossier.export.AnnexXlsx;
import io.parhub.dossier.export.LateDossierFiles;
import io.parhub.dossier.export.StatisticsAnnex;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures of {@code /api/v1/stats/dossiers} as files in the layout of the report's statistical annex: the same
 * parameters, the same numbers, public like the JSON (aggregates only).
 */
@RestController
@Tag(name = "Dossier statistics")
class StatisticsExportController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final DossierStatistics statistics;
    private final Agencies agencies;
    private final MessageSource messages;

    StatisticsExportController(DossierStatistics statistics, Agencies agencies, MessageSource messages) {
        this.statistics = statistics;
        this.agencies = agencies;
        this.messages = messages;
    }

    @GetMapping("/api/v1/stats/dossiers.xlsx")
    @Operation(summary = "Dossier figures as XLSX in the layout of the report's statistical annex",
            description = "Same parameters and figures as GET /api/v1/stats/dossiers: title, two-level merged "
                    + "header, one row per group, total row.")
    ResponseEntity<byte[]> xlsx(@ParameterObject StatsParams params) {
        Query q = params.query();
        Locale locale = LocaleContextHolder.getLocale();
        byte[] body = AnnexXlsx.write(annex(q, locale), messages.getMessage("stats.annex.sheet", null, locale));
        return file(body, XLSX, StatisticsAnnex.fileName(q) + ".xlsx");
    }

    @GetMapping("/api/v1/stats/dossiers.csv")
    @Operation(summary = "Dossier figures as CSV in the layout of the report's statistical annex",
            description = "Same parameters and figures as GET /api/v1/stats/dossiers. UTF-8 with a byte order mark, "
                    + "RFC 4180; rows: title, note, first-level header, column header, groups, total.")
    ResponseEntity<byte[]> csv(@ParameterObject StatsParams params) {
        Query q = params.query();
        byte[] body = AnnexCsv.write(annex(q, LocaleContextHolder.getLocale()));
        return file(body, CSV, StatisticsAnnex.fileName(q) + ".csv");
    }

    @GetMapping({"/api/v1/stats/late-dossiers.xlsx", "/api/v1/stats/late-dossiers.csv"})
    @Operation(summary = "The late dossiers of a drill-down as XLSX or CSV (staff only)",
            description = "Resolved late in the period or overdue at its end, at most 500, only those the caller may "
                    + "read. Same filters as GET /api/v1/stats/dossiers (unit, agency, procedure, field, channel).")
    ResponseEntity<byte[]> lateDossiers(HttpServletRequest request, @ParameterObject StatsParams params) {
        Query q = params.query("none");
        Locale locale = LocaleContextHolder.getLocale();
        LateDossierFiles files = LateDossierFiles.of(statistics.lateDossiers(q, 500), unitName(q), q.from(), q.to(),
                messages, locale);
        String name = StatisticsAnnex.fileName(q).replace("thong-ke-ho-so-", "ho-so-tre-han-")
                .replace("-theo-none", "");
        return request.getRequestURI().endsWith(".csv") ? file(files.csv(), CSV, name + ".csv")
                : file(files.xlsx(messages.getMessage("stats.late.title", null, locale)), XLSX, name + ".xlsx");
    }

    private @Nullable String unitName(Query q) {
        String code = q.agency() != null && !q.agency().isBlank() ? q.agency() : q.unit();
        return code == null || code.isBlank() ? null
                : agencies.byCode(code.strip(), q.to()).or(() -> agencies.byCode(code.strip(), q.from()))
                        .map(Agency::name).orElse(code);
    }

    private StatisticsAnnex annex(Query q, Locale locale) {
        return StatisticsAnnex.of(statistics.report(q), unitName(q), messages, locale);
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(body);
    }
}
