package io.parhub.shared.pdf;

import io.parhub.shared.pdf.PdfTable.Align;
import io.parhub.shared.pdf.PdfTable.Header;
import io.parhub.shared.pdf.PdfTable.Row;
import io.parhub.shared.pdf.PdfText.Word;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * A small flowing layout on A4 pages: wrapped paragraphs of mixed fonts, centred lines, rules, bordered tables
 * ({@link PdfTable}) and page labels added once the page count is known. The cursor {@link #y()} runs down the page; a
 * new page starts when the next block does not fit. The fonts are embedded subsets of Liberation Serif (the metrics of
 * Times New Roman, which administrative documents use; SIL Open Font License 1.1, from
 * {@code com.github.librepdf:openpdf-fonts-extra}, so no font installed on the machine is relied on), and text is
 * normalised to NFC so that Vietnamese letters use the fonts' precomposed glyphs.
 */
public final class PdfLayout implements Closeable {

    public static final PDRectangle PAGE = PDRectangle.A4;

    public final PDFont regular;
    public final PDFont bold;
    public final PDFont italic;
    private final PageStyle style;
    private final PDDocument document = new PDDocument();
    private @Nullable PDPageContentStream content;
    private float y;

    /** A run of text in one font. */
    public record Span(String text, PDFont font) {
    }

    /** A document with one empty page; {@code subject} goes to the document information when given. */
    public PdfLayout(PageStyle style, String title, @Nullable String subject) throws IOException {
        this.style = style;
        regular = PDType0Font.load(document, new ByteArrayInputStream(PdfText.REGULAR), true);
        bold = PDType0Font.load(document, new ByteArrayInputStream(PdfText.BOLD), true);
        italic = PDType0Font.load(document, new ByteArrayInputStream(PdfText.ITALIC), true);
        document.getDocumentInformation().setTitle(PdfText.nfc(title));
        if (subject != null) {
            document.getDocumentInformation().setSubject(PdfText.nfc(subject));
        }
        document.getDocumentInformation().setCreator("parhub");
        newPage();
    }

    public PageStyle style() {
        return style;
    }

    /** The cursor: the top of the next block, in points from the bottom of the page. */
    public float y() {
        return y;
    }

    public void moveTo(float y) {
        this.y = y;
    }

    public void space(float points) {
        y -= points;
    }

    public void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - style.top();
    }

    /** Starts a new page unless {@code height} points still fit above the bottom margin. */
    public void ensure(float height) throws IOException {
        if (y - height < style.bottom()) {
            newPage();
        }
    }

    public float width(String text, PDFont font, float size) throws IOException {
        return PdfText.width(text, font, size);
    }

    public float leading(float size) {
        return size * style.lineSpacing();
    }

    /** Draws {@code text} with its baseline at ({@code x}, {@code baseline}). */
    public void text(String text, PDFont font, float size, float x, float baseline) throws IOException {
        String value = PdfText.nfc(text);
        if (value.isEmpty() || content == null) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(value);
        content.endText();
    }

    /** Wraps {@code text} to lines no wider than {@code maxWidth}; its line breaks are kept. */
    public List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        return PdfText.wrap(text, font, size, maxWidth);
    }

    /**
     * Lines centred between {@code left} and {@code left + width} from baseline {@code baseline} down, the cursor left
     * alone; returns the next baseline.
     */
    public float centred(String text, PDFont font, float size, float left, float width, float baseline)
            throws IOException {
        float next = baseline;
        for (String line : wrap(text, font, size, width)) {
            text(line, font, size, left + (width - width(line, font, size)) / 2, next);
            next -= leading(size);
        }
        return next;
    }

    /** Lines centred between {@code left} and {@code left + width} from the cursor down; returns the height used. */
    public float centredBlock(String text, PDFont font, float size, float left, float width) throws IOException {
        List<String> lines = wrap(text, font, size, width);
        centred(text, font, size, left, width, y - size);
        return lines.size() * leading(size);
    }

    /** A centred block across the full width at the cursor. */
    public void centred(String text, PDFont font, float size) throws IOException {
        ensure(wrap(text, font, size, style.width()).size() * leading(size));
        y -= centredBlock(text, font, size, style.left(), style.width());
    }

    /** A thin horizontal rule, as under the motto of an administrative document. */
    public void rule(float x1, float x2, float at) throws IOException {
        if (content == null) {
            return;
        }
        content.setLineWidth(0.6f);
        content.moveTo(x1, at);
        content.lineTo(x2, at);
        content.stroke();
    }

    /** A left-aligned wrapped paragraph in one font at the cursor; its line breaks are kept. */
    public void paragraph(String text, PDFont font, float size) throws IOException {
        for (String line : wrap(text, font, size, style.width())) {
            ensure(leading(size));
            text(line, font, size, style.left(), y - size);
            y -= leading(size);
        }
    }

    /** A wrapped paragraph of mixed spans, the first line indented by {@code indent}, the others by {@code hang}. */
    public void paragraph(float size, float indent, float hang, Span... spans) throws IOException {
        List<List<Word>> lines = PdfText.lines(size, style.width(), indent, hang, regular, spans);
        for (int i = 0; i < lines.size(); i++) {
            ensure(leading(size));
            float x = style.left() + (i == 0 ? indent : hang);
            float baseline = y - size;
            List<Word> current = lines.get(i);
            int start = 0;
            while (start < current.size()) {
                // one text run per font change keeps the content stream short
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

    /** A bordered table at the cursor; widths in points; the bold header repeats on every page the table runs onto. */
    public void table(float size, float[] widths, Align[] align, Header header, List<Row> rows) throws IOException {
        new PdfTable(this, size, widths).draw(align, header, rows);
    }

    /**
     * Fills the dark cells of a grid (a QR code's modules) as squares, {@code side} points wide, top-left corner at
     * ({@code x}, {@code top}); {@code dark} is asked by column and row.
     */
    public void grid(int columns, int rows, BiPredicate<Integer, Integer> dark, float x, float top, float side)
            throws IOException {
        if (content == null) {
            return;
        }
        float module = side / columns;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < columns; col++) {
                if (dark.test(col, row)) {
                    content.addRect(x + col * module, top - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
    }

    /** The content stream of the current page, for the table's borders. */
    PDPageContentStream content() {
        if (content == null) {
            throw new IllegalStateException("the document is already saved");
        }
        return content;
    }

    public byte[] toBytes() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** Saves the document with {@code label(page, pages)} centred at the foot of every page, e.g. "Trang 1/3". */
    public byte[] toBytes(BiFunction<Integer, Integer, String> label) throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = PdfText.nfc(label.apply(i + 1, pages));
                float w = width(text, italic, 10);
                foot.beginText();
                foot.setFont(italic, 10);
                foot.newLineAtOffset((PAGE.getWidth() - w) / 2, style.bottom() / 2);
                foot.showText(text);
                foot.endText();
            }
        }
        return toBytes();
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
        document.close();
    }
}
