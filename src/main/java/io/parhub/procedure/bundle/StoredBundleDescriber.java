package io.parhub.procedure.bundle;

import io.parhub.procedure.BundleDescriber;
import io.parhub.procedure.BundleView;
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.Procedures;
import io.parhub.procedure.process.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Gives the bundles loaded from the seed to the other modules through the catalogue's extension point. */
@Component
class StoredBundleDescriber implements BundleDescriber {

    private final BundleStore store;
    private final Procedures procedures;

    StoredBundleDescriber(BundleStore store, Procedures procedures) {
        this.store = store;
        this.procedures = procedures;
    }

    @Override
    public Optional<BundleView> describe(String bundleCode, LocalDate day) {
        return store.byCode(bundleCode, day).map(b -> view(b, day));
    }

    @Override
    public List<BundleView> all(LocalDate day) {
        return store.list(day).stream().map(b -> view(b, day)).toList();
    }

    private BundleView view(Bundle b, LocalDate day) {
        return new BundleView(b.code(), b.name(), time(b.total()), b.legalBasis(), b.parts().stream()
                .map(p -> new BundleView.Part(p.position(), p.stage(), p.procedureCode(), p.name(), p.agency(),
                        time(p.time()), components(p.procedureCode(), day))).toList());
    }

    private List<String> components(@Nullable String procedureCode, LocalDate day) {
        return procedureCode == null ? List.of() : procedures.find(procedureCode, day)
                .map(p -> p.content().components().stream().map(DossierComponent::name).toList()).orElse(List.of());
    }

    private static @Nullable ProcessingTime time(@Nullable Duration d) {
        return d == null ? null : new ProcessingTime(d.amount(), d.unit(), null);
    }
}
