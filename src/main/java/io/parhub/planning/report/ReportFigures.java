package io.parhub.planning.report;

import io.parhub.dossier.Figures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The tables of a report, as computed from the other modules for a unit's agency subtree and a period, or summed
 * over the units for the province. A table that no module can answer is null and the page says "no data yet".
 *
 * @param dossiers the dossier figures exactly as {@code dossier.DossierStatistics} gives them
 * @param procedures the province's catalogue (the catalogue is provincial: the same for every unit)
 * @param satisfaction the SIPAS figure of the unit in the period's year, null when no round surveyed it
 * @param documents null until the unit enters the indicator
 */
public record ReportFigures(LocalDate from, LocalDate to, LocalDateTime takenAt, Figures dossiers, Online online,
        @Nullable Procedures procedures, @Nullable Feedback feedback, @Nullable Satisfaction satisfaction,
        PlanProgress plan, @Nullable Documents documents) {

    /** Online share of new dossiers, and procedures that had dossiers / had online ones (null for an aggregate). */
    public record Online(long newOnline, long newTotal, @Nullable Double rate, @Nullable Long proceduresWithDossiers,
            @Nullable Long proceduresWithOnline, @Nullable Double procedureShare) {
    }

    /** Catalogue on the period's last day by level and online mode; decisions that took effect in the period. */
    public record Procedures(long total, long province, long district, long commune, long onlineFull,
            long onlinePartial, long added, long amended, long abolished) {
    }

    /** Feedback received in the period by the unit's subtree; answered (in time or late) and still open. */
    public record Feedback(long received, long answered, long answeredLate, long open) {

        public Feedback plus(Feedback o) {
            return new Feedback(received + o.received, answered + o.answered, answeredLate + o.answeredLate,
                    open + o.open);
        }
    }

    /** @param rate percent, null when the round had too few answers from the unit */
    public record Satisfaction(int year, @Nullable BigDecimal rate, int responses, boolean enough) {
    }

    /** Assignments of the year's plans to the unit's subtree, as of the period's last day. */
    public record PlanProgress(long assignments, long done, long overdue) {

        public PlanProgress plus(PlanProgress o) {
            return new PlanProgress(assignments + o.assignments, done + o.done, overdue + o.overdue);
        }
    }

    /** @param rate electronic out of sent in percent, half-up to 2 decimals; null when nothing was sent */
    public record Documents(long sent, long electronic, @Nullable BigDecimal rate) {

        public static Documents of(long sent, long electronic) {
            return new Documents(sent, electronic, sent == 0 ? null : BigDecimal.valueOf(electronic * 100)
                    .divide(BigDecimal.valueOf(sent), 2, RoundingMode.HALF_UP));
        }

        public Documents plus(Documents o) {
            return of(sent + o.sent, electronic + o.electronic);
        }
    }
}
