package io.parhub.dossier.slip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SlipRendererTest {

    private static final Clock CLOCK = Clock.fixed(
            SlipSamples.RECEIVED.plusDays(2).withHour(18).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    private final SlipRenderer renderer = new SlipRenderer(CLOCK);

    private byte[] render(SlipData data, String sampleName) throws IOException {
        byte[] pdf = renderer.render(data);
        Path dir = Path.of("target", "slips");
        Files.createDirectories(dir);
        Files.write(dir.resolve(sampleName + ".pdf"), pdf);
        return pdf;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String decodeQr(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1, 150,
                    ImageType.RGB);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
            Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return result.getText();
        }
    }

    @Test
    void receiptFollowsMau01WithDiacriticsCodeDatesAndComponents() throws Exception {
        byte[] pdf = render(SlipSamples.receipt(SlipSamples.RECEIVED), "01-giay-tiep-nhan");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
        }
        String text = text(pdf);
        assertThat(text)
                .contains("Mẫu số 01 – Phụ lục I, Thông tư số 03/2025/TT-VPCP")
                .contains("UBND THÀNH PHỐ CẦN THƠ")
                .contains("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Độc lập - Tự do - Hạnh phúc")
                .contains("Cần Thơ, ngày 23 tháng 11 năm 2026")
                .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
                .contains("Mã hồ sơ: 000.00.12.H13-261123-0007")
                .contains("Trung tâm Phục vụ hành chính công thành phố Cần Thơ tiếp nhận hồ sơ của:")
                .contains("Ông/bà: Nguyễn Thị Huỳnh Như")
                .contains("Nội dung yêu cầu giải quyết: Đăng ký thành lập hộ kinh doanh (mã thủ tục: 2.000720.000.00.00.H13)")
                .contains("Thành phần hồ sơ nộp gồm:")
                .contains("Giấy đề nghị đăng ký hộ kinh doanh")
                .contains("Văn bản ủy quyền cho thành viên hộ gia đình làm chủ hộ kinh doanh")
                .contains("Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 23 tháng 11 năm 2026")
                .contains("Thời gian trả kết quả giải quyết hồ sơ: 14 giờ 00 phút, ngày 26 tháng 11 năm 2026")
                .contains("Vào Sổ theo dõi hồ sơ, Quyển số: 03/2026, Số thứ tự: 1287")
                .contains("NGƯỜI NỘP HỒ SƠ")
                .contains("NGƯỜI TIẾP NHẬN HỒ SƠ")
                .contains("(Ký và ghi rõ họ tên)")
                .contains("Trần Văn Đức")
                .contains(SlipSamples.URL);
        assertThat(decodeQr(pdf)).isEqualTo("https://dichvucong.cantho.example.vn/tracking/000.00.12.H13-261123-0007");
    }

    @Test
    void supplementRequestListsEveryMissingItemWithItsReason() throws Exception {
        byte[] pdf = render(SlipSamples.supplementRequest(), "02-phieu-yeu-cau-bo-sung");
        assertThat(text(pdf))
                .contains("Mẫu số 02")
                .contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ")
                .contains("Hồ sơ của: Nguyễn Thị Huỳnh Như")
                .contains("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:")
                .contains("Chưa có chữ ký của các thành viên hộ gia đình")
                .contains("Bản sao hợp đồng thuê địa điểm kinh doanh")
                .contains("Thiếu trang 2; bản sao không rõ chữ")
                .contains("ông/bà liên hệ với Trần Văn Đức, số điện thoại 0292 3821 234 để được hướng dẫn./.")
                .contains("NGƯỜI HƯỚNG DẪN");
        assertThat(decodeQr(pdf)).isEqualTo(SlipSamples.URL);
    }

    @Test
    void refusalStatesItsReasons() throws Exception {
        byte[] pdf = render(SlipSamples.refusal(), "03-phieu-tu-choi");
        assertThat(text(pdf))
                .contains("Mẫu số 03")
                .contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ")
                .contains("thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:")
                .contains("- Ngành, nghề đăng ký thuộc danh mục cấm đầu tư kinh doanh theo Luật Đầu tư.")
                .contains("- Tên hộ kinh doanh trùng với tên hộ kinh doanh đã đăng ký trên địa bàn.")
                .contains("Xin thông báo để ông/bà được biết và thực hiện./.");
        assertThat(decodeQr(pdf)).isEqualTo(SlipSamples.URL);
    }

    @Test
    void apologyGivesTheReasonAndTheNewDate() throws Exception {
        byte[] pdf = render(SlipSamples.apology(SlipSamples.RECEIVED), "04-van-ban-xin-loi");
        assertThat(text(pdf))
                .contains("Mẫu số 04 – Phụ lục I, Thông tư số 03/2025/TT-VPCP")
                .contains("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT")
                .contains("Cần Thơ, ngày 25 tháng 11 năm 2026")
                .contains("Ngày 23 tháng 11 năm 2026, Trung tâm Phục vụ hành chính công thành phố Cần Thơ tiếp nhận")
                .contains("Cần xác minh thêm thông tin về địa điểm kinh doanh với Ủy ban nhân dân phường.")
                .contains("đề nghị gia hạn thời gian giải quyết hồ sơ đến: 09 giờ 00 phút, ngày 29 tháng 11 năm 2026")
                .contains("THỦ TRƯỞNG CƠ QUAN")
                .contains("Lê Hoàng Phúc");
        assertThat(decodeQr(pdf)).isEqualTo(SlipSamples.URL);
    }

    @Test
    void controlSheetShowsEveryStepsPlannedAndActualTimes() throws Exception {
        byte[] pdf = render(SlipSamples.controlSheet(SlipSamples.RECEIVED), "06-phieu-kiem-soat");
        assertThat(text(pdf))
                .contains("Mẫu số 06 – Phụ lục I, Thông tư số 03/2025/TT-VPCP")
                .contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ")
                .contains("Phòng Đăng ký kinh doanh")
                .contains("Phạm Thị Ánh")
                .contains("17:30 24/11/2026")
                .contains("09:30 25/11/2026")
                .contains("Trước hạn")
                .contains("Quá hạn")
                .contains("Đúng hạn")
                .contains("Đang xử lý");
        assertThat(decodeQr(pdf)).isEqualTo(SlipSamples.URL);
    }

    @Test
    void formsFollowTheRegimeInForceOnTheReceptionDate() throws Exception {
        LocalDateTime lastDayOfOld = LocalDateTime.of(2025, 6, 30, 16, 45);
        LocalDateTime firstDayOfNew = LocalDateTime.of(2025, 7, 1, 7, 30);

        String oldReceipt = text(render(SlipSamples.receipt(lastDayOfOld), "tt01-2018-01-giay-tiep-nhan"));
        assertThat(oldReceipt).contains("Mẫu số 01 – Thông tư số 01/2018/TT-VPCP")
                .contains("Cần Thơ, ngày 30 tháng 6 năm 2025").doesNotContain("03/2025");
        assertThat(text(render(SlipSamples.receipt(firstDayOfNew), "tt03-2025-01-giay-tiep-nhan")))
                .contains("Mẫu số 01 – Phụ lục I, Thông tư số 03/2025/TT-VPCP")
                .contains("Cần Thơ, ngày 01 tháng 7 năm 2025");

        assertThat(text(render(SlipSamples.apology(lastDayOfOld), "tt01-2018-04-phieu-xin-loi")))
                .contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")
                .contains("xin lỗi ông/bà và hẹn lại thời gian trả kết quả vào:")
                .doesNotContain("GIA HẠN");
        assertThat(text(render(SlipSamples.apology(firstDayOfNew), "tt03-2025-04-van-ban-xin-loi")))
                .contains("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT")
                .doesNotContain("PHIẾU XIN LỖI");

        assertThat(text(render(SlipSamples.controlSheet(lastDayOfOld), "tt01-2018-05-phieu-kiem-soat")))
                .contains("Mẫu số 05 – Thông tư số 01/2018/TT-VPCP");
        assertThat(text(render(SlipSamples.controlSheet(firstDayOfNew), "tt03-2025-06-phieu-kiem-soat")))
                .contains("Mẫu số 06 – Phụ lục I, Thông tư số 03/2025/TT-VPCP");
    }

    @Test
    void aLongComponentListFlowsOntoASecondPageWithTheQrCodeStillReadable() throws Exception {
        SlipData.Builder builder = SlipSamples.base(SlipKind.RECEIPT, SlipSamples.RECEIVED)
                .appointmentAt(SlipSamples.RECEIVED.plusDays(10));
        for (int i = 1; i <= 30; i++) {
            builder.component("Giấy tờ số " + i + " kèm theo hồ sơ đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ", 1, 2);
        }
        byte[] pdf = render(builder.build(), "01-giay-tiep-nhan-nhieu-trang");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text(pdf)).contains("Giấy tờ số 30 kèm theo").contains("Quyển số: ……");
        assertThat(decodeQr(pdf)).isEqualTo(SlipSamples.URL);
    }

    @Test
    void aSlipMissingWhatItsFormNeedsIsRejected() {
        assertThatThrownBy(() -> SlipSamples.base(SlipKind.RECEIPT, SlipSamples.RECEIVED).component("Tờ khai", 1, 0).build())
                .hasMessageContaining("appointmentAt");
        assertThatThrownBy(() -> SlipSamples.base(SlipKind.SUPPLEMENT_REQUEST, SlipSamples.RECEIVED).build())
                .hasMessageContaining("missing item");
        assertThatThrownBy(() -> SlipSamples.base(SlipKind.REFUSAL, SlipSamples.RECEIVED).refusalReason(" ").build())
                .hasMessageContaining("reasons");
        assertThatThrownBy(() -> SlipSamples.base(SlipKind.CONTROL_SHEET, SlipSamples.RECEIVED).build())
                .hasMessageContaining("steps");
    }

    @Test
    void trackingUrlJoinsTheBaseAndTheCode() {
        assertThat(SlipData.trackingUrl("https://x.vn", "A-1")).isEqualTo("https://x.vn/tracking/A-1");
        assertThat(SlipData.trackingUrl("https://x.vn/", "000.00.12.H13-261123-0007"))
                .isEqualTo("https://x.vn/tracking/000.00.12.H13-261123-0007");
    }

    @Test
    void decomposedVietnameseInputIsPrintedPrecomposed() throws Exception {
        String decomposed = java.text.Normalizer.normalize("Nguyễn Thị Huỳnh Như", java.text.Normalizer.Form.NFD);
        SlipData data = SlipSamples.base(SlipKind.REFUSAL, SlipSamples.RECEIVED)
                .applicant(new SlipData.Applicant(decomposed, null, null, null))
                .refusalReason("Không thuộc thẩm quyền giải quyết.")
                .build();
        assertThat(text(render(data, "03-phieu-tu-choi-nfd"))).contains("Ông/bà: Nguyễn Thị Huỳnh Như")
                .contains("Địa chỉ: ……………");
    }
}
