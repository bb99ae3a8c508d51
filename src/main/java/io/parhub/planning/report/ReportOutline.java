package io.parhub.planning.report;

import io.parhub.planning.IssuedPlansTally;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * A report's content as a list of blocks in reading order, in the reader's language, apart from any file format:
 * the PDFs and the province's DOCX draw these blocks, so the text and the tables are built in one place.
 */
final class ReportOutline {

    /** One block of the document. */
    sealed interface Block {
    }

    /** A centred line (motto, issuer, title); {@code size} in points as in the DOCX. */
    record Centred(String text, boolean bold, int size) implements Block {
    }

    /** A right-aligned line (place and date in italics, the signature in bold). */
    record Right(String text, boolean bold) implements Block {
    }

    /** A bold heading of a numbered section. */
    record Heading(String text) implements Block {
    }

    /** A justified paragraph. */
    record Text(String text) implements Block {
    }

    /** A unit's own text under its name. */
    record UnitText(String agency, String text) implements Block {
    }

    /** A titled two-column table: indicator, formatted value. */
    record Figures(String title, String indicator, String value, List<String[]> rows) implements Block {
    }

    private final MessageSource messages;
    private final Locale locale;

    ReportOutline(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** A unit's report: motto, agency, title, its sections, then the tables of the XLSX annex. */
    List<Block> unit(ReportViews.UnitReport r) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Centred(text("report.docx.motto"), true, 13));
        blocks.add(new Centred(text("report.docx.motto-sub"), true, 13));
        blocks.add(new Centred(r.agencyName().toUpperCase(locale), true, 12));
        blocks.add(new Centred(text("report.docx.title"), true, 14));
        blocks.add(new Centred(text("report.docx.subtitle", period(r.period())), true, 13));
        for (ReportViews.Section s : r.sections()) {
            blocks.add(new Heading(s.number() + ". " + text("report.section." + s.key())));
            blocks.add(new Text(s.text() == null ? text("report.section.empty") : s.text()));
        }
        blocks.add(new Heading(text("report.docx.annex")));
        new ReportTables(messages, locale).unit(r.figures()).forEach(t -> blocks.add(figures(t)));
        return blocks;
    }

    /** The province's report to the Ministry in the structure of seed 002 (see {@link ProvinceReportDocx}). */
    List<Block> province(ReportViews.Overview o, String issuer, IssuedPlansTally tally, LocalDate issuedOn) {
        ReportViews.ProvinceReport p = o.province();
        Map<String, ReportTables.Table> tables = new ReportTables(messages, locale).province(p).stream()
                .collect(Collectors.toMap(ReportTables.Table::id, Function.identity()));
        Map<String, ReportViews.AggregateSection> sections = p.sections().stream()
                .collect(Collectors.toMap(ReportViews.AggregateSection::key, Function.identity()));
        String period = period(o.period());
        boolean en = locale.getLanguage().equals("en");
        List<Block> b = new ArrayList<>();
        b.add(new Centred(issuer.toUpperCase(locale), true, 13));
        b.add(new Centred(text("report.docx.motto"), true, 13));
        b.add(new Centred(text("report.docx.motto-sub"), true, 13));
        b.add(new Centred(text("report.province.docx.number"), false, 13));
        b.add(new Right(text("report.province.docx.dated", place(issuer), issuedOn.getDayOfMonth(),
                issuedOn.getMonthValue(), issuedOn.getYear()), false));
        b.add(new Centred(text("report.docx.title"), true, 14));
        b.add(new Centred(text("report.province.docx.subtitle", period), true, 13));
        b.add(new Text(text("report.province.docx.intro", issuer, period)));
        b.add(new Heading(text("report.province.docx.h.I")));
        b.add(new Heading(text("report.province.docx.h.I.1")));
        b.add(new Text(en ? tally.sentenceEn() : tally.sentenceVi()));
        b.add(figures(tables.get("plan")));
        b.add(new Heading(text("report.province.docx.h.I.2")));
        units(b, sections.get(ReportSection.DIRECTION.key()));
        b.add(new Heading(text("report.province.docx.h.I.3")));
        b.add(new Text(en ? p.inspections().sentenceEn() : p.inspections().sentenceVi()));
        b.add(figures(tables.get("inspections")));
        b.add(new Heading(text("report.province.docx.h.I.4")));
        b.add(new Text(text("report.province.docx.communication")));
        b.add(new Heading(text("report.province.docx.h.II")));
        for (ReportSection s : List.of(ReportSection.INSTITUTIONS, ReportSection.PROCEDURES,
                ReportSection.APPARATUS, ReportSection.CIVIL_SERVICE, ReportSection.PUBLIC_FINANCE,
                ReportSection.MODERNISATION)) {
            b.add(new Heading(s.number().substring(3) + ". " + text("report.section." + s.key())));
            units(b, sections.get(s.key()));
            if (s == ReportSection.PROCEDURES) {
                for (String id : List.of("dossiers", "procedures", "online", "feedback", "satisfaction")) {
                    b.add(figures(tables.get(id)));
                }
            } else if (s == ReportSection.MODERNISATION) {
                b.add(figures(tables.get("documents")));
            }
        }
        for (ReportSection s : List.of(ReportSection.ASSESSMENT, ReportSection.NEXT_STEPS)) {
            b.add(new Heading(s.number() + ". " + text("report.section." + s.key()).toUpperCase(locale)));
            units(b, sections.get(s.key()));
        }
        b.add(new Heading(text("report.province.docx.recipients")));
        for (String line : text("report.province.docx.recipients.list").split("\\|")) {
            b.add(new Text("- " + line));
        }
        b.add(new Right(text("report.province.docx.signature"), true));
        return b;
    }

    private void units(List<Block> b, ReportViews.AggregateSection s) {
        if (s.units().isEmpty()) {
            b.add(new Text(text("report.section.empty")));
        }
        s.units().forEach(t -> b.add(new UnitText(t.agencyName(), t.text())));
    }

    private Figures figures(ReportTables.Table t) {
        List<String[]> rows = new ArrayList<>();
        for (ReportTables.Line line : t.lines()) {
            rows.add(new String[] {line.label(), format(line)});
        }
        return new Figures(t.title(), text("report.annex.indicator"), text("report.annex.value"), rows);
    }

    /** Thousands and decimals as the reader writes them ("5.816", "82,86%"), "no data yet" for a missing figure. */
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

    private String period(ReportViews.Period p) {
        return text(p.labelKey(), p.number(), p.year());
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
