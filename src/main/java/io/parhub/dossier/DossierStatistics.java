package io.parhub.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Dossier statistics, computed from the dossier rows at the moment they are asked: nothing is stored as a total,
 * so they never lag behind or drift from the dossiers. Aggregates only, no personal data: open data.
 */
public interface DossierStatistics {

    enum GroupBy { NONE, AGENCY, LEVEL, FIELD, PROCEDURE, CHANNEL, MONTH }

    /**
     * What to count.
     *
     * @param unit an agency code: its whole subtree (null = every agency)
     * @param agency exactly one handling agency (drill-down), null = any in the unit
     * @param from first day of the period; {@code to} the last day, both included
     * @param asOf the moment the figures are taken at: what happened after it has not happened yet (null = now)
     */
    record Query(@Nullable String unit, @Nullable String agency, @Nullable String procedure, @Nullable String field,
            @Nullable String channel, LocalDate from, LocalDate to, GroupBy groupBy, @Nullable LocalDateTime asOf) {
    }

    /** One row: the key it is grouped by (agency code, level, field, procedure code, channel, yyyy-MM). */
    record Row(String key, String label, Figures figures) {
    }

    record Report(Query query, LocalDateTime takenAt, List<Row> rows, Figures total) {
    }

    /** A late dossier, for the drill-down: resolved late in the period, or overdue at its end. */
    record LateDossier(String code, String procedureCode, String procedureName, String agencyCode,
            LocalDateTime receivedAt, LocalDateTime dueAt, @Nullable LocalDateTime resolvedAt, String status) {
    }

    /** Lateness per step of the processes: runs ended in the period (or still open) past their planned time. */
    record StepLateness(String step, String performer, @Nullable String officer, long lateRuns, long lateMinutes) {
    }

    /**
     * Online submissions of the period by the online mode of their procedure (as in force on the last day):
     * FULL (toàn trình), PARTIAL (một phần), NONE, or NOT_STATED.
     *
     * @param proceduresWithDossiers procedures with dossiers received in the period
     * @param proceduresWithOnline of those, procedures with at least one online dossier
     * @param procedureShare procedures with online dossiers out of procedures with dossiers, percent with two
     *        decimals; null when no procedure had dossiers
     */
    record Online(long proceduresWithDossiers, long proceduresWithOnline, @Nullable Double procedureShare,
            Map<String, Long> newOnlineByMode, long newOnline, long newTotal) {

        public static Online of(long proceduresWithDossiers, long proceduresWithOnline,
                Map<String, Long> newOnlineByMode, long newOnline, long newTotal) {
            return new Online(proceduresWithDossiers, proceduresWithOnline, proceduresWithDossiers == 0 ? null
                    : Math.round(proceduresWithOnline * 10_000.0 / proceduresWithDossiers) / 100.0,
                    newOnlineByMode, newOnline, newTotal);
        }
    }

    Report report(Query query);

    Online online(Query query);

    List<LateDossier> lateDossiers(Query query, int limit);

    List<StepLateness> lateness(Query query);
}
