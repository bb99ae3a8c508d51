package io.parhub.shared.pdf;

import io.parhub.shared.pdf.PdfLayout.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jspecify.annotations.Nullable;

/** Measuring and line breaking, apart from any page: the fonts' files, NFC text, widths, wrapped lines. */
final class PdfText {

    static final byte[] REGULAR = font("liberation/LiberationSerif-Regular.ttf");
    static final byte[] BOLD = font("liberation/LiberationSerif-Bold.ttf");
    static final byte[] ITALIC = font("liberation/LiberationSerif-Italic.ttf");

    /** One word of a mixed paragraph in its span's font. */
    record Word(String text, PDFont font) {
    }

    private PdfText() {
    }

    private static byte[] font(String resource) {
        try (InputStream in = PdfText.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font not on the classpath: " + resource
                        + " (com.github.librepdf:openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tabs and carriage returns have no glyph in the fonts: they print as spaces. */
    static String nfc(@Nullable String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).replace('\t', ' ')
                .replace('\r', ' ');
    }

    static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(nfc(text)) / 1000f * size;
    }

    static List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
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

    /**
     * Breaks mixed spans into lines no wider than {@code width}, less {@code indent} on the first line and {@code hang}
     * on the others; words are measured one by one so that a line may change font.
     */
    static List<List<Word>> lines(float size, float width, float indent, float hang, PDFont space, Span... spans)
            throws IOException {
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
            float available = width - (lines.isEmpty() ? indent : hang);
            float wordWidth = width(word.text(), word.font(), size);
            float spaceWidth = line.isEmpty() ? 0 : width(" ", space, size);
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
        return lines;
    }
}
