package io.parhub.parindex;

import io.parhub.dossier.DossierStatistics;
import io.parhub.dossier.DossierStatistics.GroupBy;
import io.parhub.dossier.DossierStatistics.Query;
import io.parhub.dossier.Figures;
import io.parhub.org.Agencies;
import io.parhub.survey.SatisfactionIndex;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The rates COMPUTED and SURVEY criteria take their points from, read through the other modules' public APIs for the
 * unit's agency subtree and the calendar year: DOSSIER_ON_TIME_RATE (resolved on time out of resolved),
 * DOSSIER_ONLINE_SHARE (received online out of new), SIPAS_RATE (the unit's satisfaction in the survey module).
 * Empty when there is nothing to measure (a year not begun, no dossiers, no survey, a metric parhub does not hold
 * such as LEADER_SURVEY): the council then enters the score.
 */
@Component
public class ComputedMetrics {

    public static final String ON_TIME = "DOSSIER_ON_TIME_RATE";
    public static final String ONLINE = "DOSSIER_ONLINE_SHARE";
    public static final String SIPAS = "SIPAS_RATE";

    private final DossierStatistics statistics;
    private final SatisfactionIndex satisfaction;
    private final Agencies agencies;
    private final Clock clock;

    public ComputedMetrics(DossierStatistics statistics, SatisfactionIndex satisfaction, Agencies agencies,
            Clock clock) {
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
            default -> Optional.empty();
        };
    }

    private Figures figures(String unitCode, int year) {
        return statistics.report(new Query(unitCode, null, null, null, null, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), GroupBy.NONE, null)).total();
    }
}
