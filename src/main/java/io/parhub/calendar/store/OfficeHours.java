package io.parhub.calendar.store;

import java.time.LocalTime;

/**
 * When an agency receives dossiers. A dossier received at or after {@code cutoff} counts as received on the next
 * working day (Nghị định 61/2018/NĐ-CP Điều 18 and provincial practice).
 */
public record OfficeHours(String agencyCode, LocalTime morningOpen, LocalTime morningClose, LocalTime afternoonOpen,
        LocalTime afternoonClose, LocalTime cutoff) {

    public LocalTime open() {
        return morningOpen;
    }

    public LocalTime close() {
        return afternoonClose;
    }
}
