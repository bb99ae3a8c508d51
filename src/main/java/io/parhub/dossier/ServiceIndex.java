package io.parhub.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The service index of Quyết định 766/QĐ-TTg (Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân,
 * doanh nghiệp): five groups adding up to 100 points, per unit and per agency, for a week or a month. The indicators
 * are data (an effective-dated indicator set, see docs/service-index.md); every figure is computed from the dossiers
 * when asked, so the index never lags behind them. Aggregates only: open data.
 */
public interface ServiceIndex {

    enum Period { WEEK, MONTH }

    /** The five groups of the decision and their maxima (18 + 20 + 22 + 22 + 18 = 100). */
    enum Group {
        TRANSPARENCY(18), PROGRESS(20), DIGITISATION(22), ONLINE(22), SATISFACTION(18);

        private final int max;

        Group(int max) {
            this.max = max;
        }

        public int max() {
            return max;
        }
    }

    /**
     * What parhub can measure. A metric that parhub does not record ({@code measured} false) stays in the indicator
     * set, scores 0 and is shown as not measured. The measured value is a percentage, except EVALUATION_AVERAGE
     * (the average evaluation total out of 18).
     */
    enum Metric {
        /** received dossiers that anyone can track by code (every dossier in parhub) out of received */
        TRACKABLE_RATE(true),
        /** new dossiers whose messages to the national portal were all sent, out of new (needs the portal outbox) */
        PORTAL_SYNC_RATE(true),
        /** resolved on time out of resolved */
        ON_TIME_RATE(true),
        /** pending and not overdue at the period's end out of pending (nothing pending: 100%) */
        NOT_OVERDUE_RATE(true),
        /** received dossiers without a second supplement request out of received (nothing received: 100%) */
        NO_SECOND_SUPPLEMENT_RATE(true),
        /** new dossiers with component files (digitised) out of new */
        DIGITISED_DOSSIER_RATE(true),
        /** resolved dossiers with a result file out of resolved */
        DIGITISED_RESULT_RATE(true),
        /** reuse of digitised data instead of asking for papers again: not recorded by parhub */
        DATA_REUSE_RATE(false),
        /** procedures in force that are fully online (toàn trình) out of procedures in force */
        FULL_ONLINE_PROCEDURE_RATE(true),
        /** new dossiers submitted online out of new */
        ONLINE_DOSSIER_RATE(true),
        /** fees paid online: not recorded by parhub */
        ONLINE_PAYMENT_RATE(false),
        /** the average total of the citizens' evaluations in the period, out of 18 */
        EVALUATION_AVERAGE(true);

        private final boolean measured;

        Metric(boolean measured) {
            this.measured = measured;
        }

        /** Whether parhub records what this metric needs (the portal sync also needs the portal outbox). */
        public boolean measured() {
            return measured;
        }
    }

    /**
     * What to compute.
     *
     * @param unit an agency code: its whole subtree; null = every agency (the province)
     * @param date a day of the week or month asked (null = today)
     * @param procedure drill-down to the dossiers of one procedure, null = all
     */
    record Request(@Nullable String unit, Period period, @Nullable LocalDate date, @Nullable String procedure) {
    }

    /**
     * One indicator's result.
     *
     * @param measured false when parhub cannot measure it: it scores 0 and stays in the maximum
     * @param value the measured value (percent, or average out of 18); null when not measured or nothing to measure
     * @param numerator what was counted (for EVALUATION_AVERAGE: the sum of totals)
     * @param denominator out of how many (for EVALUATION_AVERAGE: the number of evaluations)
     * @param rule how points follow from the value, e.g. {@code linear} or {@code thresholds 80:1, 50:0.5}
     */
    record IndicatorScore(String code, Group group, String name, String nameEn, Metric metric, double maxPoints,
            String rule, boolean measured, @Nullable Double value, long numerator, long denominator, double points) {
    }

    /** A group's points out of its maximum; {@code measurableMax} is the part parhub can measure. */
    record GroupScore(Group group, double points, int max, double measurableMax) {
    }

    /** One agency of the unit that handled dossiers in the period, with its own index. */
    record AgencyScore(int rank, String agencyCode, String agencyName, long dossiers, double total,
            List<GroupScore> groups) {
    }

    /**
     * The index of a unit for one period.
     *
     * @param to the last day of the period (the figures stop at {@code takenAt} when the period is not over)
     * @param total points out of 100; {@code measurableMax} of them can be measured by parhub
     */
    record Result(@Nullable String unit, String unitName, Period period, LocalDate from, LocalDate to,
            LocalDateTime takenAt, String indicatorSet, String indicatorSetName, double total, double measurableMax,
            List<GroupScore> groups, List<IndicatorScore> indicators, List<AgencyScore> ranking) {
    }

    /** One past period of the history. */
    record HistoryPoint(LocalDate from, LocalDate to, double total, List<GroupScore> groups) {
    }

    /** The last periods, oldest first, each computed like {@link #compute}. */
    record History(@Nullable String unit, String unitName, Period period, LocalDateTime takenAt,
            List<HistoryPoint> points) {
    }

    Result compute(Request request);

    /** The {@code count} periods ending with the one containing {@code request.date()}, oldest first. */
    History history(Request request, int count);
}
