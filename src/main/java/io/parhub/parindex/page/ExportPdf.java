package io.parhub.parindex.page;

import static io.parhub.shared.pdf.PageStyle.MM;

import io.parhub.shared.pdf.PageStyle;
import io.parhub.shared.pdf.PdfLayout;
import java.io.IOException;

/** The page of the PAR Index documents (annex, scorecards), page numbers added at the foot by the callers. */
final class ExportPdf {

    // Decree 30/2020/NĐ-CP margins: left 30–35 mm, right 15–20 mm; an annex of wide tables uses the narrow end
    static final PageStyle STYLE = new PageStyle(25 * MM, 15 * MM, 20 * MM, 20 * MM, 1.25f);

    private ExportPdf() {
    }

    static PdfLayout open(String title) throws IOException {
        return new PdfLayout(STYLE, title, null);
    }
}
