package io.parhub.parindex;

import io.parhub.dossier.DossierStatistics;
import io.parhub.dossier.DossierStatistics.GroupBy;
import io.parhub.dossier.DossierStatistics.Query;
import io.parhub.dossier.Figures;
import io.parhub.feedback.Feedbacks;
import io.parhub.org.Agencies;
import io.parhub.planning.Plans;
import io.parhub.survey.SatisfactionIndex;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The rates COMPUTED and SURVEY criteria take their points from, read through the other modules' public APIs for the
 * unit's agency subtree and the calendar year: DOSSIER_ON_TIME_RATE (resolved on time out of resolved),
 * DOSSIER_ONLINE_SHARE (received online out of new), SIPAS_RATE (the unit's satisfaction in the survey module),
 * FEEDBACK_ANSWERED_ON_TIME (feedback forwarded to the unit whose answer was due in the year, answered by its due day;
 * one still awaited before its due day not counted) and PLAN_ISSUED_ON_TIME (the unit's own PAR plan of the year:
 * 100 issued on time, 50 issued late, 0 not issued once due — as the demo guidance scores 1, 0.5 and 0).
 * Empty when there is nothing to measure (a year not begun, no dossiers, no survey, a metric parhub does not hold
 * such as LEADER_SURVEY): the council then enters the score.
 */
@Component
public class ComputedMetrics {

    public static final String ON_TIME = "DOSSIER_ON_TIME_RATE";
    public static final String ONLINE = "DOSSIER_ONLINE_SHARE";
    public static final String SIPAS = "SIPAS_RATE";
    public static final String FEEDBACK_ON_TIME = "FEEDBACK_ANSWERED_ON_TIME";
    public static final String PLAN_ON_TIME = "PLAN_ISSUED_ON_TIME";
    /** Every metric a COMPUTED or SURVEY criterion can name. */
    public static final List<String> ALL = List.of(ON_TIME, ONLINE, SIPAS, FEEDBACK_ON_TIME, PLAN_ON_TIME);

    private final DossierStatistics statistics;
    private final SatisfactionIndex satisfaction;
    private final Agencies agencies;
    private final Feedbacks feedbacks;
    private final Plans plans;
    private final Clock clock;

    public ComputedMetrics(DossierStatistics statistics, SatisfactionIndex satisfaction, Agencies agencies,
            Feedbacks feedbacks, Plans plans, Clock clock) {
        this.feedbacks = feedbacks;
        this.plans = plans;
        this.agencies = agencies;
        this.statistics = statistics;
        this.satisfaction = satisfaction;
        this.clock = clock;
    }

    /** The rate in percent of {@code metric} for the agency {@code unitCode} in {@code year}. */
    public Optional<BigDecimal> rate(String metric, String unitCode, int year) {
        // a year that has not begun has nothing to measure yet
        if (LocalDate.of(year, 1, 1).isAfter(LocalDate.now(clock))) {
            return Optional.empty();
        }
        // a unit the registry does not hold on the first or last day of the year has no dossiers to measure
        if (agencies.byCode(unitCode, LocalDate.of(year, 1, 1)).isEmpty()
                && agencies.byCode(unitCode, LocalDate.of(year, 12, 31)).isEmpty()) {
            return Optional.empty();
        }
        return measure(metric, unitCode, year);
    }

    private Optional<BigDecimal> measure(String metric, String unitCode, int year) {
        return switch (metric) {
            case ON_TIME -> Optional.ofNullable(figures(unitCode, year).onTimeRate()).map(BigDecimal::valueOf);
            case ONLINE -> Optional.ofNullable(figures(unitCode, year).onlineRate()).map(BigDecimal::valueOf);
            case SIPAS -> satisfaction.forUnit(unitCode, year).map(SatisfactionIndex.UnitSatisfaction::rate);
            case FEEDBACK_ON_TIME -> feedbacks.answerTimeliness(agencies.subtree(unitCode, LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31)), LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31), LocalDate.now(clock)).rate();
            case PLAN_ON_TIME -> planIssued(unitCode, year);
            default -> Optional.empty();
        };
    }

    private Optional<BigDecimal> planIssued(String unitCode, int year) {
        return plans.tally(year, LocalDate.now(clock)).rows().stream().filter(r -> r.agencyCode().equals(unitCode))
                .findFirst().flatMap(r -> switch (r.state()) {
                    case ISSUED_ON_TIME -> Optional.of(new BigDecimal("100"));
                    case ISSUED_LATE -> Optional.of(new BigDecimal("50"));
                    case NOT_ISSUED_LATE -> Optional.of(BigDecimal.ZERO);
                    case NOT_ISSUED_YET -> Optional.<BigDecimal>empty();
                });
    }

    private Figures figures(String unitCode, int year) {
        return statistics.report(new Query(unitCode, null, null, null, null, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), GroupBy.NONE, null)).total();
    }
}
