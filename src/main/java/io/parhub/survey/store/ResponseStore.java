package io.parhub.survey.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Answered forms: one response row and one answer row per question (0 = no answer). */
@Repository
public class ResponseStore {

    private final JdbcClient jdbc;

    public ResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored form: its unit and the level per question id. */
    public record Stored(long id, String unitCode, Map<Long, Integer> levels) {
    }

    public long insert(long roundId, String unitCode, String channel, @Nullable Long invitationId,
            @Nullable String enteredBy, Instant at, Map<Long, Integer> levels) {
        long id = jdbc.sql("""
                insert into survey_response (round_id, agency_code, channel, invitation_id, entered_by, submitted_at)
                values (:round, :unit, :channel, :invitation, :by, :at) returning id""")
                .param("round", roundId).param("unit", unitCode).param("channel", channel)
                .param("invitation", invitationId).param("by", enteredBy)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).query(Long.class).single();
        levels.forEach((question, level) -> jdbc.sql("""
                insert into survey_answer (response_id, question_id, value) values (:response, :question, :value)""")
                .param("response", id).param("question", question).param("value", level).update());
        return id;
    }

    /** Every form of a round with its answers, in the order they were stored. */
    public List<Stored> forms(long roundId) {
        Map<Long, String> units = new LinkedHashMap<>();
        Map<Long, Map<Long, Integer>> levels = new HashMap<>();
        jdbc.sql("""
                select r.id, r.agency_code, a.question_id, a.value from survey_response r
                left join survey_answer a on a.response_id = r.id
                where r.round_id = :round order by r.id""")
                .param("round", roundId)
                .query(rs -> {
                    long id = rs.getLong("id");
                    units.putIfAbsent(id, rs.getString("agency_code"));
                    Map<Long, Integer> own = levels.computeIfAbsent(id, k -> new HashMap<>());
                    long question = rs.getLong("question_id");
                    if (!rs.wasNull()) {
                        own.put(question, rs.getInt("value"));
                    }
                });
        return units.entrySet().stream().map(e -> new Stored(e.getKey(), e.getValue(), levels.get(e.getKey())))
                .toList();
    }

    public Map<String, Long> countsByUnit(long roundId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select agency_code, count(*) from survey_response where round_id = :round group by agency_code")
                .param("round", roundId).query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }
}
