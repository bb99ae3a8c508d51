package io.parhub.parindex.page;

import io.parhub.parindex.Criterion;
import io.parhub.parindex.Score;
import io.parhub.parindex.Scorecard;
import io.parhub.shared.pdf.PageStyle;
import io.parhub.shared.pdf.PdfLayout;
import io.parhub.shared.pdf.PdfTable.Align;
import io.parhub.shared.pdf.PdfTable.Header;
import io.parhub.shared.pdf.PdfTable.Row;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One unit's scorecard on A4 portrait: areas → criteria → sub-criteria with maximum, self, appraised and final
 * scores and the council's remark; the totals; then percent, band and rank once the results are locked.
 */
final class ScorecardPdf {

    private static final float BODY = 9;
    private static final float[] WIDTHS = {13, 57, 15, 15, 17, 17, 36};
    private static final Align[] ALIGN = {Align.LEFT, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT,
        Align.RIGHT, Align.LEFT};

    private ScorecardPdf() {
    }

    static byte[] write(ExportTexts t, ScorecardExport export) {
        Scorecard card = export.card();
        int year = card.cycle().year();
        try (PdfLayout pdf = ExportPdf.open(t.get("scorecard.title", year) + " — " + card.entry().unitName())) {
            pdf.centred(t.get("scorecard.title", year), pdf.bold, 13);
            pdf.centred(card.entry().unitName(), pdf.bold, 13);
            pdf.space(6);
            pdf.paragraph(t.get("scorecard.set", card.set().title()), pdf.regular, 11);
            pdf.paragraph(t.get("scorecard.round", t.get("parindex.status." + card.cycle().status())), pdf.regular,
                    11);
            pdf.space(6);
            String[] head = {t.get("col.code"), t.get("col.criterion"), t.get("col.max"), t.get("col.self"),
                t.get("col.appraised"), t.get("col.final"), t.get("col.remark")};
            List<Row> rows = new ArrayList<>();
            for (Scorecard.Line line : card.lines()) {
                Criterion c = line.criterion();
                Score s = line.score();
                String max = t.number(c.maxPoints());
                if (!line.leaf() || s == null) {
                    rows.add(new Row(new String[] {c.code(), c.name(), max, "", "", "", ""}, c.isArea()));
                } else {
                    rows.add(Row.of(c.code(), c.name(), max, t.number(s.selfScore()), t.number(s.appraisedScore()),
                            t.number(s.finalScore()), s.appraisalRemark() == null ? "" : s.appraisalRemark()));
                }
            }
            rows.add(Row.strong("", t.get("total"), t.number(export.max()), t.number(export.sum(Score::selfScore)),
                    t.number(export.sum(Score::appraisedScore)), t.number(export.sum(Score::finalScore)), ""));
            pdf.table(BODY, PageStyle.mm(WIDTHS), ALIGN, Header.centred(head), rows);
            pdf.space(8);
            pdf.paragraph(t.get("scorecard.total", t.number(card.total()), t.number(card.maxTotal()),
                    t.number(card.percent())), pdf.bold, 11);
            if (export.settled()) {
                pdf.paragraph(t.get("scorecard.band", t.band(card.band())), pdf.bold, 11);
            }
            pdf.paragraph(export.rankText(t), export.settled() ? pdf.bold : pdf.italic, 11);
            return pdf.toBytes((page, pages) -> t.get("page", page, pages));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
