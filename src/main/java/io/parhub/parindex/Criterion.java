package io.parhub.parindex;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An area, criterion or sub-criterion. Leaves carry the points; {@code metric} and {@code formula} say how a
 * COMPUTED or SURVEY criterion gets its points from parhub's data.
 */
public record Criterion(long id, long setId, @Nullable Long parentId, String level, String code, int position,
        String name, BigDecimal maxPoints, @Nullable String guidance, @Nullable String evidence,
        CriterionSource source, @Nullable String metric, @Nullable String formula, boolean illustrative) {

    public boolean isArea() {
        return "AREA".equals(level);
    }

    public String areaCode() {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }
}
