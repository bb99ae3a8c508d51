package io.parhub.procedure.page;

import io.parhub.procedure.Fee;
import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.TimeUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How values read on the pages: times and fees as stated or "not stated", and when a process is out of step. */
class PageFormatTest {

    private final PageFormat format = new PageFormat(messages());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void timesAreShownAsPublishedAndNeverInvented() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(format.time(null)).isEqualTo("Không quy định / chưa có thông tin");
        assertThat(format.time(ProcessingTime.of(5, TimeUnit.WORKING_DAYS))).isEqualTo("5 ngày làm việc");
        assertThat(format.time(new ProcessingTime(new BigDecimal("0.5"), TimeUnit.CALENDAR_DAYS, null)))
                .isEqualTo("0,5 ngày");
        assertThat(format.time(new ProcessingTime(null, null, "Trực tiếp: 18 Ngày làm việc; Trực tuyến: 8 Ngày làm việc")))
                .isEqualTo("Trực tiếp: 18 Ngày làm việc; Trực tuyến: 8 Ngày làm việc");
        assertThat(format.fee(new Fee("Lệ phí", new BigDecimal("50000"), "VND"))).isEqualTo("Lệ phí: 50.000 VND");
        assertThat(format.fee(new Fee("Phí thẩm định", null, null))).isEqualTo("Phí thẩm định: mức thu không quy định");
        assertThat(format.count(null)).isEqualTo("—");
        assertThat(format.date(LocalDate.of(2025, 7, 1))).isEqualTo("01/07/2025");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(format.time(null)).isEqualTo("Not stated / no information");
        assertThat(format.number(new BigDecimal("1200000"))).isEqualTo("1,200,000");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/procedure-page");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
