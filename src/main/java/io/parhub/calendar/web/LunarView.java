package io.parhub.calendar.web;

import io.parhub.calendar.LunarDate;
import java.time.LocalDate;

/** API view of a lunar date. */
record LunarView(LocalDate date, int lunarDay, int lunarMonth, int lunarYear, boolean leapMonth, String canChi) {

    static LunarView of(LocalDate date, LunarDate lunar) {
        return new LunarView(date, lunar.day(), lunar.month(), lunar.year(), lunar.leapMonth(), lunar.yearName());
    }
}
