package io.parhub.shared.pdf;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A bordered table drawn at a layout's cursor: cells wrap, a row never splits, the header repeats after a break. */
public final class PdfTable {

    private static final float PADDING = 3;

    /** Column alignment. */
    public enum Align { LEFT, CENTRE, RIGHT }

    /** A table row; {@code bold} for areas and totals. */
    public record Row(String[] cells, boolean bold) {
        public static Row of(String... cells) {
            return new Row(cells, false);
        }

        public static Row strong(String... cells) {
            return new Row(cells, true);
        }
    }

    /** The bold header row; {@code centred} or aligned as its columns, and optionally kept with the first row. */
    public record Header(String[] cells, boolean centred, boolean keptWithFirstRow) {
        /** Centred over every column and never left alone at the foot of a page, as in the PAR Index annex. */
        public static Header centred(String... cells) {
            return new Header(cells, true, true);
        }

        /** Aligned as the column below, as in the one-stop slips' forms. */
        public static Header aligned(String... cells) {
            return new Header(cells, false, false);
        }
    }

    private final PdfLayout pdf;
    private final float size;
    private final float[] widths;

    PdfTable(PdfLayout pdf, float size, float[] widths) {
        this.pdf = pdf;
        this.size = size;
        this.widths = widths;
    }

    void draw(Align[] align, Header header, List<Row> rows) throws IOException {
        Align[] headerAlign = align;
        if (header.centred()) {
            headerAlign = new Align[align.length];
            Arrays.fill(headerAlign, Align.CENTRE);
        }
        if (header.keptWithFirstRow()) {
            pdf.ensure(height(header.cells(), pdf.bold) + (rows.isEmpty() ? 0
                    : height(rows.get(0).cells(), pdf.regular)));
        }
        row(headerAlign, header.cells(), pdf.bold);
        for (Row row : rows) {
            PDFont font = row.bold() ? pdf.bold : pdf.regular;
            if (pdf.y() - height(row.cells(), font) < pdf.style().bottom()) {
                pdf.newPage();
                row(headerAlign, header.cells(), pdf.bold);
            }
            row(align, row.cells(), font);
        }
    }

    private float height(String[] cells, PDFont font) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            lines = Math.max(lines, pdf.wrap(cells[i], font, size, widths[i] - 2 * PADDING).size());
        }
        return lines * pdf.leading(size) + 2 * PADDING;
    }

    private void row(Align[] align, String[] cells, PDFont font) throws IOException {
        float height = height(cells, font);
        pdf.ensure(height);
        float x = pdf.style().left();
        float top = pdf.y();
        PDPageContentStream content = pdf.content();
        content.setLineWidth(0.5f);
        for (int i = 0; i < cells.length; i++) {
            content.addRect(x, top - height, widths[i], height);
            content.stroke();
            float baseline = top - PADDING - size;
            for (String line : pdf.wrap(cells[i], font, size, widths[i] - 2 * PADDING)) {
                float w = pdf.width(line, font, size);
                float lineX = switch (align[i]) {
                    case LEFT -> x + PADDING;
                    case CENTRE -> x + (widths[i] - w) / 2;
                    case RIGHT -> x + widths[i] - PADDING - w;
                };
                pdf.text(line, font, size, lineX, baseline);
                baseline -= pdf.leading(size);
            }
            x += widths[i];
        }
        pdf.moveTo(top - height);
    }
}
