package io.parhub.planning.report;

import static io.parhub.shared.pdf.PageStyle.MM;

import io.parhub.shared.pdf.PageStyle;
import io.parhub.shared.pdf.PdfLayout;
import io.parhub.shared.pdf.PdfLayout.Span;
import io.parhub.shared.pdf.PdfTable.Align;
import io.parhub.shared.pdf.PdfTable.Header;
import io.parhub.shared.pdf.PdfTable.Row;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;

/** Draws a report's outline on A4 pages with the shared layout, "Trang n/N" at the foot of each page. */
final class ReportPdf {

    // Decree 30/2020/NĐ-CP margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm
    private static final PageStyle STYLE = new PageStyle(30 * MM, 15 * MM, 20 * MM, 20 * MM, 1.3f);
    private static final float BODY = 12;
    private static final Align[] ALIGN = {Align.LEFT, Align.RIGHT};

    private ReportPdf() {
    }

    static byte[] write(String title, List<ReportOutline.Block> blocks, BiFunction<Integer, Integer, String> page) {
        try (PdfLayout pdf = new PdfLayout(STYLE, title, null)) {
            for (ReportOutline.Block block : blocks) {
                draw(pdf, block);
            }
            return pdf.toBytes(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(PdfLayout pdf, ReportOutline.Block block) throws IOException {
        if (block instanceof ReportOutline.Centred c) {
            pdf.centred(c.text(), c.bold() ? pdf.bold : pdf.regular, c.size() - 1);
        } else if (block instanceof ReportOutline.Right r) {
            pdf.space(4);
            pdf.ensure(pdf.leading(BODY));
            float w = pdf.width(r.text(), r.bold() ? pdf.bold : pdf.italic, BODY);
            pdf.text(r.text(), r.bold() ? pdf.bold : pdf.italic, BODY, STYLE.left() + STYLE.width() - w,
                    pdf.y() - BODY);
            pdf.moveTo(pdf.y() - pdf.leading(BODY) - 4);
        } else if (block instanceof ReportOutline.Heading h) {
            pdf.space(6);
            // a heading never stays alone at the foot of a page
            pdf.ensure(3 * pdf.leading(BODY));
            pdf.paragraph(h.text(), pdf.bold, BODY);
        } else if (block instanceof ReportOutline.Text t) {
            pdf.paragraph(t.text(), pdf.regular, BODY);
        } else if (block instanceof ReportOutline.UnitText u) {
            // the mixed-font paragraph knows no line breaks: the unit's later lines follow as plain paragraphs
            String[] lines = u.text().split("\\R", 2);
            pdf.paragraph(BODY, 0, 0, new Span(u.agency() + ":", pdf.bold), new Span(lines[0], pdf.regular));
            if (lines.length > 1) {
                pdf.paragraph(lines[1], pdf.regular, BODY);
            }
        } else if (block instanceof ReportOutline.Figures f) {
            pdf.space(4);
            // the title stays with the table's header and first row
            pdf.ensure(pdf.leading(BODY) + 2 * (pdf.leading(11) + 6) + 2);
            pdf.paragraph(f.title(), pdf.italic, BODY);
            float first = STYLE.width() - 40 * MM;
            pdf.table(11, new float[] {first, 40 * MM}, ALIGN, Header.centred(f.indicator(), f.value()),
                    f.rows().stream().map(Row::of).toList());
            pdf.space(4);
        }
    }
}
