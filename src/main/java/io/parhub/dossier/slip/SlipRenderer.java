package io.parhub.dossier.slip;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.parhub.shared.pdf.PageStyle;
import io.parhub.shared.pdf.PdfLayout;
import io.parhub.shared.pdf.PdfLayout.Span;
import io.parhub.shared.pdf.PdfTable.Align;
import io.parhub.shared.pdf.PdfTable.Header;
import io.parhub.shared.pdf.PdfTable.Row;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a dossier's one-stop slips as A4 PDFs in the layout of the official forms, with a QR code to the public
 * tracking page.
 *
 * <p>Forms followed (the regime is picked by the reception date, see {@link SlipRegime}):
 * <ul>
 *   <li>Thông tư 01/2018/TT-VPCP of 23/11/2018, forms Mẫu 01 (Giấy tiếp nhận hồ sơ và hẹn trả kết quả), 02 (Phiếu yêu cầu
 *       bổ sung, hoàn thiện hồ sơ), 03 (Phiếu từ chối tiếp nhận giải quyết hồ sơ), 04 (Phiếu xin lỗi và hẹn lại ngày trả
 *       kết quả), 05 (Phiếu kiểm soát quá trình giải quyết hồ sơ); reproduced at
 *       https://trangtinphapluat.com/blog/bieu-mau/quy-trinh-giai-quyet-thu-tuc-hanh-chinh/ (header of Mẫu 01:
 *       issuing body / "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG (hoặc) BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ" beside the national
 *       motto).</li>
 *   <li>Thông tư 03/2025/TT-VPCP Phụ lục I, Mẫu 01–07 (list of forms at
 *       https://thuviennhadat.vn/phap-luat/tai-file-word-bieu-mau-thong-tu-03-2025-tt-vpcp-ve-giai-quyet-thu-tuc-hanh-chinh-tai-bo-phan-mot-cua-708489.html
 *       and the list of forms in TT 03/2025 Phụ lục I). The new forms' body wording was not found in a stored copy; parhub keeps
 *       the TT 01/2018 wording under the new numbers and titles (04 asks for an extension; the control sheet is 06).</li>
 * </ul>
 * Fonts: Liberation Serif (metric-compatible with Times New Roman, which the forms use; SIL Open Font License 1.1),
 * from {@code com.github.librepdf:openpdf-fonts-extra}, embedded as subsets. The renderer is thread-safe.
 */
public final class SlipRenderer {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final float BODY = 13;
    private static final float HEADER = 12f;
    private static final float MM = PageStyle.MM;
    private static final PageStyle STYLE = new PageStyle(25 * MM, 20 * MM, 18 * MM, 18 * MM, 1.3f);
    private static final float LEFT = STYLE.left();
    private static final float WIDTH = STYLE.width();
    private static final Align C = Align.CENTRE;
    private static final Align L = Align.LEFT;

    private final Clock clock;

