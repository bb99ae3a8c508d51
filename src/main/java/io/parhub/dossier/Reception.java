package io.parhub.dossier;

import io.parhub.procedure.Channel;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the counter officer enters (or the citizen submits online) to register a dossier.
 *
 * @param handlingAgencyCode the agency that handles the dossier; null = the receiving agency
 * @param componentsHandedIn names of the procedure's components handed in (thành phần hồ sơ)
 * @param refusalReasons non-empty when the dossier is not eligible: it is refused at reception with these reasons
 * @param appointmentDate required only when the procedure states no exact processing time: the officer sets the
 *        appointment date, parhub never invents one
 */
public record Reception(String procedureCode, Channel channel, @Nullable String handlingAgencyCode,
        Applicant applicant, List<String> componentsHandedIn, List<String> refusalReasons,
        @Nullable LocalDate appointmentDate) {

    public Reception {
        componentsHandedIn = componentsHandedIn == null ? List.of() : List.copyOf(componentsHandedIn);
        refusalReasons = refusalReasons == null ? List.of() : List.copyOf(refusalReasons);
    }
}
