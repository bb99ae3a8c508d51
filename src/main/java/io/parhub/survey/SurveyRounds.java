package io.parhub.survey;

import io.parhub.dossier.CompletedDossiers;
import io.parhub.dossier.CompletedDossiers.Completed;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import io.parhub.survey.store.RoundStore;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey rounds: creation with their method (PAR office), the reproducible sample of delivered dossiers per unit,
 * and the invitations with one-time tokens, issued when they are printed.
 */
@Service
public class SurveyRounds {

    /** What a new round needs; {@code units} are agency codes (empty: every agency directly under the scope). */
    public record NewRound(int year, String title, String scopeCode, List<String> units, long questionnaireId,
            LocalDate periodFrom, LocalDate periodTo, int sampleSize, @Nullable Long seed, SurveyMethod method) {
    }

    /** A printed invitation: the token is shown once, on the sheet, and only its hash is kept. */
    public record Issued(String unitCode, String dossierCode, boolean hasPhone, String token) {
    }

    private final RoundStore rounds;
    private final Questionnaires questionnaires;
    private final Agencies agencies;
    private final CompletedDossiers completed;
    private final SurveyAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SurveyRounds(RoundStore rounds, Questionnaires questionnaires, Agencies agencies, CompletedDossiers completed,
            SurveyAccess access, AuditTrail audit, Clock clock) {
        this.rounds = rounds;
        this.questionnaires = questionnaires;
        this.agencies = agencies;
        this.completed = completed;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public List<SurveyRound> all() {
        return rounds.all();
    }

    public SurveyRound find(long id) {
        return rounds.byId(id).orElseThrow(() -> DomainException.notFound("survey-round-not-found",
                "survey.error.round-not-found", id));
    }

    /** Units are the agencies in force on the last day of the period. */
    @Transactional
    public SurveyRound create(NewRound n) {
        String actor = access.requireOffice();
        validate(n);
        questionnaires.find(n.questionnaireId());
        Agency scope = agencies.byCode(n.scopeCode().strip(), n.periodTo()).orElseThrow(() ->
                DomainException.invalid("survey-round-invalid", "survey.error.unknown-agency", n.scopeCode()));
        List<SurveyRound.Unit> units = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>(n.units().stream().map(String::strip).filter(s -> !s.isEmpty())
                .toList());
        if (codes.isEmpty()) {
            agencies.all(n.periodTo()).stream().filter(a -> Long.valueOf(scope.id()).equals(a.parentId()))
                    .forEach(a -> units.add(new SurveyRound.Unit(a.code(), a.id(), a.name())));
        }
        for (String code : codes) {
            Agency a = agencies.byCode(code, n.periodTo()).orElseThrow(() ->
                    DomainException.invalid("survey-round-invalid", "survey.error.unknown-agency", code));
            units.add(new SurveyRound.Unit(a.code(), a.id(), a.name()));
        }
        if (units.isEmpty()) {
            throw DomainException.invalid("survey-round-invalid", "survey.error.no-units");
        }
        long seed = n.seed() != null ? n.seed() : random.nextLong();
        SurveyRound round = new SurveyRound(0, n.year(), n.title().strip(), scope.code(), n.questionnaireId(),
                n.periodFrom(), n.periodTo(), n.sampleSize(), seed, n.method(), null, units);
        long id = rounds.insert(round, actor);
        audit.record(actor, "survey.round-created", "survey_round", String.valueOf(id), Map.of("year", n.year(),
                "scope", scope.code(), "units", units.size(), "questionnaire", n.questionnaireId(),
                "sampleSize", n.sampleSize(), "seed", seed, "method", n.method().toString()));
        return find(id);
    }

    private static void validate(NewRound n) {
        SurveyMethod m = n.method();
        if (n.title().isBlank()) {
            throw DomainException.invalid("survey-round-invalid", "survey.error.title-required");
        }
        if (n.year() < 2000 || n.year() > 2100 || n.periodTo().isBefore(n.periodFrom()) || n.sampleSize() < 1) {
            throw DomainException.invalid("survey-round-invalid", "survey.error.round-fields");
        }
        if (m.satisfiedLevels().isEmpty() || m.satisfiedLevels().stream().anyMatch(l -> l < 1 || l > 5)
                || m.parts().isEmpty() || m.minResponses() < 1 || m.targetRate().signum() < 0
                || m.targetRate().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw DomainException.invalid("survey-round-invalid", "survey.error.method");
        }
    }

    /**
     * Draws the sample once: per unit (in the round's order), the delivered dossiers of the period whose handling
     * or receiving agency lies in the unit's subtree, minus those an earlier unit already drew, then
     * {@link Sampling#pick} of the sample size. A second run is a 409.
     *
     * @return the number of invitations per unit
     */
    @Transactional
    public Map<String, Integer> sample(long roundId) {
        String actor = access.requireOffice();
        SurveyRound round = find(roundId);
        if (!rounds.markSampled(roundId, clock.instant())) {
            throw DomainException.conflict("survey-already-sampled", "survey.error.already-sampled");
        }
        List<Agency> inForce = new ArrayList<>(agencies.all(round.periodFrom()));
        inForce.addAll(agencies.all(round.periodTo()));
        Set<String> taken = new HashSet<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SurveyRound.Unit unit : round.units()) {
            String marker = "/" + unit.agencyId() + "/";
            Set<Long> subtree = inForce.stream().filter(a -> a.path().contains(marker)).map(Agency::id)
                    .collect(Collectors.toSet());
            subtree.add(unit.agencyId());
            Map<String, Completed> frame = completed.completed(subtree, round.periodFrom(), round.periodTo())
                    .stream().filter(c -> !taken.contains(c.code()))
                    .collect(Collectors.toMap(Completed::code, Function.identity(), (a, b) -> a,
                            LinkedHashMap::new));
            List<String> picked = Sampling.pick(List.copyOf(frame.keySet()), round.seed(), unit.code(),
                    round.sampleSize());
            for (String code : picked) {
                rounds.insertInvitation(roundId, unit.code(), code, frame.get(code).hasPhone());
                taken.add(code);
            }
            counts.put(unit.code(), picked.size());
        }
        audit.record(actor, "survey.round-sampled", "survey_round", String.valueOf(roundId),
                Map.of("seed", round.seed(), "invitations", counts));
        return counts;
    }

    public List<RoundStore.Invitation> invitations(long roundId, @Nullable String unitCode) {
        return rounds.invitations(roundId, unitCode);
    }

    /**
     * Issues a new token to every unused invitation of a unit, for the printed sheet; a token printed before stops
     * working (only the newest hash is kept).
     */
    @Transactional
    public List<Issued> issue(long roundId, String unitCode) {
        SurveyRound round = find(roundId);
        SurveyRound.Unit unit = round.unit(unitCode).orElseThrow(() -> DomainException.notFound(
                "survey-unit-not-found", "survey.error.unit-not-in-round", unitCode));
        String actor = access.requireUnit(unit.agencyId());
        List<Issued> issued = new ArrayList<>();
        for (RoundStore.Invitation inv : rounds.invitations(roundId, unitCode)) {
            if (inv.usedAt() != null) {
                continue;
            }
            String token = Tokens.next();
            if (rounds.issue(inv.id(), Tokens.hash(token), clock.instant())) {
                issued.add(new Issued(unitCode, inv.dossierCode(), inv.hasPhone(), token));
            }
        }
        audit.record(actor, "survey.invitations-issued", "survey_round", String.valueOf(roundId),
                Map.of("unit", unitCode, "count", issued.size()));
        return issued;
    }
}
