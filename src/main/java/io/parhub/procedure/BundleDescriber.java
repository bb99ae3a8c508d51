package io.parhub.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Extension point implemented by the bundle sub-module: the interconnected bundles as of a day. */
public interface BundleDescriber {

    Optional<BundleView> describe(String bundleCode, LocalDate day);

    /** Every bundle in force on {@code day}, by code. */
    List<BundleView> all(LocalDate day);
}
