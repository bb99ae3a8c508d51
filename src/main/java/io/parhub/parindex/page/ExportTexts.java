package io.parhub.parindex.page;

import io.parhub.parindex.Band;
import io.parhub.parindex.BandTable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The texts and number formats of one export in the reader's language (keys {@code parindex.export.*}). */
record ExportTexts(MessageSource messages, Locale locale) {

    String get(String key, Object... args) {
        return messages.getMessage(key.startsWith("parindex.") ? key : "parindex.export." + key, args, locale);
    }

    boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** Two decimals with the reader's decimal mark (87,33 in Vietnamese), no grouping; empty for none. */
    String number(@Nullable BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(false);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    String band(Band band) {
        return english() ? band.nameEn() : band.nameVi();
    }

    /**
     * A band's range in words, read from the table as it classifies: "trên 90%" when the bound itself falls below,
     * "từ 80% đến 90%" when the band above starts after 90, "dưới 50%" for the bottom band.
     */
    String range(BandTable table, Band band) {
        List<Band> bands = table.bands();
        int i = bands.indexOf(band);
        Band above = i > 0 ? bands.get(i - 1) : null;
        String upper = above == null || above.lowerBound() == null ? null : plain(above.lowerBound());
        if (band.lowerBound() == null) {
            return get("range.below", upper == null ? "0" : upper);
        }
        String lower = plain(band.lowerBound());
        if (!band.lowerInclusive()) {
            return get("range.above", lower);
        }
        if (upper == null) {
            return get("range.from", lower);
        }
        return get(above.lowerInclusive() ? "range.from-below" : "range.from-to", lower, upper);
    }

    private String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', english() ? '.' : ',');
    }
}
