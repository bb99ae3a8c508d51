package io.parhub.procedure;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An interconnected bundle (nhóm thủ tục liên thông) as in force on a day, for the modules that receive dossiers
 * for it.
 *
 * @param total the bundle's own processing time; null when no source states it (never invented)
 */
public record BundleView(String code, String name, @Nullable ProcessingTime total, String legalBasis,
        List<Part> parts) {

    public BundleView {
        parts = List.copyOf(parts);
    }

    /**
     * One procedure of the bundle. Parts of the same stage run side by side, stages one after the other.
     *
     * @param procedureCode the national code when the catalogue holds the procedure; null otherwise
     * @param agency who handles it, as the bundle's source words it (e.g. "Công an cấp xã")
     * @param time the part's own time when a source states it; null otherwise
     * @param components the dossier components (thành phần hồ sơ) of the part's procedure as in force on the day;
     *        empty when the catalogue does not hold it
     */
    public record Part(int position, int stage, @Nullable String procedureCode, String name, String agency,
            @Nullable ProcessingTime time, List<String> components) {

        public Part {
            components = List.copyOf(components);
        }
    }

    /** Every component of the bundle's parts, once each, in the order of the parts. */
    public List<String> components() {
        return parts.stream().flatMap(p -> p.components().stream()).distinct().toList();
    }
}
