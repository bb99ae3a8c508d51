package io.parhub.dossier.slip;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Sample slips for a Cần Thơ dossier, used by the tests (and written to target/slips for a look). */
final class SlipSamples {

    static final String CODE = "000.00.12.H13-261123-0007";
    static final String URL = SlipData.trackingUrl("https://dichvucong.cantho.example.vn/", CODE);
    static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 11, 23, 8, 30);

    private SlipSamples() {
    }

    static SlipData.Builder base(SlipKind kind, LocalDateTime receivedAt) {
        return SlipData.builder(kind)
                .receivedAt(receivedAt)
                .issuedOn(receivedAt.toLocalDate())
                .issuer(new SlipData.Issuer("UBND thành phố Cần Thơ",
                        "Trung tâm Phục vụ hành chính công thành phố Cần Thơ", "Cần Thơ", "0292 3821 234"))
                .dossierCode(CODE)
                .applicant(new SlipData.Applicant("Nguyễn Thị Huỳnh Như", "Số 12, đường Nguyễn Trãi, phường Ninh Kiều,"
                        + " thành phố Cần Thơ", "0912 345 678", "nhu.nguyen@example.vn"))
                .procedure("Đăng ký thành lập hộ kinh doanh", "2.000720.000.00.00.H13")
                .officerName("Trần Văn Đức")
                .trackingUrl(URL);
    }

    static SlipData receipt(LocalDateTime receivedAt) {
        return base(SlipKind.RECEIPT, receivedAt)
                .component("Giấy đề nghị đăng ký hộ kinh doanh", 1, 0)
                .component("Bản sao giấy tờ pháp lý của cá nhân đối với chủ hộ kinh doanh", 0, 1)
                .component("Văn bản ủy quyền cho thành viên hộ gia đình làm chủ hộ kinh doanh", 1, 1)
                .appointmentAt(receivedAt.plusDays(3).withHour(14).withMinute(0))
                .register("03/2026", 1287)
                .build();
    }

    static SlipData supplementRequest() {
        return base(SlipKind.SUPPLEMENT_REQUEST, RECEIVED)
                .missing("Văn bản ủy quyền cho thành viên hộ gia đình làm chủ hộ kinh doanh",
                        "Chưa có chữ ký của các thành viên hộ gia đình")
                .missing("Bản sao hợp đồng thuê địa điểm kinh doanh", "Thiếu trang 2; bản sao không rõ chữ")
                .build();
    }

    static SlipData refusal() {
        return base(SlipKind.REFUSAL, RECEIVED)
                .refusalReason("Ngành, nghề đăng ký thuộc danh mục cấm đầu tư kinh doanh theo Luật Đầu tư.")
                .refusalReason("Tên hộ kinh doanh trùng với tên hộ kinh doanh đã đăng ký trên địa bàn.")
                .build();
    }

    static SlipData apology(LocalDateTime receivedAt) {
        return base(SlipKind.APOLOGY, receivedAt)
                .appointmentAt(receivedAt.plusDays(3).withHour(14).withMinute(0))
                .apology("Cần xác minh thêm thông tin về địa điểm kinh doanh với Ủy ban nhân dân phường.",
                        receivedAt.plusDays(6).withHour(9).withMinute(0))
                .officerName("Lê Hoàng Phúc")
                .issuedOn(receivedAt.toLocalDate().plusDays(2))
                .build();
    }

    static SlipData controlSheet(LocalDateTime receivedAt) {
        LocalDateTime r = receivedAt;
        return base(SlipKind.CONTROL_SHEET, r)
                .appointmentAt(r.plusDays(3).withHour(14).withMinute(0))
                .step(new SlipData.ControlStep("Tiếp nhận hồ sơ", "Trung tâm Phục vụ hành chính công", "Trần Văn Đức",
                        r, r.plusDays(1).withHour(12), r.plusMinutes(20)))
                .step(new SlipData.ControlStep("Thẩm định hồ sơ", "Phòng Đăng ký kinh doanh", "Phạm Thị Ánh",
                        r.plusMinutes(20), r.plusDays(1).withHour(17), r.plusDays(2).withHour(9)))
                .step(new SlipData.ControlStep("Phê duyệt", "Lãnh đạo Sở Tài chính", "Võ Minh Quân",
                        r.plusDays(2).withHour(9), r.plusDays(2).withHour(17), r.plusDays(2).withHour(16)))
                .step(new SlipData.ControlStep("Trả kết quả", "Trung tâm Phục vụ hành chính công", null,
                        r.plusDays(2).withHour(16), r.plusDays(3).withHour(14), null))
                .build();
    }

    static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
