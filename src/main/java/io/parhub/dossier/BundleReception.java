package io.parhub.dossier;

import io.parhub.procedure.Channel;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the counter officer enters to register an interconnected dossier (hồ sơ liên thông): one dossier for every
 * procedure of the bundle.
 *
 * @param partAgencyCodes the agency that handles each part, in the bundle's order of parts; a missing or blank entry
 *        means the receiving agency (which then records the result of the part it passed on, e.g. through the
 *        national portal to an agency outside the province's system)
 * @param appointmentDate required only when the bundle states no exact total time
 */
public record BundleReception(String bundleCode, Channel channel, Applicant applicant,
        List<String> componentsHandedIn, List<String> partAgencyCodes, List<String> refusalReasons,
        @Nullable LocalDate appointmentDate) {

    public BundleReception {
        componentsHandedIn = componentsHandedIn == null ? List.of() : List.copyOf(componentsHandedIn);
        partAgencyCodes = partAgencyCodes == null ? List.of()
                : partAgencyCodes.stream().map(c -> c == null ? "" : c.strip()).toList();
        refusalReasons = refusalReasons == null ? List.of() : List.copyOf(refusalReasons);
    }
}
