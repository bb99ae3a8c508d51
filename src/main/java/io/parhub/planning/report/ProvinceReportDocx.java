package io.parhub.planning.report;

import static io.parhub.planning.report.ReportDocx.centred;
import static io.parhub.planning.report.ReportDocx.paragraph;
import static io.parhub.planning.report.ReportDocx.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The province's periodic report to the Ministry of Home Affairs in the structure of the 6-month report of Sóc
 * Trăng 2020 (seed 002), as {@link ReportOutline#province} lays it out: issuing body and national motto, number left
 * blank for the records office, place and date, I. direction (1 plan with the issued-plan tally, 2 direction, 3
 * inspections, 4 communication), II. results by reform area with the tables where the seed has them (dossiers,
 * procedures, online services, feedback and SIPAS under 2, electronic documents under 6), III. assessment, IV.
 * directions, then the recipients. Narrative sections are the accepted units' texts, by unit. The PDF draws the same
 * outline, so the two files cannot drift apart.
 */
final class ProvinceReportDocx {

    private ProvinceReportDocx() {
    }

    static byte[] write(List<ReportOutline.Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (ReportOutline.Block block : blocks) {
                draw(doc, block);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(XWPFDocument doc, ReportOutline.Block block) {
        if (block instanceof ReportOutline.Centred c) {
            centred(doc, c.text(), c.bold(), c.size());
        } else if (block instanceof ReportOutline.Right r) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.RIGHT);
            run(p, r.text(), r.bold(), 13).setItalic(!r.bold());
        } else if (block instanceof ReportOutline.Heading h) {
            paragraph(doc, h.text(), true);
        } else if (block instanceof ReportOutline.Text t) {
            paragraph(doc, t.text(), false);
        } else if (block instanceof ReportOutline.UnitText u) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            run(p, u.agency() + ": ", true, 13);
            run(p, u.text(), false, 13);
        } else if (block instanceof ReportOutline.Figures f) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {f.indicator(), f.value()});
            rows.addAll(f.rows());
            ReportDocx.table(doc, f.title(), rows);
        }
    }
}
