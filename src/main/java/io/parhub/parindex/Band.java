package io.parhub.parindex;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One band of a year's table (xếp loại). {@code lowerInclusive = false} reads "trên X%" (X itself falls in the band
 * below), {@code true} reads "từ X%"; a null lower bound is the bottom band.
 */
public record Band(int position, String code, String nameVi, String nameEn, @Nullable BigDecimal lowerBound,
        boolean lowerInclusive, String wordingVi) {

    public boolean admits(BigDecimal percent) {
        if (lowerBound == null) {
            return true;
        }
        int c = percent.compareTo(lowerBound);
        return lowerInclusive ? c >= 0 : c > 0;
    }
}