    public SlipRenderer() {
        this(Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    /** {@code clock} decides whether an unfinished step on the control sheet is already late. */
    public SlipRenderer(Clock clock) {
        this.clock = clock;
    }

    /** The slip as PDF bytes (A4, fonts embedded). */
    public byte[] render(SlipData data) {
        SlipRegime regime = data.regime();
        String title = regime.title(data.kind());
        String subject = regime.formLabel(data.kind());
        try (PdfLayout pdf = new PdfLayout(STYLE, title + " – " + data.dossierCode(), subject)) {
            header(pdf, data, regime);
            switch (data.kind()) {
                case RECEIPT -> receipt(pdf, data);
                case SUPPLEMENT_REQUEST -> supplementRequest(pdf, data);
                case REFUSAL -> refusal(pdf, data);
                case APOLOGY -> apology(pdf, data, regime);
                case CONTROL_SHEET -> controlSheet(pdf, data);
            }
            qrBlock(pdf, data.trackingUrl());
            return pdf.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the slip for " + data.dossierCode(), e);
        }
    }

    private static String upper(String text) {
        return text.toUpperCase(VI);
    }

    private void header(PdfLayout pdf, SlipData data, SlipRegime regime) throws IOException {
        float top = pdf.y();
        String label = regime.formLabel(data.kind());
        pdf.text(label, pdf.italic, 9, LEFT + WIDTH - pdf.width(label, pdf.italic, 9), top - 9);
        top -= 16;

        float leftWidth = WIDTH * 0.45f;
        float rightX = LEFT + leftWidth;
        float rightWidth = WIDTH - leftWidth;

        float left = pdf.centred(upper(data.issuer().parentBody()), pdf.regular, HEADER, LEFT, leftWidth,
                top - HEADER);
        left = pdf.centred(upper(data.issuer().agencyName()), pdf.bold, HEADER, LEFT, leftWidth, left);
        float ruleAt = left + pdf.leading(HEADER) - 6;
        float centre = LEFT + leftWidth / 2;
        pdf.rule(centre - leftWidth / 6, centre + leftWidth / 6, ruleAt);

        float right = pdf.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", pdf.bold, HEADER, rightX, rightWidth,
                top - HEADER);
        String motto = "Độc lập - Tự do - Hạnh phúc";
        float mottoWidth = pdf.width(motto, pdf.bold, 13);
        right = pdf.centred(motto, pdf.bold, 13, rightX, rightWidth, right);
        float mottoRule = right + pdf.leading(13) - 6;
        float rightCentre = rightX + rightWidth / 2;
        pdf.rule(rightCentre - mottoWidth / 2, rightCentre + mottoWidth / 2, mottoRule);
        right -= 6;
        right = pdf.centred(VietnameseDates.placeAndDate(data.issuer().place(), data.issuedOn()), pdf.italic, BODY,
                rightX, rightWidth, right);

        pdf.moveTo(Math.min(left, right) + BODY);
        pdf.space(14);
        pdf.centred(regime.title(data.kind()), pdf.bold, 14);
        pdf.space(2);
        pdf.centred("Mã hồ sơ: " + data.dossierCode(), pdf.bold, BODY);
        pdf.space(10);
    }

    private void line(PdfLayout pdf, String label, String value) throws IOException {
        pdf.paragraph(BODY, 0, 0, new Span(label, pdf.regular), new Span(dots(value), pdf.regular));
    }

    private void name(PdfLayout pdf, String label, String value) throws IOException {
        pdf.paragraph(BODY, 0, 0, new Span(label, pdf.regular), new Span(dots(value), pdf.bold));
    }

    private static String dots(String value) {
        return value == null || value.isBlank() ? "……………" : value;
    }

    private String request(SlipData data) {
        return data.procedureCode() == null || data.procedureCode().isBlank()
                ? data.procedureName()
                : data.procedureName() + " (mã thủ tục: " + data.procedureCode() + ")";
    }

    private void applicantLines(PdfLayout pdf, SlipData data) throws IOException {
        SlipData.Applicant applicant = data.applicant();
        line(pdf, "Địa chỉ:", applicant.address());
        if (applicant.email() != null && !applicant.email().isBlank()) {
            pdf.paragraph(BODY, 0, 0, new Span("Số điện thoại:", pdf.regular), new Span(dots(applicant.phone()), pdf.regular),
                    new Span("   Email:", pdf.regular), new Span(applicant.email(), pdf.regular));
        } else {
            line(pdf, "Số điện thoại:", applicant.phone());
        }
        line(pdf, "Nội dung yêu cầu giải quyết:", request(data));
    }

    private void receipt(PdfLayout pdf, SlipData data) throws IOException {
        pdf.paragraph(BODY, 0, 0, new Span(data.issuer().agencyName() + " tiếp nhận hồ sơ của:", pdf.regular));
        name(pdf, "Ông/bà:", data.applicant().name());
        applicantLines(pdf, data);
        pdf.paragraph(BODY, 0, 0, new Span("1. Thành phần hồ sơ nộp gồm:", pdf.regular));
        pdf.space(3);
        List<Row> rows = new ArrayList<>();
        int number = 1;
        for (SlipData.Component component : data.components()) {
            rows.add(Row.of(Integer.toString(number++), component.name(),
                    Integer.toString(component.originals()), Integer.toString(component.copies())));
        }
        float w = WIDTH;
        pdf.table(12, new float[] {w * 0.08f, w * 0.62f, w * 0.15f, w * 0.15f}, new Align[] {C, L, C, C},
                Header.aligned("STT", "Tên giấy tờ", "Bản chính", "Bản sao"), rows);
        pdf.space(4);
        pdf.paragraph(BODY, 0, 0, new Span("2. Số lượng hồ sơ: 01 (bộ)", pdf.regular));
        pdf.paragraph(BODY, 0, 0, new Span("3. Thời gian nhận hồ sơ:", pdf.regular),
                new Span(VietnameseDates.dateTime(data.receivedAt()), pdf.bold));
        pdf.paragraph(BODY, 0, 0, new Span("4. Thời gian trả kết quả giải quyết hồ sơ:", pdf.regular),
                new Span(VietnameseDates.dateTime(data.appointmentAt()), pdf.bold));
        SlipData.Register register = data.register();
        pdf.paragraph(BODY, 0, 0, new Span("Vào Sổ theo dõi hồ sơ, Quyển số: " + (register == null ? "……" : register.book())
                + ", Số thứ tự: " + (register == null ? "……" : register.number()), pdf.regular));
        signatures(pdf, "NGƯỜI NỘP HỒ SƠ", data.applicant().name(), "NGƯỜI TIẾP NHẬN HỒ SƠ", data.officerName(),
                "(Ký và ghi rõ họ tên)");
    }

    private void supplementRequest(PdfLayout pdf, SlipData data) throws IOException {
        name(pdf, "Hồ sơ của:", data.applicant().name());
        applicantLines(pdf, data);
        line(pdf, "Ngày tiếp nhận:", VietnameseDates.dateTime(data.receivedAt()));
        pdf.paragraph(BODY, 0, 0, new Span("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:", pdf.regular));
        pdf.space(3);
        List<Row> rows = new ArrayList<>();
        int number = 1;
        for (SlipData.MissingItem item : data.missingItems()) {
            rows.add(Row.of(Integer.toString(number++), item.item(), item.reason()));
        }
        float w = WIDTH;
        pdf.table(12, new float[] {w * 0.08f, w * 0.46f, w * 0.46f}, new Align[] {C, L, L},
                Header.aligned("STT", "Nội dung cần bổ sung, hoàn thiện", "Lý do"), rows);
        pdf.space(4);
        String contact = (data.officerName() == null ? "người hướng dẫn" : data.officerName())
                + (data.issuer().contactPhone() == null ? "" : ", số điện thoại " + data.issuer().contactPhone());
        pdf.paragraph(BODY, 0, 0, new Span("Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, ông/bà liên hệ với "
                + contact + " để được hướng dẫn./.", pdf.regular));
        signatures(pdf, null, null, "NGƯỜI HƯỚNG DẪN", data.officerName(), "(Ký và ghi rõ họ tên)");
    }

    private void refusal(PdfLayout pdf, SlipData data) throws IOException {
        pdf.paragraph(BODY, 0, 0, new Span(data.issuer().agencyName() + " tiếp nhận hồ sơ của:", pdf.regular));
        name(pdf, "Ông/bà:", data.applicant().name());
        applicantLines(pdf, data);
        pdf.paragraph(BODY, 0, 0, new Span("Qua xem xét, đối chiếu với quy định hiện hành, " + data.issuer().agencyName()
                + " thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:", pdf.regular));
        for (String reason : data.refusalReasons()) {
            pdf.paragraph(BODY, 12, 24, new Span("- " + reason, pdf.regular));
        }
        pdf.paragraph(BODY, 0, 0, new Span("Xin thông báo để ông/bà được biết và thực hiện./.", pdf.regular));
        signatures(pdf, null, null, "NGƯỜI TIẾP NHẬN HỒ SƠ", data.officerName(), "(Ký và ghi rõ họ tên)");
    }

    private void apology(PdfLayout pdf, SlipData data, SlipRegime regime) throws IOException {
        String agency = data.issuer().agencyName();
        pdf.paragraph(BODY, 0, 0, new Span(upper(VietnameseDates.date(data.receivedAt().toLocalDate()).substring(0, 1))
                + VietnameseDates.date(data.receivedAt().toLocalDate()).substring(1) + ", " + agency
                + " tiếp nhận giải quyết hồ sơ của ông/bà:", pdf.regular), new Span(data.applicant().name(), pdf.bold));
        line(pdf, "Nội dung yêu cầu giải quyết:", request(data));
        name(pdf, "Thời gian hẹn trả kết quả giải quyết hồ sơ:", VietnameseDates.dateTime(data.appointmentAt()));
        pdf.paragraph(BODY, 0, 0, new Span("Tuy nhiên đến nay, " + agency + " chưa trả kết quả giải quyết hồ sơ của ông/bà"
                + " đúng thời hạn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.", pdf.regular));
        line(pdf, "Lý do:", data.apology().reason());
        String newDate = VietnameseDates.dateTime(data.apology().newAppointmentAt());
        if (regime == SlipRegime.TT01_2018) {
            pdf.paragraph(BODY, 0, 0, new Span("Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại của ông/bà. "
                    + agency + " xin lỗi ông/bà và hẹn lại thời gian trả kết quả vào:", pdf.regular),
                    new Span(newDate, pdf.bold));
        } else {
            pdf.paragraph(BODY, 0, 0, new Span("Sự chậm trễ này đã gây phiền hà cho ông/bà. " + agency
                    + " xin lỗi ông/bà và đề nghị gia hạn thời gian giải quyết hồ sơ đến:", pdf.regular),
                    new Span(newDate, pdf.bold));
        }
        pdf.paragraph(BODY, 0, 0, new Span("Xin trân trọng cảm ơn./.", pdf.regular));
        signatures(pdf, null, null, "THỦ TRƯỞNG CƠ QUAN", data.officerName(), "(Ký, ghi rõ họ tên và đóng dấu)");
    }

    private void controlSheet(PdfLayout pdf, SlipData data) throws IOException {
        pdf.paragraph(BODY, 0, 0, new Span("(Kèm theo hồ sơ của:", pdf.regular),
                new Span(data.applicant().name() + ")", pdf.bold));
        line(pdf, "Nội dung yêu cầu giải quyết:", request(data));
        line(pdf, "Cơ quan (bộ phận) tiếp nhận hồ sơ:", data.issuer().agencyName());
        line(pdf, "Thời gian nhận hồ sơ:", VietnameseDates.dateTime(data.receivedAt()));
        if (data.appointmentAt() != null) {
            line(pdf, "Thời gian hẹn trả kết quả:", VietnameseDates.dateTime(data.appointmentAt()));
        }
        pdf.space(3);
        LocalDateTime now = LocalDateTime.now(clock);
        List<Row> rows = new ArrayList<>();
        int number = 1;
        for (SlipData.ControlStep step : data.steps()) {
            String who = step.step() + "\n" + step.unit() + (step.officer() == null ? "" : "\n" + step.officer());
            rows.add(Row.of(Integer.toString(number++), who, VietnameseDates.compact(step.receivedAt()),
                    VietnameseDates.compact(step.dueAt()),
                    step.doneAt() == null ? "" : VietnameseDates.compact(step.doneAt()), step.outcome(now)));
        }
        float w = WIDTH;
        pdf.table(11, new float[] {w * 0.06f, w * 0.34f, w * 0.15f, w * 0.15f, w * 0.15f, w * 0.15f},
                new Align[] {C, L, C, C, C, C},
                Header.aligned("STT", "Bước xử lý, đơn vị, người thực hiện", "Nhận hồ sơ", "Hạn xử lý", "Hoàn thành",
                    "Kết quả (trước hạn / đúng hạn / quá hạn)"), rows);
    }

    /** One or two signature blocks side by side; a null left title leaves the left half empty. */
    private void signatures(PdfLayout pdf, String leftTitle, String leftName, String rightTitle, String rightName,
                            String hint) throws IOException {
        float blockHeight = 110;
        pdf.space(12);
        pdf.ensure(blockHeight);
        float half = WIDTH / 2;
        float baseline = pdf.y() - BODY;
        if (leftTitle != null) {
            signature(pdf, leftTitle, leftName, hint, LEFT, half, baseline);
        }
        signature(pdf, rightTitle, rightName, hint, LEFT + half, half, baseline);
        pdf.space(blockHeight);
    }

    private void signature(PdfLayout pdf, String title, String name, String hint, float x, float width, float baseline)
            throws IOException {
        float next = pdf.centred(title, pdf.bold, BODY, x, width, baseline);
        pdf.centred(hint, pdf.italic, BODY, x, width, next);
        if (name != null && !name.isBlank()) {
            pdf.centred(name, pdf.bold, BODY, x, width, baseline - 90);
        }
    }

    private void qrBlock(PdfLayout pdf, String url) throws IOException {
        float side = 28 * MM;
        pdf.space(8);
        pdf.ensure(side + 4);
        BitMatrix matrix = qrMatrix(url);
        float top = pdf.y();
        pdf.grid(matrix.getWidth(), matrix.getHeight(), matrix::get, LEFT, top, side);
        float textX = LEFT + side + 8;
        float textWidth = WIDTH - side - 8;
        float baseline = top - side / 2 + 4;
        pdf.text("Tra cứu tình trạng hồ sơ: quét mã QR hoặc truy cập", pdf.italic, 10, textX, baseline);
        for (String line : pdf.wrap(url, pdf.regular, 9, textWidth)) {
            baseline -= pdf.leading(9);
            pdf.text(line, pdf.regular, 9, textX, baseline);
        }
        pdf.moveTo(top - side - 4);
    }

    static BitMatrix qrMatrix(String url) {
        try {
            return new QRCodeWriter().encode(url, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode the tracking URL as a QR code: " + url, e);
        }
    }
}
