package io.parhub.planning.report;

import static io.parhub.planning.report.ReportDocx.centred;
import static io.parhub.planning.report.ReportDocx.paragraph;
import static io.parhub.planning.report.ReportDocx.run;

import io.parhub.planning.IssuedPlansTally;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.context.MessageSource;

/**
 * The province's periodic report to the Ministry of Home Affairs in the structure of the 6-month report of Sóc
 * Trăng 2020 (seed 002): issuing body and national motto, number left blank for the records office, place and date,
 * I. direction (1 plan with the issued-plan tally, 2 direction, 3 inspections, 4 communication), II. results by reform
 * area with the tables where the seed has them (dossiers, procedures, online services, feedback and SIPAS under 2,
 * electronic documents under 6), III. assessment, IV. directions, then the recipients. Narrative sections are the
 * accepted units' texts, by unit.
 */
final class ProvinceReportDocx {

    private final MessageSource messages;
    private final Locale locale;

    ProvinceReportDocx(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** @param issuer the province's people's committee as named on the period's last day */
    byte[] write(ReportViews.Overview o, String issuer, IssuedPlansTally tally, LocalDate issuedOn) {
        ReportViews.ProvinceReport p = o.province();
        Map<String, ReportTables.Table> tables = new ReportTables(messages, locale).province(p).stream()
                .collect(Collectors.toMap(ReportTables.Table::id, Function.identity()));
        Map<String, ReportViews.AggregateSection> sections = p.sections().stream()
                .collect(Collectors.toMap(ReportViews.AggregateSection::key, Function.identity()));
        String period = text(o.period().labelKey(), o.period().number(), o.period().year());
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            centred(doc, issuer.toUpperCase(locale), true, 13);
            centred(doc, text("report.docx.motto"), true, 13);
            centred(doc, text("report.docx.motto-sub"), true, 13);
            centred(doc, text("report.province.docx.number"), false, 13);
            XWPFParagraph dated = doc.createParagraph();
            dated.setAlignment(ParagraphAlignment.RIGHT);
            run(dated, text("report.province.docx.dated", place(issuer), issuedOn.getDayOfMonth(),
                    issuedOn.getMonthValue(), issuedOn.getYear()), false, 13).setItalic(true);
            centred(doc, text("report.docx.title"), true, 14);
            centred(doc, text("report.province.docx.subtitle", period), true, 13);
            paragraph(doc, text("report.province.docx.intro", issuer, period), false);

            paragraph(doc, text("report.province.docx.h.I"), true);
            paragraph(doc, text("report.province.docx.h.I.1"), true);
            paragraph(doc, locale.getLanguage().equals("en") ? tally.sentenceEn() : tally.sentenceVi(), false);
            table(doc, tables.get("plan"));
            paragraph(doc, text("report.province.docx.h.I.2"), true);
            units(doc, sections.get(ReportSection.DIRECTION.key()));
            paragraph(doc, text("report.province.docx.h.I.3"), true);
            paragraph(doc, locale.getLanguage().equals("en") ? p.inspections().sentenceEn()
                    : p.inspections().sentenceVi(), false);
            table(doc, tables.get("inspections"));
            paragraph(doc, text("report.province.docx.h.I.4"), true);
            paragraph(doc, text("report.province.docx.communication"), false);

            paragraph(doc, text("report.province.docx.h.II"), true);
            for (ReportSection s : List.of(ReportSection.INSTITUTIONS, ReportSection.PROCEDURES,
                    ReportSection.APPARATUS, ReportSection.CIVIL_SERVICE, ReportSection.PUBLIC_FINANCE,
                    ReportSection.MODERNISATION)) {
                paragraph(doc, s.number().substring(3) + ". " + text("report.section." + s.key()), true);
                units(doc, sections.get(s.key()));
                if (s == ReportSection.PROCEDURES) {
                    for (String id : List.of("dossiers", "procedures", "online", "feedback", "satisfaction")) {
                        table(doc, tables.get(id));
                    }
                } else if (s == ReportSection.MODERNISATION) {
                    table(doc, tables.get("documents"));
                }
            }
            for (ReportSection s : List.of(ReportSection.ASSESSMENT, ReportSection.NEXT_STEPS)) {
                paragraph(doc, s.number() + ". " + text("report.section." + s.key()).toUpperCase(locale), true);
                units(doc, sections.get(s.key()));
            }
            paragraph(doc, text("report.province.docx.recipients"), true);
            for (String line : text("report.province.docx.recipients.list").split("\\|")) {
                paragraph(doc, "- " + line, false);
            }
            XWPFParagraph sign = doc.createParagraph();
            sign.setAlignment(ParagraphAlignment.RIGHT);
            run(sign, text("report.province.docx.signature"), true, 13);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each accepted unit's text under its name; the section says so when no unit wrote it. */
    private void units(XWPFDocument doc, ReportViews.AggregateSection s) {
        if (s.units().isEmpty()) {
            paragraph(doc, text("report.section.empty"), false);
        }
        for (ReportViews.UnitText t : s.units()) {
            XWPFParagraph para = doc.createParagraph();
            para.setAlignment(ParagraphAlignment.BOTH);
            run(para, t.agencyName() + ": ", true, 13);
            run(para, t.text(), false, 13);
        }
    }

    private void table(XWPFDocument doc, ReportTables.Table t) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {text("report.annex.indicator"), text("report.annex.value")});
        for (ReportTables.Line line : t.lines()) {
            rows.add(new String[] {line.label(), format(line)});
        }
        ReportDocx.table(doc, t.title(), rows);
    }

    private String format(ReportTables.Line line) {
        if (line.value() == null) {
            return text("report.no-data");
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        if (line.percent()) {
            f.setMinimumFractionDigits(2);
            f.setMaximumFractionDigits(2);
            return f.format(line.value().doubleValue()) + "%";
        }
        return f.format(line.value().longValue());
    }

    /** The place of the date line: the province's name without "Ủy ban nhân dân tỉnh / thành phố". */
    private static String place(String issuer) {
        return issuer.replaceFirst("(?iu)^(ủy|uỷ) ban nhân dân (tỉnh|thành phố)\\s+", "")
                .replaceFirst("(?i)^people's committee of (the )?(province|city) of\\s+", "");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
