package io.parhub.dossier.serviceindex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every version of the indicator set shipped under {@code seed/service-index/}, loaded and checked once at start-up:
 * a broken file stops the application with its problem rather than scoring wrongly.
 */
@Component
class IndicatorSets {

    static final String LOCATION = "classpath*:seed/service-index/*.yml";

    private final List<IndicatorSet> sets;

    IndicatorSets() {
        List<IndicatorSet> loaded = new ArrayList<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                try (InputStream in = r.getInputStream()) {
                    loaded.add(IndicatorSet.parse(in, String.valueOf(r.getFilename())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (loaded.isEmpty()) {
            throw new IllegalStateException("No service index indicator set under " + LOCATION);
        }
        loaded.sort(Comparator.comparing(IndicatorSet::validFrom));
        for (int i = 1; i < loaded.size(); i++) {
            if (loaded.get(i).validFrom().equals(loaded.get(i - 1).validFrom())) {
                throw new IllegalStateException("Two service index indicator sets start on "
                        + loaded.get(i).validFrom());
            }
        }
        this.sets = List.copyOf(loaded);
    }

    /** The version in force on {@code day}: the latest one that started on or before it. */
    Optional<IndicatorSet> on(LocalDate day) {
        IndicatorSet found = null;
        for (IndicatorSet s : sets) {
            if (!s.validFrom().isAfter(day)) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }
}
