package io.parhub.dossier.evaluation;

import io.parhub.account.AccessPolicy;
import io.parhub.account.CurrentStaff;
import io.parhub.account.Role;
import io.parhub.dossier.Dossier;
import io.parhub.dossier.DossierView;
import io.parhub.dossier.Dossiers;
import io.parhub.dossier.PublicTracking;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores evaluations as facts (one row per dossier, one per score) and summarises them in SQL. */
@Service
class EvaluationService implements DossierEvaluations {

    /** States in which the dossier's handling is over and the citizen can judge it. */
    static final Set<Dossier.Status> FINISHED = EnumSet.of(Dossier.Status.DELIVERED, Dossier.Status.REFUSED,
            Dossier.Status.REFUSED_AT_RECEPTION, Dossier.Status.WITHDRAWN);

    private static final String SCHEME_ON = """
            select code, name, label, legal_basis, provincial, valid_from, valid_to from dossier_evaluation_scheme
            where valid_from <= :day and (valid_to is null or valid_to >= :day) order by valid_from desc limit 1
            """;

    /** The band of an average (:avg) under :scheme on :day: the highest lower bound not above it. */
    private static final String BAND_OF = """
            select b.code, b.name_vi, b.name_en, b.min_total from dossier_evaluation_band b
            where b.scheme_code = :scheme and b.valid_from <= :day and (b.valid_to is null or b.valid_to >= :day)
              and b.min_total <= %s
            order by b.min_total desc limit 1
            """;

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final AccessPolicy access;
    private final Agencies agencies;
    private final AuditTrail audit;

