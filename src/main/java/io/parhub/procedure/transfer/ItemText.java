package io.parhub.procedure.transfer;

import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.Fee;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How the structured list items of a procedure are written in one cell:
 * <ul>
 * <li>a dossier component: its name, then the counts if known, {@code Tờ khai đăng ký khai sinh [originals: 1,
 * copies: 0]} (also {@code [bản chính: 1, bản sao: 0]}); forms are files and do not travel in the catalogue file;</li>
 * <li>a fee: its description, then the amount and currency if known, {@code Lệ phí cấp bản sao: 8000 VND}. The
 * amount may use dots or spaces between thousands (8.000 = 8 000 = 8000); the currency defaults to VND.</li>
 * </ul>
 */
final class ItemText {

    private static final Pattern COUNTS = Pattern.compile(
            "^(.*?)\\s*\\[\\s*(?:originals|bản chính)\\s*:\\s*([^,\\]]*?)\\s*,\\s*(?:copies|bản sao)\\s*:\\s*([^\\]]*?)\\s*]\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FEE = Pattern.compile("^(.*?)\\s*:\\s*(\\d[\\d., ]*)\\s*([A-Za-z]{3})?\\s*$");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}([. ]\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+([.,]\\d+)?");

    private static final int MALFORMED = -1;

    private ItemText() {
    }

    static String component(DossierComponent c) {
        if (c.originals() == null && c.copies() == null) {
            return c.name();
        }
        return c.name() + " [originals: " + count(c.originals()) + ", copies: " + count(c.copies()) + "]";
    }

    private static String count(@Nullable Integer n) {
        return n == null ? "" : n.toString();
    }

    /** A component from its cell text; empty when a count is not a whole number from 0 to 99. */
    static Optional<DossierComponent> component(String text) {
        Matcher m = COUNTS.matcher(text);
        if (!m.matches()) {
            return Optional.of(new DossierComponent(text.strip(), null, null, null));
        }
        Integer originals = smallCount(m.group(2));
        Integer copies = smallCount(m.group(3));
        if (isMalformed(originals) || isMalformed(copies) || m.group(1).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new DossierComponent(m.group(1).strip(), originals, copies, null));
    }

    private static boolean isMalformed(@Nullable Integer count) {
        return count != null && count == MALFORMED;
    }

    /** Null for a blank count (not stated), {@link #MALFORMED} for anything but a whole number from 0 to 99. */
    private static @Nullable Integer smallCount(String text) {
        if (text.isBlank()) {
            return null;
        }
        return text.strip().matches("\\d{1,2}") ? Integer.valueOf(text.strip()) : MALFORMED;
    }

    static String fee(Fee fee) {
        if (fee.amount() == null) {
            return fee.description();
        }
        String currency = fee.currency() == null ? "VND" : fee.currency();
        return fee.description() + ": " + fee.amount().stripTrailingZeros().toPlainString() + " " + currency;
    }

    static Fee fee(String text) {
        Matcher m = FEE.matcher(text.strip());
        if (m.matches()) {
            BigDecimal amount = amount(m.group(2).strip());
            if (amount != null) {
                String currency = m.group(3) == null ? "VND" : m.group(3).toUpperCase(Locale.ROOT);
                return new Fee(m.group(1).strip(), amount, currency);
            }
        }
        return new Fee(text.strip(), null, null);
    }

    /** 8.000 and 8 000 are eight thousand (Vietnamese grouping); 1,5 and 1.5 are one and a half. */
    static @Nullable BigDecimal amount(String text) {
        if (THOUSANDS.matcher(text).matches()) {
            return new BigDecimal(text.replace(".", "").replace(" ", ""));
        }
        if (DECIMAL.matcher(text).matches()) {
            return new BigDecimal(text.replace(',', '.'));
        }
        return null;
    }
}
