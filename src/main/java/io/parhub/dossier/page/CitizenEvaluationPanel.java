package io.parhub.dossier.page;

import io.parhub.dossier.PublicTracking;
import io.parhub.dossier.evaluation.DossierEvaluations;
import io.parhub.dossier.evaluation.EvaluationScheme;
import io.parhub.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the tracking page shows about the citizen's evaluation (Thông tư 01/2018/TT-VPCP Điều 13–15), used by
 * {@code dossier/evaluation-fragments} as {@code @citizenEvaluationPanel}: the form while a finished dossier is not
 * yet evaluated, the total once it is, nothing before the dossier is finished. It is asked only with a
 * {@link PublicTracking}, which exists only when the code and the check matched.
 */
@Component("citizenEvaluationPanel")
public class CitizenEvaluationPanel {

    /** The finished states, as {@code EvaluationService.FINISHED}: delivered, refused (also at reception), withdrawn. */
    private static final Set<String> FINISHED = Set.of("DELIVERED", "REFUSED", "REFUSED_AT_RECEPTION", "WITHDRAWN");

    /**
     * @param scheme the scheme in force today, for the form; null once evaluated or when not finished
     * @param total the stored total; null while not evaluated
     */
    public record Panel(boolean finished, @Nullable EvaluationScheme scheme, @Nullable Integer total, int max) {

        public boolean evaluated() {
            return total != null;
        }

        public boolean open() {
            return finished && total == null && scheme != null;
        }
    }

    private final DossierEvaluations evaluations;
    private final JdbcClient jdbc;
    private final Clock clock;

    CitizenEvaluationPanel(DossierEvaluations evaluations, JdbcClient jdbc, Clock clock) {
        this.evaluations = evaluations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Panel of(PublicTracking tracking) {
        if (!FINISHED.contains(tracking.status())) {
            return new Panel(false, null, null, 0);
        }
        record Stored(int total, int max) {
        }
        Optional<Stored> stored = jdbc.sql("""
                select coalesce(sum(s.score), 0) as total, 2 * count(s.number) as max
                from dossier_evaluation e left join dossier_evaluation_score s on s.evaluation_id = e.id
                where e.dossier_code = :code group by e.id
                """).param("code", tracking.code())
                .query((rs, n) -> new Stored(rs.getInt("total"), rs.getInt("max"))).optional();
        if (stored.isPresent()) {
            return new Panel(true, null, stored.get().total(), stored.get().max());
        }
        try {
            EvaluationScheme scheme = evaluations.scheme(LocalDate.now(clock));
            return new Panel(true, scheme, null, scheme.maxTotal());
        } catch (DomainException noSchemeInForce) {
            return new Panel(true, null, null, 0);
        }
    }
}
