package io.parhub.feedback;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Filters of Open311's GET requests: ids, service codes (kinds), requested between, open or closed. */
public record Open311Query(List<String> codes, List<FeedbackKind> kinds, @Nullable LocalDateTime from,
        @Nullable LocalDateTime to, @Nullable Boolean closed, int limit) {
}
