package io.parhub.org.web;

import io.parhub.org.LineageKind;
import io.parhub.org.Reorganisation;
import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reorganisation as typed in the admin form or sent to the API: text in, checked {@link Reorganisation} out.
 * Bad kinds and dates become problems in the caller's language.
 */
final class ReorganisationForm {

    private ReorganisationForm() {
    }

    static Reorganisation parse(@Nullable String kind, @Nullable String effectiveDate, @Nullable String legalBasis,
            List<String> oldCodes, List<Reorganisation.NewUnit> newUnits) {
        LineageKind parsedKind = Arrays.stream(new LineageKind[] {LineageKind.MERGE, LineageKind.SPLIT,
                        LineageKind.RENAME})
                .filter(k -> k.name().equalsIgnoreCase(kind == null ? "" : kind.strip())).findFirst()
                .orElseThrow(() -> DomainException.invalid("reorganisation-invalid", "org.reorg.kind", kind));
        LocalDate day;
        try {
            day = LocalDate.parse(effectiveDate == null ? "" : effectiveDate.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid-date", "org.problem.date", effectiveDate);
        }
        List<String> olds = oldCodes.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        List<Reorganisation.NewUnit> news = newUnits.stream()
                .filter(u -> !(blank(u.code()) && blank(u.name()) && blank(u.type()))).toList();
        return new Reorganisation(parsedKind, day, legalBasis == null ? "" : legalBasis, olds, news);
    }

    /** Codes typed as "31498, 31501 31504". */
    static List<String> codes(@Nullable String text) {
        return text == null ? List.of() : new ArrayList<>(Arrays.asList(text.split("[\\s,;]+")));
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
