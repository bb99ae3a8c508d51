package io.parhub.planning.report;

import io.parhub.org.Agency;
import io.parhub.planning.Plans;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Staff pages: periods (the office creates one), a period's units and province report, a unit's report. */
@Controller
class ReportPageController {

    private final ReportService service;
    private final ReportReader reader;
    private final ReportAccess access;
    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Clock clock;
    private final MessageSource messages;
    private final Plans plans;

    ReportPageController(ReportService service, ReportReader reader, ReportAccess access, Clock clock,
            MessageSource messages, Plans plans) {
        this.messages = messages;
        this.plans = plans;
        this.service = service;
        this.reader = reader;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/staff/reports")
    ModelAndView list(@RequestParam(required = false) @Nullable Integer year) {
        LocalDateTime now = LocalDateTime.now(clock);
        int y = year == null ? now.getYear() : year;
        return new ModelAndView("planning/report/list").addObject("year", y)
                .addObject("periods", reader.periods(y, now))
                .addObject("office", access.isOffice(access.staff(), now.toLocalDate()))
                .addObject("kinds", ReportKind.values());
    }

    @PostMapping("/staff/reports/periods")
    String create(@RequestParam ReportKind kind, @RequestParam int year, @RequestParam int number,
            @RequestParam LocalDate dueOn, @RequestParam String agencyCodes) {
        List<String> codes = Arrays.stream(agencyCodes.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        ReportViews.Period p = service.createPeriod(new ReportService.NewPeriod(kind, year, number, null, null, dueOn,
                codes), LocalDateTime.now(clock));
        return "redirect:/staff/reports/periods/" + p.id() + "?created";
    }

    @GetMapping("/staff/reports/periods/{id}")
    ModelAndView period(@PathVariable long id) {
        return new ModelAndView("planning/report/period").addObject("overview",
                reader.overview(id, LocalDateTime.now(clock)));
    }

    @PostMapping("/staff/reports/periods/{id}/start")
    String start(@PathVariable long id, @RequestParam String agencyCode) {
        return "redirect:/staff/reports/" + service.start(id, agencyCode, LocalDateTime.now(clock)).id();
    }

    @GetMapping("/staff/reports/{id}")
    ModelAndView report(@PathVariable long id) {
        return new ModelAndView("planning/report/report").addObject("report",
                reader.report(id, LocalDateTime.now(clock)));
    }

    /** The report as a Word document in the reader's language. */
    @GetMapping("/staff/reports/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        ReportViews.UnitReport r = reader.report(id, LocalDateTime.now(clock));
        byte[] bytes = new ReportDocx(messages, LocaleContextHolder.getLocale()).write(r);
        return ResponseEntity.ok().contentType(DOCX).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .attachment().filename("bao-cao-cchc-" + r.agencyCode() + "-" + r.period().year() + "-"
                        + r.period().kind().name().toLowerCase() + "-" + r.period().number() + ".docx").build()
                .toString()).body(bytes);
    }

    /** The report as PDF, with the content and order of the Word document. */
    @GetMapping("/staff/reports/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        ReportViews.UnitReport r = reader.report(id, LocalDateTime.now(clock));
        var locale = LocaleContextHolder.getLocale();
        String title = r.agencyName() + ", " + messages.getMessage(r.period().labelKey(), new Object[] {
            r.period().number(), r.period().year()}, locale);
        return file(MediaType.APPLICATION_PDF, "bao-cao-cchc-" + r.agencyCode() + "-" + name(r.period()) + ".pdf",
                ReportPdf.write(title, new ReportOutline(messages, locale).unit(r), this::page));
    }

    /** The report's tables as a workbook, one sheet per table. */
    @GetMapping("/staff/reports/{id}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        ReportViews.UnitReport r = reader.report(id, LocalDateTime.now(clock));
        var locale = LocaleContextHolder.getLocale();
        String subtitle = r.agencyName() + ", " + messages.getMessage(r.period().labelKey(), new Object[] {
            r.period().number(), r.period().year()}, locale);
        return file(XLSX, "phu-luc-bao-cao-cchc-" + r.agencyCode() + "-" + name(r.period()) + ".xlsx",
                xlsx(new ReportTables(messages, locale).unit(r.figures()), subtitle));
    }

    /**
     * The province's report to the Ministry of Home Affairs as a Word document: the office's, the leaders' and the
     * administrators' (the period page's rule), with the figures of the period page.
     */
    @GetMapping("/staff/reports/periods/{id}/province.docx")
    ResponseEntity<byte[]> provinceDocx(@PathVariable long id) {
        LocalDateTime now = LocalDateTime.now(clock);
        ReportViews.Overview o = reader.overview(id, now);
        ReportViews.Period p = o.period();
        // the tally as of the period's last day, or today while the period runs
        LocalDate day = now.toLocalDate().isBefore(p.endsOn()) ? now.toLocalDate() : p.endsOn();
        byte[] bytes = ProvinceReportDocx.write(new ReportOutline(messages, LocaleContextHolder.getLocale())
                .province(o, issuer(p), plans.tally(p.year(), day), now.toLocalDate()));
        return file(DOCX, "bao-cao-cchc-tinh-" + name(p) + ".docx", bytes);
    }

    /** The province's report as PDF: the DOCX's readers, content and order. */
    @GetMapping("/staff/reports/periods/{id}/province.pdf")
    ResponseEntity<byte[]> provincePdf(@PathVariable long id) {
        LocalDateTime now = LocalDateTime.now(clock);
        ReportViews.Overview o = reader.overview(id, now);
        ReportViews.Period p = o.period();
        var locale = LocaleContextHolder.getLocale();
        // the tally as of the period's last day, or today while the period runs, as in the DOCX
        LocalDate day = now.toLocalDate().isBefore(p.endsOn()) ? now.toLocalDate() : p.endsOn();
        String issuer = issuer(p);
        String title = issuer + ", " + messages.getMessage(p.labelKey(), new Object[] {p.number(), p.year()}, locale);
        return file(MediaType.APPLICATION_PDF, "bao-cao-cchc-tinh-" + name(p) + ".pdf", ReportPdf.write(title,
                new ReportOutline(messages, locale).province(o, issuer, plans.tally(p.year(), day), now.toLocalDate()),
                this::page));
    }

    private String page(int page, int pages) {
        return messages.getMessage("report.pdf.page", new Object[] {page, pages}, LocaleContextHolder.getLocale());
    }

    @GetMapping("/staff/reports/periods/{id}/annexes.xlsx")
    ResponseEntity<byte[]> provinceXlsx(@PathVariable long id) {
        ReportViews.Overview o = reader.overview(id, LocalDateTime.now(clock));
        ReportViews.Period p = o.period();
        var locale = LocaleContextHolder.getLocale();
        String subtitle = issuer(p) + ", " + messages.getMessage(p.labelKey(), new Object[] {p.number(), p.year()},
                locale);
        return file(XLSX, "phu-luc-bao-cao-cchc-tinh-" + name(p) + ".xlsx",
                xlsx(new ReportTables(messages, locale).province(o.province()), subtitle));
    }

    private byte[] xlsx(java.util.List<ReportTables.Table> tables, String subtitle) {
        var locale = LocaleContextHolder.getLocale();
        return ReportXlsx.write(tables, subtitle, messages.getMessage("report.annex.indicator", null, locale),
                messages.getMessage("report.annex.value", null, locale),
                messages.getMessage("report.no-data", null, locale));
    }

    private String issuer(ReportViews.Period p) {
        return access.agency(access.provinceAgency(), p.endsOn(), p.startsOn()).map(Agency::name)
                .orElse(access.provinceAgency());
    }

    private static String name(ReportViews.Period p) {
        return p.year() + "-" + p.kind().name().toLowerCase() + "-" + p.number();
    }

    private static ResponseEntity<byte[]> file(MediaType type, String filename, byte[] bytes) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .attachment().filename(filename).build().toString()).body(bytes);
    }

    /** Saves the sections and the indicator; with {@code submit} the saved report is then submitted. */
    @PostMapping("/staff/reports/{id}")
    String save(@PathVariable long id, @RequestParam int version, @RequestParam Map<String, String> form,
            @RequestParam(required = false) @Nullable Long documentsSent,
            @RequestParam(required = false) @Nullable Long documentsElectronic,
            @RequestParam(required = false) @Nullable String submit) {
        Map<String, String> sections = new HashMap<>();
        for (ReportSection s : ReportSection.values()) {
            String text = form.get("section-" + s.key());
            if (text != null) {
                sections.put(s.key(), text);
            }
        }
        ReportViews.UnitReport saved = service.edit(id, new ReportService.Edit(version, sections, documentsSent,
                documentsElectronic), LocalDateTime.now(clock));
        if (submit != null) {
            service.submit(id, saved.version(), LocalDateTime.now(clock));
            return "redirect:/staff/reports/" + id + "?submitted";
        }
        return "redirect:/staff/reports/" + id + "?saved";
    }

    @PostMapping("/staff/reports/{id}/return")
    String returnReport(@PathVariable long id, @RequestParam int version,
            @RequestParam(required = false) @Nullable String remark) {
        service.returnReport(id, version, remark, LocalDateTime.now(clock));
        return "redirect:/staff/reports/" + id + "?returned";
    }

    @PostMapping("/staff/reports/{id}/accept")
    String accept(@PathVariable long id, @RequestParam int version) {
        service.accept(id, version, LocalDateTime.now(clock));
        return "redirect:/staff/reports/" + id + "?accepted";
    }
}
