package io.parhub.planning.report;

import io.parhub.dossier.Figures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.context.MessageSource;

/**
 * A unit's report as a Word document in the shape of an administrative report (Nghị định 30/2020/NĐ-CP, phụ lục
 * I): the national motto, the agency, the title with the period, the numbered sections, then the tables as annex.
 */
final class ReportDocx {

    private final MessageSource messages;
    private final Locale locale;

    ReportDocx(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    byte[] write(ReportViews.UnitReport r) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            centred(doc, text("report.docx.motto"), true, 13);
            centred(doc, text("report.docx.motto-sub"), true, 13);
            centred(doc, r.agencyName().toUpperCase(locale), true, 12);
            String period = messages.getMessage(r.period().labelKey(), new Object[] {r.period().number(),
                r.period().year()}, locale);
            centred(doc, text("report.docx.title"), true, 14);
            centred(doc, text("report.docx.subtitle", period), true, 13);
            for (ReportViews.Section s : r.sections()) {
                paragraph(doc, s.number() + ". " + text("report.section." + s.key()), true);
                paragraph(doc, s.text() == null ? text("report.section.empty") : s.text(), false);
            }
            paragraph(doc, text("report.docx.annex"), true);
            Figures f = r.figures().dossiers();
            table(doc, text("report.table.dossiers"), List.of(
                    row("report.dossiers.received", f.received()), row("report.dossiers.carried-over", f.carriedOver()),
                    row("report.dossiers.new", f.newTotal()), row("report.dossiers.online", f.newOnline()),
                    row("report.dossiers.resolved-on-time", f.resolvedOnTime()),
                    row("report.dossiers.resolved-late", f.resolvedLate()),
                    row("report.dossiers.pending-not-due", f.pendingNotDue()),
                    row("report.dossiers.pending-overdue", f.pendingOverdue())));
            ReportFigures.PlanProgress p = r.figures().plan();
            table(doc, text("report.table.plan"), List.of(row("report.plan.assignments", p.assignments()),
                    row("report.plan.done", p.done()), row("report.plan.overdue", p.overdue())));
            ReportFigures.Feedback fb = r.figures().feedback();
            if (fb != null) {
                table(doc, text("report.table.feedback"), List.of(row("report.feedback.received", fb.received()),
                        row("report.feedback.answered", fb.answered()),
                        row("report.feedback.answered-late", fb.answeredLate()),
                        row("report.feedback.open", fb.open())));
            }
            ReportFigures.Documents d = r.figures().documents();
            table(doc, text("report.table.documents"), d == null
                    ? List.<String[]>of(new String[] {text("report.documents.rate"), text("report.no-data")})
                    : List.of(row("report.documents.sent", d.sent()), row("report.documents.electronic",
                            d.electronic()), new String[] {text("report.documents.rate"), d.rate() == null
                                    ? text("report.no-data") : d.rate().toPlainString() + "%"}));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String[] row(String key, long value) {
        return new String[] {text(key), String.valueOf(value)};
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static void centred(XWPFDocument doc, String text, boolean bold, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, bold, size);
    }

    static void paragraph(XWPFDocument doc, String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        run(p, text, bold, 13);
    }

    static XWPFRun run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun run = p.createRun();
        run.setFontFamily("Times New Roman");
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
        return run;
    }

    /** A titled table with borders (POI's default grid), as many columns as the first row has cells. */
    static void table(XWPFDocument doc, String title, List<String[]> rows) {
        paragraph(doc, title, true);
        XWPFTable table = doc.createTable(rows.size(), rows.get(0).length);
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < rows.get(i).length; c++) {
                table.getRow(i).getCell(c).setText(rows.get(i)[c]);
            }
        }
    }
}
