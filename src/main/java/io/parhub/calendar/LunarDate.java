package io.parhub.calendar;

/**
 * A day of the Vietnamese lunar calendar (âm lịch).
 *
 * @param day 1–30
 * @param month 1–12 (1 = tháng Giêng, 12 = tháng Chạp)
 * @param year the lunar year, named by the Gregorian year in which it mostly falls (Tết 2026 starts year 2026)
 * @param leapMonth whether the month is the intercalary month (tháng nhuận) repeating {@code month}
 */
public record LunarDate(int day, int month, int year, boolean leapMonth) {

    private static final String[] STEMS = {"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"};
    private static final String[] BRANCHES = {"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu",
        "Tuất", "Hợi"};

    /** The sexagenary (can chi) name of the lunar year, e.g. "Bính Ngọ" for 2026. */
    public String yearName() {
        return STEMS[Math.floorMod(year + 6, 10)] + " " + BRANCHES[Math.floorMod(year + 8, 12)];
    }
}
