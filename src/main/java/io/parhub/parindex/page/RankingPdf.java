package io.parhub.parindex.page;

import io.parhub.parindex.Band;
import io.parhub.parindex.BandTable;
import io.parhub.parindex.ParIndexResults;
import io.parhub.parindex.Scoring;
import io.parhub.parindex.UnitGroup;
import io.parhub.shared.pdf.PageStyle;
import io.parhub.shared.pdf.PdfLayout;
import io.parhub.shared.pdf.PdfTable.Align;
import io.parhub.shared.pdf.PdfTable.Header;
import io.parhub.shared.pdf.PdfTable.Row;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The annex of the decision that publishes a year's PAR Index, laid out as the province issues it: the issuing
 * People's Committee and the national motto side by side, place and date, the annex title, one table per group in
 * the order of the decision (STT, unit, score, maximum, percent, band, rank; units not ranked after the others, marked
 * "không xếp hạng"), then the band × group summary of ranked units with its totals.
 */
final class RankingPdf {

    private static final float HEADER = 12;
    private static final float BODY = 11;
    private static final float[] WIDTHS = {11, 66, 17, 17, 17, 23, 19};
    private static final Align[] ALIGN = {Align.CENTRE, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT,
        Align.CENTRE, Align.CENTRE};
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};

    private RankingPdf() {
    }

    /**
     * @param issuer the province's People's Committee as the registry names it on the cycle's scope date (null when
     *     the registry has none)
     * @param ranking the year's ranking, by group, ranked units first
     */
    static byte[] write(ExportTexts t, int year, @Nullable String issuer, LocalDate publishedOn,
            List<Scoring.Ranked> ranking, BandTable bands) {
        return write(t, year, issuer, publishedOn, ranking, bands, false);
    }

    /** @param illustrative the year rests on an illustrative (demo) criteria set: the annex says so under its title */
    static byte[] write(ExportTexts t, int year, @Nullable String issuer, LocalDate publishedOn,
            List<Scoring.Ranked> ranking, BandTable bands, boolean illustrative) {
        try (PdfLayout pdf = ExportPdf.open(t.get("annex.title", year))) {
            header(pdf, t, issuer, publishedOn);
            pdf.space(14);
            pdf.centred(t.get("annex"), pdf.bold, 13);
            pdf.centred(t.get("annex.title", year), pdf.bold, 13);
            String date = String.format(Locale.ROOT, "%02d/%02d/%d", publishedOn.getDayOfMonth(),
                    publishedOn.getMonthValue(), publishedOn.getYear());
            pdf.centred(t.get("annex.attached", year, issuer == null ? t.get("annex.issuer-unknown") : issuer, date),
                    pdf.italic, BODY);
            if (illustrative) {
                pdf.centred(t.get("parindex.page.illustrative"), pdf.bold, BODY);
            }
            Map<UnitGroup, List<Scoring.Ranked>> groups = new LinkedHashMap<>();
            ranking.forEach(r -> groups.computeIfAbsent(r.unit().group(), g -> new ArrayList<>()).add(r));
            String[] head = {t.get("col.no"), t.get("col.unit"), t.get("col.score"), t.get("col.max"),
                t.get("col.percent"), t.get("col.band"), t.get("col.rank")};
            int section = 0;
            for (var group : groups.entrySet()) {
                section(pdf, ROMAN[section++] + ". " + t.get("parindex.group." + group.getKey()));
                List<Row> rows = new ArrayList<>();
                int no = 1;
                for (Scoring.Ranked r : group.getValue()) {
                    rows.add(Row.of(String.valueOf(no++), r.unit().unitName(), t.number(r.unit().score()),
                            t.number(r.unit().maxScore()), t.number(r.percent()), t.band(r.band()),
                            r.rank() == null ? t.get("not-ranked") : String.valueOf(r.rank())));
                }
                pdf.table(BODY, PageStyle.mm(WIDTHS), ALIGN, Header.centred(head), rows);
            }
            section(pdf, ROMAN[section] + ". " + t.get("summary"));
            summary(pdf, t, year, ranking, bands, List.copyOf(groups.keySet()));
            return pdf.toBytes((page, pages) -> t.get("page", page, pages));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Issuer on the left, motto on the right, each with its short rule; the place and date under the motto. */
    private static void header(PdfLayout pdf, ExportTexts t, @Nullable String issuer, LocalDate on)
            throws IOException {
        float leftX = ExportPdf.STYLE.left();
        float leftWidth = 70 * PageStyle.MM;
        float rightX = leftX + leftWidth;
        float rightWidth = ExportPdf.STYLE.width() - leftWidth;
        float top = pdf.y();
        float left = 0;
        if (issuer != null) {
            String upper = issuer.toUpperCase(VI);
            String committee = "ỦY BAN NHÂN DÂN";
            String rest = upper.startsWith(committee + " ") ? upper.substring(committee.length() + 1) : null;
            left = pdf.centredBlock(rest == null ? upper : committee + "\n" + rest, pdf.bold, HEADER, leftX,
                    leftWidth);
            rule(pdf, leftX + leftWidth / 2, 30 * PageStyle.MM, top - left - 2);
        }
        float right = pdf.centredBlock(t.get("motto.country"), pdf.bold, HEADER, rightX, rightWidth);
        pdf.moveTo(top - right);
        right += pdf.centredBlock(t.get("motto.words"), pdf.bold, 13, rightX, rightWidth);
        rule(pdf, rightX + rightWidth / 2, pdf.width(t.get("motto.words"), pdf.bold, 13), top - right - 2);
        pdf.moveTo(top - right - 8);
        String place = place(issuer);
        right += 8 + pdf.centredBlock(t.get("place-date", place, two(on.getDayOfMonth()), two(on.getMonthValue()),
                on.getYear()), pdf.italic, 13, rightX, rightWidth);
        pdf.moveTo(top - Math.max(left, right));
    }

    /** A short rule centred under a header line, as under the motto of an administrative document. */
    private static void rule(PdfLayout pdf, float centre, float length, float at) throws IOException {
        pdf.rule(centre - length / 2, centre + length / 2, at);
    }

    /** "Sóc Trăng" from "Ủy ban nhân dân tỉnh Sóc Trăng": what follows the level word of the province. */
    static String place(@Nullable String issuer) {
        if (issuer == null) {
            return "";
        }
        for (String level : List.of(" tỉnh ", " thành phố ")) {
            int at = issuer.toLowerCase(VI).indexOf(level);
            if (at >= 0) {
                return issuer.substring(at + level.length());
            }
        }
        return issuer;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private static void section(PdfLayout pdf, String title) throws IOException {
        pdf.space(10);
        pdf.ensure(60);
        pdf.paragraph(title, pdf.bold, 12);
        pdf.space(3);
    }

    /** As the decision's table: one line per band with its range, one column per group, totals of ranked units. */
    private static void summary(PdfLayout pdf, ExportTexts t, int year, List<Scoring.Ranked> ranking,
            BandTable bands, List<UnitGroup> groups) throws IOException {
        Map<String, Map<UnitGroup, Integer>> table = ParIndexResults.bandByGroup(ranking, bands);
        int columns = groups.size() + 1;
        float[] widths = new float[3 + columns];
        widths[0] = 11;
        widths[1] = 50;
        widths[2] = 20;
        float rest = (ExportPdf.STYLE.width() / PageStyle.MM - 81) / columns;
        Align[] align = new Align[widths.length];
        align[0] = Align.CENTRE;
        align[1] = Align.LEFT;
        align[2] = Align.CENTRE;
        String[] head = new String[widths.length];
        head[0] = t.get("col.no");
        head[1] = t.get("summary.range", year);
        head[2] = t.get("col.band");
        for (int c = 0; c < columns; c++) {
            widths[3 + c] = rest;
            align[3 + c] = Align.CENTRE;
            head[3 + c] = c < groups.size() ? t.get("parindex.group." + groups.get(c)) : t.get("summary.total");
        }
        List<Row> rows = new ArrayList<>();
        int[] totals = new int[columns];
        int no = 1;
        for (Band b : bands.bands()) {
            String[] cells = new String[widths.length];
            cells[0] = String.valueOf(no++);
            cells[1] = t.range(bands, b);
            cells[2] = t.band(b);
            int sum = 0;
            for (int c = 0; c < groups.size(); c++) {
                int n = table.get(b.code()).get(groups.get(c));
                cells[3 + c] = n == 0 ? "" : String.valueOf(n);
                totals[c] += n;
                sum += n;
            }
            cells[3 + groups.size()] = sum == 0 ? "" : String.valueOf(sum);
            totals[groups.size()] += sum;
            rows.add(Row.of(cells));
        }
        String[] total = new String[widths.length];
        total[0] = "";
        total[1] = t.get("total");
        total[2] = "";
        for (int c = 0; c < columns; c++) {
            total[3 + c] = String.valueOf(totals[c]);
        }
        rows.add(Row.strong(total));
        pdf.table(BODY, PageStyle.mm(widths), align, Header.centred(head), rows);
    }
}
