package io.parhub.dossier.slip;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which circular's forms a slip follows. A dossier is judged by the rules in force when it was received, so the regime
 * is picked by the dossier's reception date: Thông tư 01/2018/TT-VPCP (with Nghị định 61/2018) before 1 July 2025,
 * Thông tư 03/2025/TT-VPCP Phụ lục I (with Nghị định 118/2025, in force 1 July 2025) from then on.
 *
 * <p>TT 03/2025 is dated 15/9/2025 and its own effective date was not found;
 * parhub follows the project rule that the new regime starts with Nghị định 118/2025 on 1/7/2025.
 */
public enum SlipRegime {
    TT01_2018("Thông tư số 01/2018/TT-VPCP"),
    TT03_2025("Thông tư số 03/2025/TT-VPCP");

    /** First reception date judged by Nghị định 118/2025 and Thông tư 03/2025/TT-VPCP. */
    public static final LocalDate TT03_2025_FROM = LocalDate.of(2025, 7, 1);

    private final String instrument;

    SlipRegime(String instrument) {
        this.instrument = instrument;
    }

    /** The regime in force for a dossier received on {@code receptionDate}. */
    public static SlipRegime forReceptionDate(LocalDate receptionDate) {
        Objects.requireNonNull(receptionDate, "receptionDate");
        return receptionDate.isBefore(TT03_2025_FROM) ? TT01_2018 : TT03_2025;
    }

    /** "Thông tư số 01/2018/TT-VPCP" or "Thông tư số 03/2025/TT-VPCP". */
    public String instrument() {
        return instrument;
    }

    /** The form's number in the circular's annex, e.g. "01". */
    public String formNumber(SlipKind kind) {
        return switch (kind) {
            case RECEIPT -> "01";
            case SUPPLEMENT_REQUEST -> "02";
            case REFUSAL -> "03";
            case APOLOGY -> "04";
            case CONTROL_SHEET -> this == TT01_2018 ? "05" : "06";
        };
    }

    /** The form's title in capitals, as printed. */
    public String title(SlipKind kind) {
        return switch (kind) {
            case RECEIPT -> "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
            case SUPPLEMENT_REQUEST -> "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ";
            case REFUSAL -> "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ";
            case APOLOGY -> this == TT01_2018
                    ? "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"
                    : "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT";
            case CONTROL_SHEET -> "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ";
        };
    }

    /** The small label printed above the header, e.g. "Mẫu số 01 – Phụ lục I, Thông tư số 03/2025/TT-VPCP". */
    public String formLabel(SlipKind kind) {
        return "Mẫu số " + formNumber(kind) + " – " + (this == TT03_2025 ? "Phụ lục I, " : "") + instrument;
    }
}
