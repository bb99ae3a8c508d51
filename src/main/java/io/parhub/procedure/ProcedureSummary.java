package io.parhub.procedure;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of a search result.
 *
 * @param agency the receiving agency, or the competent one when the former is not stated
 */
public record ProcedureSummary(String code, String name, String field, List<ProcedureLevel> levels,
        @Nullable String agency, @Nullable ProcessingTime processingTime, @Nullable OnlineMode onlineMode,
        List<Channel> channels) {

    public ProcedureSummary {
        levels = List.copyOf(levels);
        channels = List.copyOf(channels);
    }
}
