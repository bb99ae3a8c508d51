package io.parhub.procedure;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Records of the API accept lists from JSON, where a list may be missing or hold nulls: both read as "none". */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(@Nullable List<? extends @Nullable T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(v -> (T) v).toList();
    }
}