    EvaluationService(JdbcClient jdbc, Dossiers dossiers, AccessPolicy access, Agencies agencies, AuditTrail audit) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.access = access;
        this.agencies = agencies;
        this.audit = audit;
    }

    @Override
    @Transactional
    public EvaluationView evaluateByCitizen(String code, String check, Map<Integer, Integer> scores,
            LocalDateTime at) {
        PublicTracking tracked = dossiers.track(code, check).orElseThrow(() -> DomainException.notFound(
                "dossier-not-found", "dossier.problem.not-found", code));
        return record(tracked.code(), tracked.status(), scores, "PUBLIC", "citizen", at);
    }

    @Override
    @Transactional
    public EvaluationView evaluateAtCounter(String code, Map<Integer, Integer> scores, LocalDateTime at) {
        CurrentStaff staff = access.current().orElseThrow(() -> DomainException.forbidden(
                "dossier-evaluation-role", "dossier-evaluation.problem.role"));
        if (!staff.has(Role.COUNTER_OFFICER)) {
            throw DomainException.forbidden("dossier-evaluation-role", "dossier-evaluation.problem.role");
        }
        DossierView d = dossiers.find(code).orElseThrow(() -> DomainException.notFound("dossier-not-found",
                "dossier.problem.not-found", code));
        return record(d.code(), d.status(), scores, "COUNTER", staff.username(), at);
    }

    private EvaluationView record(String code, String status, Map<Integer, Integer> scores, String channel,
            String actor, LocalDateTime at) {
        if (FINISHED.stream().noneMatch(s -> s.name().equals(status))) {
            throw DomainException.conflict("dossier-evaluation-not-finished",
                    "dossier-evaluation.problem.not-finished", code, status);
        }
        EvaluationScheme scheme = scheme(at.toLocalDate());
        SortedMap<Integer, Integer> checked = validate(scheme, scores);
        Map<String, Object> dossier = jdbc.sql("select id, handling_agency_id from dossier where code = :code")
                .param("code", code).query().singleRow();
        Optional<Long> id = jdbc.sql("""
                insert into dossier_evaluation (dossier_id, dossier_code, agency_id, scheme_code, dossier_status,
                    channel, recorded_by, evaluated_at)
                values (:dossier, :code, :agency, :scheme, :status, :channel, :actor, :at)
                on conflict (dossier_id) do nothing returning id
                """).param("dossier", dossier.get("id")).param("code", code)
                .param("agency", dossier.get("handling_agency_id")).param("scheme", scheme.code())
                .param("status", status).param("channel", channel).param("actor", actor).param("at", at)
                .query(Long.class).optional();
        if (id.isEmpty()) {
            throw DomainException.conflict("dossier-evaluation-duplicate", "dossier-evaluation.problem.duplicate",
                    code);
        }
        for (Map.Entry<Integer, Integer> s : checked.entrySet()) {
            jdbc.sql("""
                    insert into dossier_evaluation_score (evaluation_id, scheme_code, number, score)
                    values (:evaluation, :scheme, :number, :score)
                    """).param("evaluation", id.get()).param("scheme", scheme.code()).param("number", s.getKey())
                    .param("score", s.getValue()).update();
        }
        int total = checked.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("scheme", scheme.code());
        details.put("channel", channel);
        details.put("total", total);
        details.put("scores", checked);
        details.put("dossierStatus", status);
        audit.record(actor, "dossier.evaluated", "dossier", code, details);
        return new EvaluationView(code, scheme.code(), scheme.label(), checked, total, channel, at);
    }

    /** Every indicator of the scheme exactly once, each 0–2; otherwise a 400 naming what is wrong. */
    private static SortedMap<Integer, Integer> validate(EvaluationScheme scheme, Map<Integer, Integer> scores) {
        Set<Integer> known = scheme.indicators().stream().map(EvaluationScheme.Indicator::number)
                .collect(Collectors.toSet());
        List<Integer> unknown = scores.keySet().stream().filter(n -> !known.contains(n)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw DomainException.invalid("dossier-evaluation-unknown-indicator",
                    "dossier-evaluation.problem.unknown-indicator", join(unknown), scheme.code());
        }
        List<Integer> missing = known.stream().filter(n -> scores.get(n) == null).sorted().toList();
        if (!missing.isEmpty()) {
            throw DomainException.invalid("dossier-evaluation-indicator-missing",
                    "dossier-evaluation.problem.indicator-missing", join(missing));
        }
        SortedMap<Integer, Integer> checked = new TreeMap<>();
        for (Map.Entry<Integer, Integer> s : new TreeMap<>(scores).entrySet()) {
            if (s.getValue() < 0 || s.getValue() > 2) {
                throw DomainException.invalid("dossier-evaluation-score-range",
                        "dossier-evaluation.problem.score-range", s.getKey(), s.getValue());
            }
            checked.put(s.getKey(), s.getValue());
        }
        return checked;
    }

    private static String join(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EvaluationView> find(String code) {
        if (dossiers.find(code).isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select e.id, e.dossier_code, e.scheme_code, s.label, e.channel, e.evaluated_at
                from dossier_evaluation e join dossier_evaluation_scheme s on s.code = e.scheme_code
                where e.dossier_code = :code
                """).param("code", code).query((rs, n) -> {
                    SortedMap<Integer, Integer> scores = new TreeMap<>();
                    jdbc.sql("select number, score from dossier_evaluation_score where evaluation_id = :id")
                            .param("id", rs.getLong("id")).query((r, i) -> scores.put(r.getInt(1), r.getInt(2)))
                            .list();
                    return new EvaluationView(rs.getString("dossier_code"), rs.getString("scheme_code"),
                            rs.getString("label"), scores, scores.values().stream().mapToInt(Integer::intValue).sum(),
                            rs.getString("channel"), rs.getTimestamp("evaluated_at").toLocalDateTime());
                }).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public EvaluationSummary summary(String agencyCode, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw DomainException.invalid("dossier-evaluation-period", "dossier-evaluation.problem.period",
                    from.toString(), to.toString());
        }
        Agency agency = agencies.byCode(agencyCode, to).orElseThrow(() -> DomainException.notFound(
                "dossier-evaluation-unknown-agency", "dossier-evaluation.problem.unknown-agency", agencyCode));
        access.requireRead(agency.id());
        EvaluationScheme scheme = scheme(to);
        String evaluated = """
                from dossier_evaluation e join dossier_evaluation_score s on s.evaluation_id = e.id
                where e.agency_id = :agency and e.evaluated_at >= :from and e.evaluated_at < :until
                """;
        record Totals(long count, @Nullable BigDecimal average, @Nullable EvaluationBand band) {
        }
        Totals totals = jdbc.sql("with totals as (select e.id, sum(s.score) as total " + evaluated
                + " group by e.id), agg as (select count(*) as n, avg(total) as average from totals) "
                + "select agg.n, round(agg.average, 2) as average, b.code, b.name_vi, b.name_en, b.min_total "
                + "from agg left join lateral (" + BAND_OF.formatted("agg.average") + ") b on true")
                .param("agency", agency.id()).param("from", from.atStartOfDay())
                .param("until", to.plusDays(1).atStartOfDay()).param("scheme", scheme.code()).param("day", to)
                .query((rs, n) -> new Totals(rs.getLong("n"), rs.getBigDecimal("average"),
                        rs.getString("code") == null ? null : new EvaluationBand(rs.getString("code"),
                                rs.getString("name_vi"), rs.getString("name_en"), rs.getBigDecimal("min_total"))))
                .single();
        List<EvaluationSummary.IndicatorAverage> indicators = jdbc.sql("select s.number, min(i.title) as title, "
                + "round(avg(s.score), 2) as average " + evaluated.replace("where",
                        "join dossier_evaluation_indicator i on i.scheme_code = s.scheme_code and i.number = s.number "
                                + "where") + " group by s.number order by s.number")
                .param("agency", agency.id()).param("from", from.atStartOfDay())
                .param("until", to.plusDays(1).atStartOfDay())
                .query((rs, n) -> new EvaluationSummary.IndicatorAverage(rs.getInt("number"), rs.getString("title"),
                        rs.getBigDecimal("average"))).list();
        return new EvaluationSummary(agency.code(), agency.name(), from, to, scheme.code(), scheme.label(),
                totals.count(), totals.average(), indicators, totals.band());
    }

    @Override
    @Transactional(readOnly = true)
    public EvaluationScheme scheme(LocalDate day) {
        record Head(String code, String name, String label, String legalBasis, boolean provincial, LocalDate from,
                @Nullable LocalDate to) {
        }
        Head head = jdbc.sql(SCHEME_ON).param("day", day).query((rs, n) -> new Head(rs.getString("code"),
                rs.getString("name"), rs.getString("label"), rs.getString("legal_basis"), rs.getBoolean("provincial"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))
                .optional().orElseThrow(() -> DomainException.conflict("dossier-evaluation-no-scheme",
                        "dossier-evaluation.problem.no-scheme", day.toString()));
        List<EvaluationScheme.Indicator> indicators = new ArrayList<>(jdbc.sql("""
                select number, title, score_2, score_1, score_0, source from dossier_evaluation_indicator
                where scheme_code = :scheme order by number
                """).param("scheme", head.code()).query((rs, n) -> new EvaluationScheme.Indicator(rs.getInt(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))).list());
        return new EvaluationScheme(head.code(), head.name(), head.label(), head.legalBasis(), head.provincial(),
                head.from(), head.to(), 2 * indicators.size(), List.copyOf(indicators));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EvaluationBand> band(BigDecimal averageTotal, LocalDate day) {
        EvaluationScheme scheme = scheme(day);
        return jdbc.sql(BAND_OF.formatted(":average")).param("scheme", scheme.code()).param("day", day)
                .param("average", averageTotal)
                .query((rs, n) -> new EvaluationBand(rs.getString("code"), rs.getString("name_vi"),
                        rs.getString("name_en"), rs.getBigDecimal("min_total"))).optional();
    }
}
