package io.parhub.parindex.page;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * A flowing A4 portrait layout for the PAR Index documents: centred lines, paragraphs and bordered tables whose header
 * repeats after a page break, page numbers added once the page count is known. The fonts are embedded Liberation Serif
 * (the Times New Roman metrics of administrative documents) and text is normalised to NFC, so Vietnamese letters come
 * out as the fonts' precomposed glyphs.
 */
final class ExportPdf implements Closeable {

    static final float MM = 72f / 25.4f;
    // Decree 30/2020/NĐ-CP margins: left 30–35 mm, right 15–20 mm; an annex of wide tables uses the narrow end
    static final float LEFT = 25 * MM;
    static final float RIGHT = 15 * MM;
    static final float TOP = 20 * MM;
    static final float BOTTOM = 20 * MM;
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float WIDTH = PAGE.getWidth() - LEFT - RIGHT;
    private static final float PADDING = 3;

    private static final byte[] REGULAR = font("liberation/LiberationSerif-Regular.ttf");
    private static final byte[] BOLD = font("liberation/LiberationSerif-Bold.ttf");
    private static final byte[] ITALIC = font("liberation/LiberationSerif-Italic.ttf");

    /** A table row; {@code bold} for areas and totals. */
    record Row(String[] cells, boolean bold) {
        static Row of(String... cells) {
            return new Row(cells, false);
        }

        static Row strong(String... cells) {
            return new Row(cells, true);
        }
    }

    /** Column alignment. */
    enum Align { LEFT, CENTRE, RIGHT }

    final PDFont regular;
    final PDFont bold;
    final PDFont italic;
    private final PDDocument document = new PDDocument();
    private @Nullable PDPageContentStream content;
    float y;

    ExportPdf(String title) throws IOException {
        regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
        bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
        italic = PDType0Font.load(document, new ByteArrayInputStream(ITALIC), true);
        document.getDocumentInformation().setTitle(nfc(title));
        document.getDocumentInformation().setCreator("parhub");
        newPage();
    }

    private static byte[] font(String resource) {
        try (InputStream in = ExportPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font not on the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String nfc(@Nullable String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).replace('\t', ' ')
                .replace('\r', ' ');
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - TOP;
    }

    void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(nfc(text)) / 1000f * size;
    }

    static float leading(float size) {
        return size * 1.25f;
    }

    void space(float points) {
        y -= points;
    }

    private void text(String text, PDFont font, float size, float x, float baseline) throws IOException {
        String value = nfc(text);
        if (value.isEmpty() || content == null) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(value);
        content.endText();
    }

    List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : nfc(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (line.isEmpty() || width(candidate, font, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Lines centred between {@code left} and {@code left + width} from the cursor down; returns the height used. */
    float centredIn(String text, PDFont font, float size, float left, float width) throws IOException {
        float baseline = y - size;
        List<String> lines = wrap(text, font, size, width);
        for (String line : lines) {
            text(line, font, size, left + (width - width(line, font, size)) / 2, baseline);
            baseline -= leading(size);
        }
        return lines.size() * leading(size);
    }

    /** A centred block across the page at the cursor. */
    void centred(String text, PDFont font, float size) throws IOException {
        ensure(wrap(text, font, size, WIDTH).size() * leading(size));
        y -= centredIn(text, font, size, LEFT, WIDTH);
    }

    /** A left-aligned wrapped paragraph at the cursor. */
    void paragraph(String text, PDFont font, float size) throws IOException {
        for (String line : wrap(text, font, size, WIDTH)) {
            ensure(leading(size));
            text(line, font, size, LEFT, y - size);
            y -= leading(size);
        }
    }

    /** A short rule centred under a header line, as under the motto of an administrative document. */
    void rule(float centre, float length, float at) throws IOException {
        if (content == null) {
            return;
        }
        content.setLineWidth(0.6f);
        content.moveTo(centre - length / 2, at);
        content.lineTo(centre + length / 2, at);
        content.stroke();
    }

    /** A bordered table, widths in millimetres; the bold header repeats on every page the table runs onto. */
    void table(float size, float[] widthsMm, Align[] align, String[] header, List<Row> rows) throws IOException {
        float[] widths = new float[widthsMm.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = widthsMm[i] * MM;
        }
        Align[] centred = new Align[align.length];
        Arrays.fill(centred, Align.CENTRE);
        // a header alone at the foot of a page reads badly: keep it with the first row
        ensure(height(size, widths, header, bold) + (rows.isEmpty() ? 0
                : height(size, widths, rows.get(0).cells(), regular)));
        draw(size, widths, centred, header, bold);
        for (Row row : rows) {
            PDFont font = row.bold() ? bold : regular;
            if (y - height(size, widths, row.cells(), font) < BOTTOM) {
                newPage();
                draw(size, widths, centred, header, bold);
            }
            draw(size, widths, align, row.cells(), font);
        }
    }

    private float height(float size, float[] widths, String[] cells, PDFont font) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            lines = Math.max(lines, wrap(cells[i], font, size, widths[i] - 2 * PADDING).size());
        }
        return lines * leading(size) + 2 * PADDING;
    }

    private void draw(float size, float[] widths, Align[] align, String[] cells, PDFont font) throws IOException {
        float height = height(size, widths, cells, font);
        ensure(height);
        float x = LEFT;
        content.setLineWidth(0.5f);
        for (int i = 0; i < cells.length; i++) {
            content.addRect(x, y - height, widths[i], height);
            content.stroke();
            float baseline = y - PADDING - size;
            for (String line : wrap(cells[i], font, size, widths[i] - 2 * PADDING)) {
                float w = width(line, font, size);
                float lineX = switch (align[i]) {
                    case LEFT -> x + PADDING;
                    case CENTRE -> x + (widths[i] - w) / 2;
                    case RIGHT -> x + widths[i] - PADDING - w;
                };
                text(line, font, size, lineX, baseline);
                baseline -= leading(size);
            }
            x += widths[i];
        }
        y -= height;
    }

    /** Saves the document with {@code label(page, pages)} centred at the foot of every page. */
    byte[] finish(BiFunction<Integer, Integer, String> label) throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = nfc(label.apply(i + 1, pages));
                float w = width(text, italic, 10);
                foot.beginText();
                foot.setFont(italic, 10);
                foot.newLineAtOffset((PAGE.getWidth() - w) / 2, BOTTOM / 2);
                foot.showText(text);
                foot.endText();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
        document.close();
    }
}
