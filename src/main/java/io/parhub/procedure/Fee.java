package io.parhub.procedure;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One fee or charge (phí, lệ phí).
 *
 * @param description what is charged, e.g. "Lệ phí đăng ký khai sinh"
 * @param amount null when not stated (e.g. set by the provincial People's Council)
 * @param currency ISO 4217, "VND" unless stated otherwise; null when {@code amount} is null
 */
public record Fee(String description, @Nullable BigDecimal amount, @Nullable String currency) {
}
