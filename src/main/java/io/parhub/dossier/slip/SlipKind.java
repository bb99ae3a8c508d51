package io.parhub.dossier.slip;

/**
 * The one-stop forms parhub prints for a dossier. The form number and title depend on the {@link SlipRegime}.
 */
public enum SlipKind {
    /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01). */
    RECEIPT,
    /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02): all missing items at once. */
    SUPPLEMENT_REQUEST,
    /** Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03). */
    REFUSAL,
    /** Apology and new date: Mẫu 04 in both regimes, titled differently. */
    APOLOGY,
    /** Phiếu kiểm soát quá trình giải quyết hồ sơ: Mẫu 05 (TT 01/2018), Mẫu 06 (TT 03/2025). */
    CONTROL_SHEET
}
