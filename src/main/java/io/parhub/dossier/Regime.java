package io.parhub.dossier;

import java.time.LocalDate;

/** The one-stop rules a dossier is judged by: those in force on its reception (submission) date. */
public enum Regime {
    /** Nghị định 61/2018/NĐ-CP (+ 107/2021), Thông tư 01/2018/TT-VPCP: until 30/6/2025. */
    ND61_2018,
    /** Nghị định 118/2025/NĐ-CP, Thông tư 03/2025/TT-VPCP: from 1/7/2025. */
    ND118_2025;

    static final LocalDate ND118_IN_FORCE = LocalDate.of(2025, 7, 1);

    public static Regime on(LocalDate day) {
        return day.isBefore(ND118_IN_FORCE) ? ND61_2018 : ND118_2025;
    }

    /** NĐ 118/2025 Điều 11: a supplement may be requested only once; before it a second one was allowed. */
    public boolean allowsSecondSupplement() {
        return this == ND61_2018;
    }
}
