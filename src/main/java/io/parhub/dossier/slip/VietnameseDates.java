package io.parhub.dossier.slip;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Dates as Vietnamese administrative documents write them (Nghị định 30/2020/NĐ-CP, Phụ lục I: a day below 10 and the
 * months 1 and 2 take a leading zero): "Cần Thơ, ngày 05 tháng 02 năm 2026", "08 giờ 30 phút, ngày 23 tháng 11 năm 2026".
 */
final class VietnameseDates {

    private VietnameseDates() {
    }

    static String day(int day) {
        return day < 10 ? "0" + day : Integer.toString(day);
    }

    static String month(int month) {
        return month <= 2 ? "0" + month : Integer.toString(month);
    }

    /** "ngày 23 tháng 11 năm 2026". */
    static String date(LocalDate date) {
        return "ngày " + day(date.getDayOfMonth()) + " tháng " + month(date.getMonthValue()) + " năm " + date.getYear();
    }

    /** "Cần Thơ, ngày 23 tháng 11 năm 2026". */
    static String placeAndDate(String place, LocalDate date) {
        return place + ", " + date(date);
    }

    /** "08 giờ 30 phút, ngày 23 tháng 11 năm 2026". */
    static String dateTime(LocalDateTime time) {
        return two(time.getHour()) + " giờ " + two(time.getMinute()) + " phút, " + date(time.toLocalDate());
    }

    /** "08:30 23/11/2026", for table cells. */
    static String compact(LocalDateTime time) {
        return two(time.getHour()) + ":" + two(time.getMinute()) + " " + two(time.getDayOfMonth()) + "/"
                + two(time.getMonthValue()) + "/" + time.getYear();
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
