package io.parhub.dossier.web;

import io.parhub.dossier.DossierStatistics.GroupBy;
import io.parhub.dossier.DossierStatistics.Query;
import io.parhub.shared.DomainException;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query parameters every statistics endpoint takes, bound once (as a {@code @ParameterObject}) and checked into a
 * {@link Query}.
 */
record StatsParams(
        @Parameter(description = "an agency code: its whole subtree (default: every agency)") @Nullable String unit,
        @Parameter(description = "first day of the period", required = true)
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
        @Parameter(description = "last day of the period (included)", required = true)
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
        @Parameter(description = "none | agency | level | field | procedure | channel | month (default agency)")
        @Nullable String groupBy,
        @Parameter(description = "drill-down: exactly this handling agency") @Nullable String agency,
        @Parameter(description = "drill-down: one procedure code") @Nullable String procedure,
        @Parameter(description = "drill-down: one field (lĩnh vực)") @Nullable String field,
        @Parameter(description = "drill-down: COUNTER, ONLINE or POST") @Nullable String channel,
        @Parameter(description = "the moment the figures are taken at (default now)")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime asOf) {

    Query query() {
        return query(groupBy == null || groupBy.isBlank() ? "agency" : groupBy);
    }

    /** The query with {@code by} as its grouping, whatever was asked (for endpoints that do not group). */
    Query query(String by) {
        if (from == null || to == null) {
            throw DomainException.invalid("validation", "problem.validation", "from, to");
        }
        GroupBy grouping;
        try {
            grouping = GroupBy.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("stats-group-by", "dossier.stats.problem.group-by", by);
        }
        String ch = channel == null || channel.isBlank() ? null : channel.strip().toUpperCase(Locale.ROOT);
        if (ch != null && !List.of("COUNTER", "ONLINE", "POST").contains(ch)) {
            throw DomainException.invalid("stats-channel", "dossier.stats.problem.channel", channel);
        }
        return new Query(unit, agency, procedure, field, ch, from, to, grouping, asOf);
    }
}
