package io.parhub.survey;

import io.parhub.survey.RoundIndex.Comparison;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sentences a report states from an index, e.g. "Chỉ số hài lòng chung của tỉnh năm 2019 đạt 88,78%, tăng 4,38
 * điểm % so với năm 2018." and "38/43 đơn vị được khảo sát đạt tỷ lệ hài lòng mục tiêu (80%)." Vietnamese numbers
 * use a decimal comma; the wording is in messages/survey*.properties.
 */
@Component
class IndexSentences {

    private final MessageSource messages;

    IndexSentences(MessageSource messages) {
        this.messages = messages;
    }

    List<String> of(RoundIndex index, Locale locale) {
        List<String> out = new ArrayList<>();
        String year = String.valueOf(index.year());
        BigDecimal rate = index.province().rate();
        Comparison c = index.provinceComparison();
        if (rate == null) {
            out.add(text("survey.sentence.province.none", locale, year,
                    String.valueOf(index.method().minResponses())));
        } else if (c == null || c.difference() == null) {
            out.add(text("survey.sentence.province", locale, year, number(rate, locale, 2)));
        } else {
            int sign = c.difference().signum();
            String key = sign > 0 ? "survey.sentence.province.up" : sign < 0 ? "survey.sentence.province.down"
                    : "survey.sentence.province.same";
            out.add(text(key, locale, year, number(rate, locale, 2), number(c.difference().abs(), locale, 2),
                    String.valueOf(c.previousYear())));
        }
        out.add(text("survey.sentence.units", locale, String.valueOf(index.unitsReachingTarget()),
                String.valueOf(index.units().size()), number(index.method().targetRate(), locale, 0)));
        if (index.unitsWithoutEnough() > 0) {
            out.add(text("survey.sentence.not-enough", locale, String.valueOf(index.unitsWithoutEnough()),
                    String.valueOf(index.method().minResponses())));
        }
        return List.copyOf(out);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** {@code minDecimals} 2 for rates (88,78; 84,40), 0 for a target (80; 82,5). */
    static String number(BigDecimal value, Locale locale, int minDecimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        boolean vi = "vi".equals(locale.getLanguage());
        symbols.setDecimalSeparator(vi ? ',' : '.');
        symbols.setGroupingSeparator(vi ? '.' : ',');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setMinimumFractionDigits(minDecimals);
        return format.format(value);
    }
}
