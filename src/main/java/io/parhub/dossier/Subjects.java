package io.parhub.dossier;

import io.parhub.procedure.BundleDescriber;
import io.parhub.procedure.BundleView;
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.Procedure;
import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.Procedures;
import io.parhub.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a dossier is for, as in force on a day: one procedure of the catalogue, or an interconnected bundle whose
 * components are those of its parts' procedures and whose time is the bundle's own.
 */
@Component
class Subjects {

    /**
     * @param time the processing time; null or inexact when none is stated (the officer then sets the date)
     * @param parts the bundle's parts; empty for one procedure
     */
    record Subject(String code, String name, List<String> components, @Nullable ProcessingTime time,
            @Nullable String bundleCode, List<BundleView.Part> parts, @Nullable String field) {
    }

    private final Procedures procedures;
    private final ObjectProvider<BundleDescriber> bundles;

    Subjects(Procedures procedures, ObjectProvider<BundleDescriber> bundles) {
        this.procedures = procedures;
        this.bundles = bundles;
    }

    Subject procedure(String code, LocalDate day) {
        Procedure p = procedures.find(code, day).orElseThrow(() -> DomainException.invalid(
                "dossier-unknown-procedure", "dossier.problem.unknown-procedure", code, day.toString()));
        return new Subject(p.code(), p.content().name(),
                p.content().components().stream().map(DossierComponent::name).toList(),
                p.content().processingTime(), null, List.of(), p.content().field());
    }

    Subject bundle(String bundleCode, LocalDate day) {
        BundleDescriber source = bundles.getIfAvailable();
        BundleView b = (source == null ? Optional.<BundleView>empty() : source.describe(bundleCode, day))
                .orElseThrow(() -> DomainException.invalid("dossier-unknown-bundle", "dossier.problem.unknown-bundle",
                        bundleCode, day.toString()));
        // a bundle is counted in the field of its first procedure in the catalogue
        String field = b.parts().stream().filter(p -> p.procedureCode() != null)
                .map(p -> procedures.find(p.procedureCode(), day)).flatMap(java.util.Optional::stream)
                .map(p -> p.content().field()).findFirst().orElse(null);
        return new Subject(b.code(), b.name(), b.components(), b.total(), b.code(), b.parts(), field);
    }

    /** The subject a received dossier was judged by. */
    Optional<Subject> of(Dossier d, LocalDate day) {
        try {
            return Optional.of(d.bundleCode() == null ? procedure(d.procedureCode(), day) : bundle(d.bundleCode(), day));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }
}
