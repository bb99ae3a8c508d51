package io.parhub.parindex.page;

import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.org.AgencyKind;
import io.parhub.parindex.Cycle;
import io.parhub.parindex.CycleStatus;
import io.parhub.parindex.Entry;
import io.parhub.parindex.ParIndexResults;
import io.parhub.parindex.Scorecard;
import io.parhub.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The PAR Index as documents: the annex of the publication decision as PDF (public, once the year is published) and
 * a unit's scorecard as XLSX and PDF (for whoever may open its scorecard page: the unit, the PAR office, provincial
 * leaders, administrators).
 */
@Controller
class ExportController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ParIndexResults results;
    private final PageSupport support;
    private final Agencies agencies;
    private final MessageSource messages;

    ExportController(ParIndexResults results, PageSupport support, Agencies agencies, MessageSource messages) {
        this.results = results;
        this.support = support;
        this.agencies = agencies;
        this.messages = messages;
    }

    @GetMapping("/par-index/{year}.pdf")
    ResponseEntity<byte[]> annex(@PathVariable int year) {
        Cycle cycle = results.cycle(year).filter(c -> c.status() == CycleStatus.PUBLISHED)
                .orElseThrow(() -> DomainException.notFound("parindex-not-published", "parindex.error.not-published",
                        String.valueOf(year)));
        Instant published = cycle.publishedAt() == null ? cycle.openedAt() : cycle.publishedAt();
        byte[] pdf = RankingPdf.write(texts(), year, issuer(cycle.scopeDate()), LocalDate.ofInstant(published, ZONE),
                results.ranking(year), results.bands(year), results.illustrative(year));
        return file(pdf, MediaType.APPLICATION_PDF, "chi-so-cchc-" + year + ".pdf");
    }

    @GetMapping("/staff/par-index/entries/{id}/scorecard.xlsx")
    ResponseEntity<byte[]> scorecardXlsx(@PathVariable long id) {
        ScorecardExport export = export(id);
        return file(ScorecardXlsx.write(texts(), export), XLSX, name(export.card(), "xlsx"));
    }

    @GetMapping("/staff/par-index/entries/{id}/scorecard.pdf")
    ResponseEntity<byte[]> scorecardPdf(@PathVariable long id) {
        ScorecardExport export = export(id);
        return file(ScorecardPdf.write(texts(), export), MediaType.APPLICATION_PDF, name(export.card(), "pdf"));
    }

    private ScorecardExport export(long id) {
        Entry entry = support.entry(id);
        Scorecard card = results.scorecard(entry.id());
        return ScorecardExport.of(card, card.cycle().status().scoresLocked()
                ? results.ranking(card.cycle().year()) : List.of());
    }

    private ExportTexts texts() {
        return new ExportTexts(messages, LocaleContextHolder.getLocale());
    }

    /** The province's People's Committee (the root committee of the registry) on the cycle's scope date. */
    private @Nullable String issuer(LocalDate on) {
        return agencies.all(on).stream().filter(a -> a.parentId() == null && a.kind() == AgencyKind.PEOPLES_COMMITTEE)
                .map(Agency::name).findFirst().orElse(null);
    }

    private static String name(Scorecard card, String extension) {
        return "bang-diem-cchc-" + card.cycle().year() + "-" + card.entry().unitCode() + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()).body(bytes);
    }
}
