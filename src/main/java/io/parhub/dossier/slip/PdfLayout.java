package io.parhub.dossier.slip;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small flowing layout on A4 pages with PDFBox: wrapped paragraphs of mixed fonts, centred lines, bordered tables,
 * rules and a vector QR code. The cursor {@link #y} runs down the page; a new page starts when the next block does not
 * fit. Text is normalised to NFC so that Vietnamese letters use the font's precomposed glyphs.
 */
final class PdfLayout implements Closeable {

    static final float MM = 72f / 25.4f;
    static final float LEFT = 25 * MM;
    static final float RIGHT_MARGIN = 20 * MM;
    static final float TOP = 18 * MM;
    static final float BOTTOM = 18 * MM;
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float WIDTH = PAGE.getWidth() - LEFT - RIGHT_MARGIN;

    private static final byte[] REGULAR = font("liberation/LiberationSerif-Regular.ttf");
    private static final byte[] BOLD = font("liberation/LiberationSerif-Bold.ttf");
    private static final byte[] ITALIC = font("liberation/LiberationSerif-Italic.ttf");

    final PDFont regular;
    final PDFont bold;
    final PDFont italic;

    private final PDDocument document;
    private PDPageContentStream content;
    float y;

    /** A run of text in one font. */
    record Span(String text, PDFont font) {
    }

    PdfLayout(String title, String subject) throws IOException {
        document = new PDDocument();
        regular = load(REGULAR);
        bold = load(BOLD);
        italic = load(ITALIC);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(nfc(title));
        info.setSubject(nfc(subject));
        info.setCreator("parhub");
        newPage();
    }

    private PDFont load(byte[] bytes) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(bytes), true);
    }

    private static byte[] font(String resource) {
        try (InputStream in = PdfLayout.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font not on the classpath: " + resource
                        + " (com.github.librepdf:openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).replace('\t', ' ');
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

    /** Starts a new page unless {@code height} points still fit above the bottom margin. */
    void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(nfc(text)) / 1000f * size;
    }

    static float leading(float size) {
        return size * 1.3f;
    }

    /** Draws {@code text} with its baseline at ({@code x}, {@code baseline}). */
    void text(String text, PDFont font, float size, float x, float baseline) throws IOException {
        String value = nfc(text);
        if (value.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(value);
        content.endText();
    }

    /** Wraps {@code text} to lines no wider than {@code maxWidth}. */
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

    /** Lines centred between {@code left} and {@code left + width}, starting at baseline {@code baseline}; returns the next baseline. */
    float centred(String text, PDFont font, float size, float left, float width, float baseline) throws IOException {
        float next = baseline;
        for (String line : wrap(text, font, size, width)) {
            text(line, font, size, left + (width - width(line, font, size)) / 2, next);
            next -= leading(size);
        }
        return next;
    }

    /** A centred block across the full width at the cursor. */
    void centred(String text, PDFont font, float size) throws IOException {
        List<String> lines = wrap(text, font, size, WIDTH);
        ensure(lines.size() * leading(size));
        y = centred(text, font, size, LEFT, WIDTH, y - size) + size;
    }

    void rule(float x1, float x2, float at) throws IOException {
        content.setLineWidth(0.6f);
        content.moveTo(x1, at);
        content.lineTo(x2, at);
        content.stroke();
    }

    void space(float points) {
        y -= points;
    }

    /** A wrapped paragraph of mixed spans, first line indented by {@code indent}, continuation lines by {@code hang}. */
    void paragraph(float size, float indent, float hang, Span... spans) throws IOException {
        record Word(String text, PDFont font) {
        }
        List<Word> words = new ArrayList<>();
        for (Span span : spans) {
            for (String word : nfc(span.text()).trim().split(" +")) {
                if (!word.isEmpty()) {
                    words.add(new Word(word, span.font()));
                }
            }
        }
        List<List<Word>> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        float used = 0;
        for (Word word : words) {
            float available = WIDTH - (lines.isEmpty() ? indent : hang);
            float wordWidth = width(word.text(), word.font(), size);
            float spaceWidth = line.isEmpty() ? 0 : width(" ", regular, size);
            if (!line.isEmpty() && used + spaceWidth + wordWidth > available) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
                spaceWidth = 0;
            }
            line.add(word);
            used += spaceWidth + wordWidth;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        for (int i = 0; i < lines.size(); i++) {
            ensure(leading(size));
            float x = LEFT + (i == 0 ? indent : hang);
            float baseline = y - size;
            List<Word> current = lines.get(i);
            int start = 0;
            while (start < current.size()) {
                PDFont font = current.get(start).font();
                StringBuilder run = new StringBuilder(start == 0 ? "" : " ");
                int end = start;
                while (end < current.size() && current.get(end).font() == font) {
                    run.append(end == start ? "" : " ").append(current.get(end).text());
                    end++;
                }
                text(run.toString(), font, size, x, baseline);
                x += width(run.toString(), font, size);
                start = end;
            }
            y -= leading(size);
        }
    }

    /**
     * A bordered table; {@code centred[i]} centres column i. The header row is bold and repeats after a page break.
     */
    void table(float size, float[] widths, boolean[] centred, String[] header, List<String[]> rows) throws IOException {
        float padding = 3;
        drawRow(size, widths, centred, header, bold, padding);
        for (String[] row : rows) {
            if (y - rowHeight(size, widths, row, regular, padding) < BOTTOM) {
                newPage();
                drawRow(size, widths, centred, header, bold, padding);
            }
            drawRow(size, widths, centred, row, regular, padding);
        }
    }

    private float rowHeight(float size, float[] widths, String[] cells, PDFont font, float padding) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            lines = Math.max(lines, wrap(cells[i], font, size, widths[i] - 2 * padding).size());
        }
        return lines * leading(size) + 2 * padding;
    }

    private void drawRow(float size, float[] widths, boolean[] centred, String[] cells, PDFont font, float padding)
            throws IOException {
        float height = rowHeight(size, widths, cells, font, padding);
        ensure(height);
        float x = LEFT;
        content.setLineWidth(0.5f);
        for (int i = 0; i < cells.length; i++) {
            content.addRect(x, y - height, widths[i], height);
            content.stroke();
            float baseline = y - padding - size;
            for (String line : wrap(cells[i], font, size, widths[i] - 2 * padding)) {
                float lineX = centred[i] ? x + (widths[i] - width(line, font, size)) / 2 : x + padding;
                text(line, font, size, lineX, baseline);
                baseline -= leading(size);
            }
            x += widths[i];
        }
        y -= height;
    }

    /** Draws the QR code's dark modules as filled squares, {@code side} points wide, top-left corner at (x, top). */
    void qr(BitMatrix matrix, float x, float top, float side) throws IOException {
        float module = side / matrix.getWidth();
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    content.addRect(x + col * module, top - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
    }

    byte[] toBytes() throws IOException {
        content.close();
        content = null;
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
