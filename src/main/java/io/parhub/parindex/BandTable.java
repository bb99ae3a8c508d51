package io.parhub.parindex;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The band table of a year: bands from the top; a percent gets the first band whose lower bound it reaches. With
 * the Sóc Trăng wording ("trên 90%" Rất tốt, "từ 80% đến 90%" Tốt, "từ 65% đến dưới 80%" Khá, "từ 50% đến dưới 65%"
 * Trung bình, "dưới 50%" Kém) exactly 90 is Tốt, 80 Tốt, 65 Khá and 50 Trung bình.
 */
public record BandTable(int year, List<Band> bands) {

    public BandTable {
        bands = bands.stream().sorted(Comparator.comparingInt(Band::position)).toList();
        if (bands.isEmpty() || bands.get(bands.size() - 1).lowerBound() != null) {
            throw new IllegalArgumentException("a band table ends with a band without lower bound");
        }
    }

    public Band classify(BigDecimal percent) {
        return bands.stream().filter(b -> b.admits(percent)).findFirst().orElseThrow();
    }
}
