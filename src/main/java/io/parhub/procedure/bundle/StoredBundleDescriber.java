package io.parhub.procedure.bundle;

import io.parhub.procedure.BundleDescriber;
import io.parhub.procedure.BundleView;
import io.parhub.procedure.ProcessingTime;
import io.parhub.procedure.process.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Gives the bundles loaded from the seed to the other modules through the catalogue's extension point. */
@Component
class StoredBundleDescriber implements BundleDescriber {

    private final BundleStore store;

    StoredBundleDescriber(BundleStore store) {
        this.store = store;
    }

    @Override
    public Optional<BundleView> describe(String bundleCode, LocalDate day) {
        return store.byCode(bundleCode, day).map(b -> new BundleView(b.code(), b.name(), time(b.total()),
                b.legalBasis(), b.parts().stream().map(p -> new BundleView.Part(p.position(), p.stage(),
                        p.procedureCode(), p.name(), p.agency(), time(p.time()))).toList()));
    }

    private static @Nullable ProcessingTime time(@Nullable Duration d) {
        return d == null ? null : new ProcessingTime(d.amount(), d.unit(), null);
    }
}
