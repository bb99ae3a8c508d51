package io.parhub.planning;

import java.time.LocalDate;

/**
 * A year's inspections of reform work (kiểm tra công tác CCHC) in figures, for reports: "đã kiểm tra 10/10 đơn vị
 * theo kế hoạch, phát hiện N tồn tại, M kiến nghị, K đã khắc phục". Computed from the visits, findings and
 * recommendations when asked; the overdue count as of {@code today}.
 */
public interface Inspections {

    /** The figures of {@code year}; all zero (and no plan number) when the year has no inspection plan. */
    InspectionFigures figures(int year, LocalDate today);
}
