package io.parhub.survey.store;

import io.parhub.survey.Part;
import io.parhub.survey.Question;
import io.parhub.survey.Questionnaire;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Questionnaire versions and their questions. Rows are only inserted: a version never changes. */
@Repository
public class QuestionnaireStore {

    private final JdbcClient jdbc;

    public QuestionnaireStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A question to insert (its id is given by the database). */
    public record NewQuestion(int number, Part part, String groupCode, String groupName, String text) {
    }

    public long insert(String code, int version, LocalDate validFrom, String title, @Nullable String source,
            List<String> scaleLabels, @Nullable Long basedOn, String createdBy, List<NewQuestion> questions) {
        long id = jdbc.sql("""
                insert into survey_questionnaire (code, version, valid_from, title, source, scale_labels, based_on,
                    created_by)
                values (:code, :version, :validFrom, :title, :source, :labels, :basedOn, :by) returning id""")
                .param("code", code).param("version", version).param("validFrom", validFrom).param("title", title)
                .param("source", source).param("labels", scaleLabels.toArray(String[]::new))
                .param("basedOn", basedOn).param("by", createdBy).query(Long.class).single();
        for (NewQuestion q : questions) {
            jdbc.sql("""
                    insert into survey_question (questionnaire_id, part, group_code, group_name, number, text)
                    values (:id, :part, :groupCode, :groupName, :number, :text)""")
                    .param("id", id).param("part", q.part().name()).param("groupCode", q.groupCode())
                    .param("groupName", q.groupName()).param("number", q.number()).param("text", q.text()).update();
        }
        return id;
    }

    public boolean exists(String code, int version) {
        return jdbc.sql("select count(*) from survey_questionnaire where code = :code and version = :version")
                .param("code", code).param("version", version).query(Long.class).single() > 0;
    }

    public int nextVersion(String code) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from survey_questionnaire where code = :code")
                .param("code", code).query(Integer.class).single();
    }

    public List<Questionnaire> all() {
        return jdbc.sql(SELECT + " order by q.code, q.version").query(this::header).list().stream()
                .map(this::withQuestions).toList();
    }

    public Optional<Questionnaire> byId(long id) {
        return jdbc.sql(SELECT + " where q.id = :id").param("id", id).query(this::header).optional()
                .map(this::withQuestions);
    }

    private static final String SELECT = """
            select q.id, q.code, q.version, q.valid_from, q.title, q.source, q.scale_labels, q.based_on,
                   exists (select 1 from survey_round r where r.questionnaire_id = q.id) as used
            from survey_questionnaire q""";

    private Questionnaire header(ResultSet rs, int n) throws SQLException {
        Long basedOn = rs.getObject("based_on", Long.class);
        return new Questionnaire(rs.getLong("id"), rs.getString("code"), rs.getInt("version"),
                rs.getObject("valid_from", LocalDate.class), rs.getString("title"), rs.getString("source"),
                strings(rs.getArray("scale_labels")), basedOn, List.of(),
                rs.getBoolean("used"));
    }

    private Questionnaire withQuestions(Questionnaire q) {
        List<Question> questions = jdbc.sql("""
                select id, number, part, group_code, group_name, text from survey_question
                where questionnaire_id = :id order by number""")
                .param("id", q.id())
                .query((rs, n) -> new Question(rs.getLong("id"), rs.getInt("number"), Part.valueOf(rs.getString("part")),
                        rs.getString("group_code"), rs.getString("group_name"), rs.getString("text")))
                .list();
        return new Questionnaire(q.id(), q.code(), q.version(), q.validFrom(), q.title(), q.source(),
                q.scaleLabels(), q.basedOn(), questions, q.used());
    }

    static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
