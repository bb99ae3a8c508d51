package io.parhub.survey.store;

import io.parhub.survey.Part;
import io.parhub.survey.SurveyMethod;
import io.parhub.survey.SurveyRound;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Survey rounds with their units, and the sampled invitations. */
@Repository
public class RoundStore {

    private final JdbcClient jdbc;

    public RoundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An invitation as the print sheet and the answer form see it. */
    public record Invitation(long id, long roundId, String unitCode, String dossierCode, boolean hasPhone,
            @Nullable Instant issuedAt, @Nullable Instant usedAt) {
    }

    public long insert(SurveyRound r, String createdBy) {
        SurveyMethod m = r.method();
        long id = jdbc.sql("""
                insert into survey_round (year, title, scope_code, questionnaire_id, period_from, period_to,
                    sample_size, seed, satisfied_levels, parts, min_responses, target_rate, weighting, created_by)
                values (:year, :title, :scope, :questionnaire, :from, :to, :size, :seed, :levels, :parts, :min,
                    :target, :weighting, :by) returning id""")
                .param("year", r.year()).param("title", r.title()).param("scope", r.scopeCode())
                .param("questionnaire", r.questionnaireId()).param("from", r.periodFrom()).param("to", r.periodTo())
                .param("size", r.sampleSize()).param("seed", r.seed())
                .param("levels", m.levels().toArray(Integer[]::new))
                .param("parts", m.parts().stream().map(Part::name).sorted().toArray(String[]::new))
                .param("min", m.minResponses()).param("target", m.targetRate()).param("weighting", m.weighting().name())
                .param("by", createdBy).query(Long.class).single();
        int position = 0;
        for (SurveyRound.Unit u : r.units()) {
            jdbc.sql("""
                    insert into survey_round_unit (round_id, position, agency_code, agency_id, agency_name)
                    values (:round, :position, :code, :agency, :name)""")
                    .param("round", id).param("position", position++).param("code", u.code())
                    .param("agency", u.agencyId()).param("name", u.name()).update();
        }
        return id;
    }

    private static final String SELECT = """
            select id, year, title, scope_code, questionnaire_id, period_from, period_to, sample_size, seed,
                   satisfied_levels, parts, min_responses, target_rate, weighting, sampled_at
            from survey_round""";

    public Optional<SurveyRound> byId(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::round).optional();
    }

    public List<SurveyRound> all() {
        return jdbc.sql(SELECT + " order by year desc, id desc").query(this::round).list();
    }

    /** The latest round of {@code year} with scope {@code scope}. */
    public Optional<SurveyRound> latestWithScope(String scope, int year) {
        return jdbc.sql(SELECT + " where scope_code = :scope and year = :year order by id desc limit 1")
                .param("scope", scope).param("year", year).query(this::round).optional();
    }

    /** The latest round of {@code year} that surveyed {@code unitCode}. */
    public Optional<SurveyRound> latestWithUnit(String unitCode, int year) {
        return jdbc.sql(SELECT + " " + """
                 where year = :year and exists (select 1 from survey_round_unit u
                    where u.round_id = survey_round.id and u.agency_code = :unit)
                 order by id desc limit 1""")
                .param("unit", unitCode).param("year", year).query(this::round).optional();
    }

    /** Marks the round sampled; false when it already was (a concurrent sampling won). */
    public boolean markSampled(long id, Instant at) {
        return jdbc.sql("update survey_round set sampled_at = :at where id = :id and sampled_at is null")
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("id", id).update() == 1;
    }

    public void insertInvitation(long roundId, String unitCode, String dossierCode, boolean hasPhone) {
        jdbc.sql("""
                insert into survey_invitation (round_id, agency_code, dossier_code, has_phone)
                values (:round, :unit, :dossier, :phone)""")
                .param("round", roundId).param("unit", unitCode).param("dossier", dossierCode)
                .param("phone", hasPhone).update();
    }

    public List<Invitation> invitations(long roundId, @Nullable String unitCode) {
        return jdbc.sql("""
                select id, round_id, agency_code, dossier_code, has_phone, issued_at, used_at from survey_invitation
                where round_id = :round and (cast(:unit as text) is null or agency_code = :unit)
                order by agency_code, dossier_code""")
                .param("round", roundId).param("unit", unitCode).query(this::invitation).list();
    }

    /** Gives an unused invitation a new token hash (a re-print makes the earlier token stop working). */
    public boolean issue(long invitationId, String tokenHash, Instant at) {
        return jdbc.sql("""
                update survey_invitation set token_hash = :hash, issued_at = :at
                where id = :id and used_at is null""")
                .param("hash", tokenHash).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("id", invitationId).update() == 1;
    }

    public Optional<Invitation> byTokenHash(String tokenHash) {
        return jdbc.sql("""
                select id, round_id, agency_code, dossier_code, has_phone, issued_at, used_at from survey_invitation
                where token_hash = :hash""")
                .param("hash", tokenHash).query(this::invitation).optional();
    }

    /** Uses the token once: true for the one caller that marks it used. */
    public boolean use(long invitationId, Instant at) {
        return jdbc.sql("update survey_invitation set used_at = :at where id = :id and used_at is null")
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("id", invitationId).update() == 1;
    }

    private Invitation invitation(ResultSet rs, int n) throws SQLException {
        return new Invitation(rs.getLong("id"), rs.getLong("round_id"), rs.getString("agency_code"),
                rs.getString("dossier_code"), rs.getBoolean("has_phone"), instant(rs, "issued_at"),
                instant(rs, "used_at"));
    }

    private SurveyRound round(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        Set<Integer> levels = Arrays.stream((Integer[]) rs.getArray("satisfied_levels").getArray())
                .collect(Collectors.toSet());
        Set<Part> parts = Arrays.stream((String[]) rs.getArray("parts").getArray()).map(Part::valueOf)
                .collect(Collectors.toSet());
        SurveyMethod method = new SurveyMethod(levels, parts, rs.getInt("min_responses"),
                rs.getObject("target_rate", BigDecimal.class).stripTrailingZeros(),
                SurveyMethod.Weighting.valueOf(rs.getString("weighting")));
        List<SurveyRound.Unit> units = jdbc.sql("""
                select agency_code, agency_id, agency_name from survey_round_unit where round_id = :id
                order by position""")
                .param("id", id)
                .query((u, i) -> new SurveyRound.Unit(u.getString("agency_code"), u.getLong("agency_id"),
                        u.getString("agency_name")))
                .list();
        return new SurveyRound(id, rs.getInt("year"), rs.getString("title"), rs.getString("scope_code"),
                rs.getLong("questionnaire_id"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getInt("sample_size"), rs.getLong("seed"), method,
                instant(rs, "sampled_at"), units);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
