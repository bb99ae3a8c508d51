package io.parhub.procedure.page;

import io.parhub.procedure.Fee;
import io.parhub.procedure.ProcessingTime;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the catalogue's values read on a page, in the visitor's language: used by the templates as
 * {@code @procedurePageFormat}. What the data does not state is said to be not stated; nothing is made up.
 */
@Component("procedurePageFormat")
public class PageFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    PageFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** "5 ngày làm việc", the published wording when there is no single figure, or "not stated". */
    public String time(@Nullable ProcessingTime time) {
        if (time == null) {
            return message("procedure.page.time.none");
        }
        if (time.isExact()) {
            String exact = number(time.amount()) + " " + message("procedure.page.unit." + time.unit().name());
            return time.text() == null || time.text().isBlank() ? exact : exact + " (" + time.text() + ")";
        }
        return time.text() == null || time.text().isBlank() ? message("procedure.page.time.none") : time.text();
    }

    public String fee(Fee fee) {
        if (fee.amount() == null) {
            return fee.description() + ": " + message("procedure.page.fee.amount-none");
        }
        return fee.description() + ": " + number(fee.amount()) + " " + (fee.currency() == null ? "" : fee.currency());
    }

    /** 50000 → "50.000" in Vietnamese, "50,000" in English; decimals kept when there are any. */
    public String number(@Nullable BigDecimal value) {
        if (value == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi")));
        return format.format(value);
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    /** "1", "2" or "—" when the number of originals or copies is not stated. */
    public String count(@Nullable Integer count) {
        return count == null ? "—" : String.valueOf(count);
    }

    /** The form's size in kB, at least 1. */
    public String size(@Nullable Long bytes) {
        return bytes == null ? "" : Math.max(1, Math.round(bytes / 1024.0)) + " kB";
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
