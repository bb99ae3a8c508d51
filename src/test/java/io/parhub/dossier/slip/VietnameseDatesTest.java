package io.parhub.dossier.slip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class VietnameseDatesTest {

    @Test
    void daysBelowTenAndJanuaryAndFebruaryTakeALeadingZero() {
        assertThat(VietnameseDates.placeAndDate("Cần Thơ", LocalDate.of(2026, 2, 5)))
                .isEqualTo("Cần Thơ, ngày 05 tháng 02 năm 2026");
        assertThat(VietnameseDates.date(LocalDate.of(2026, 11, 23))).isEqualTo("ngày 23 tháng 11 năm 2026");
        assertThat(VietnameseDates.date(LocalDate.of(2025, 7, 1))).isEqualTo("ngày 01 tháng 7 năm 2025");
    }

    @Test
    void timesReadAsTheFormsWriteThem() {
        assertThat(VietnameseDates.dateTime(LocalDateTime.of(2026, 11, 23, 8, 5)))
                .isEqualTo("08 giờ 05 phút, ngày 23 tháng 11 năm 2026");
        assertThat(VietnameseDates.compact(LocalDateTime.of(2026, 1, 2, 17, 0))).isEqualTo("17:00 02/01/2026");
    }

    @Test
    void regimeSwitchesOnTheFirstOfJuly2025() {
        assertThat(SlipRegime.forReceptionDate(LocalDate.of(2025, 6, 30))).isEqualTo(SlipRegime.TT01_2018);
        assertThat(SlipRegime.forReceptionDate(LocalDate.of(2025, 7, 1))).isEqualTo(SlipRegime.TT03_2025);
        assertThat(SlipRegime.TT01_2018.formNumber(SlipKind.CONTROL_SHEET)).isEqualTo("05");
        assertThat(SlipRegime.TT03_2025.formNumber(SlipKind.CONTROL_SHEET)).isEqualTo("06");
    }
}
