package io.parhub.parindex.store;

import io.parhub.parindex.Cycle;
import io.parhub.parindex.CycleStatus;
import io.parhub.parindex.Entry;
import io.parhub.parindex.Evidence;
import io.parhub.parindex.Score;
import io.parhub.parindex.UnitGroup;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cycles, the units in them, their scores and evidence. Writes of versioned rows check the version. */
@Repository
public class CycleStore {

    private final JdbcClient jdbc;

    public CycleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Cycle> cycle(int year) {
        return jdbc.sql("select * from parindex_cycle where year = ?").param(year).query(CycleStore::cycle).optional();
    }

    public Optional<Cycle> cycleById(long id) {
        return jdbc.sql("select * from parindex_cycle where id = ?").param(id).query(CycleStore::cycle).optional();
    }

    public List<Cycle> cycles() {
        return jdbc.sql("select * from parindex_cycle order by year desc").query(CycleStore::cycle).list();
    }

    public long insertCycle(int year, LocalDate scopeDate, LocalDate selfDeadline, @Nullable LocalDate explanation,
            Instant at, String actor) {
        return jdbc.sql("insert into parindex_cycle (year, status, scope_date, self_deadline, explanation_deadline, "
                + "opened_at, opened_by) values (?, 'OPEN', ?, ?, ?, ?, ?) returning id").param(year).param(scopeDate)
                .param(selfDeadline).param(explanation).param(Timestamp.from(at)).param(actor).query(Long.class)
                .single();
    }

    /** Moves the cycle on; false when someone changed it first. */
    /** Whether a unit of the year is scored on a criteria set marked illustrative (demo data). */
    public boolean usesIllustrativeSet(int year) {
        return jdbc.sql("""
                select exists (select 1 from parindex_entry e join parindex_cycle c on c.id = e.cycle_id
                               join parindex_criteria_set s on s.id = e.set_id
                               where c.year = :year and s.illustrative)""").param("year", year)
                .query(Boolean.class).single();
    }

    public boolean updateStatus(long id, int version, CycleStatus status, @Nullable Instant at, String actor) {
        String extra = switch (status) {
            case LOCKED -> ", locked_at = :at";
            case PUBLISHED -> ", published_at = :at, published_by = :actor";
            default -> "";
        };
        return jdbc.sql("update parindex_cycle set status = :status, version = version + 1" + extra
                + " where id = :id and version = :version").param("status", status.name())
                .param("at", at == null ? null : Timestamp.from(at)).param("actor", actor).param("id", id)
                .param("version", version).update() == 1;
    }

    public long insertEntry(long cycleId, String code, String name, @Nullable Long agencyId, UnitGroup group,
            long setId, boolean ranked, @Nullable String reason) {
        return jdbc.sql("insert into parindex_entry (cycle_id, unit_code, unit_name, agency_id, unit_group, set_id, "
                + "ranked, exclusion_reason) values (?, ?, ?, ?, ?, ?, ?, ?) returning id").param(cycleId).param(code)
                .param(name).param(agencyId).param(group.name()).param(setId).param(ranked).param(reason)
                .query(Long.class).single();
    }

    public List<Entry> entries(long cycleId) {
        return jdbc.sql("select * from parindex_entry where cycle_id = ? order by unit_group, unit_name")
                .param(cycleId).query(CycleStore::entry).list();
    }

    public Optional<Entry> entry(long id) {
        return jdbc.sql("select * from parindex_entry where id = ?").param(id).query(CycleStore::entry).optional();
    }

    public List<Entry> entriesOfAgency(long agencyId) {
        return jdbc.sql("select e.* from parindex_entry e join parindex_cycle c on c.id = e.cycle_id "
                + "where e.agency_id = ? order by c.year desc").param(agencyId).query(CycleStore::entry).list();
    }

    public List<Entry> entriesOfUnit(String unitCode) {
        return jdbc.sql("select e.* from parindex_entry e join parindex_cycle c on c.id = e.cycle_id "
                + "where e.unit_code = ? order by c.year").param(unitCode).query(CycleStore::entry).list();
    }

    public boolean submit(long entryId, int version, Instant at, String actor, boolean late) {
        return jdbc.sql("update parindex_entry set submitted_at = ?, submitted_by = ?, late = ?, version = version + 1 "
                + "where id = ? and version = ?").param(Timestamp.from(at)).param(actor).param(late).param(entryId)
                .param(version).update() == 1;
    }

    public void insertScores(long entryId, List<Long> criterionIds) {
        for (Long c : criterionIds) {
            jdbc.sql("insert into parindex_score (entry_id, criterion_id) values (?, ?) on conflict do nothing")
                    .param(entryId).param(c).update();
        }
    }

    public List<Score> scores(long entryId) {
        return jdbc.sql("select * from parindex_score where entry_id = ?").param(entryId).query(CycleStore::score)
                .list();
    }

    public Optional<Score> score(long entryId, long criterionId) {
        return jdbc.sql("select * from parindex_score where entry_id = ? and criterion_id = ?").param(entryId)
                .param(criterionId).query(CycleStore::score).optional();
    }

    /** Writes every field of the score; false when the version is stale. */
    public boolean update(Score s, int expectedVersion) {
        return jdbc.sql("update parindex_score set self_score = ?, self_comment = ?, evidence_links = ?, "
                + "appraised_score = ?, appraisal_remark = ?, sent_back = ?, explanation = ?, explained_at = ?, "
                + "final_score = ?, updated_at = ?, updated_by = ?, version = version + 1 where id = ? and version = ?")
                .param(s.selfScore()).param(s.selfComment()).param(s.evidenceLinks()).param(s.appraisedScore())
                .param(s.appraisalRemark()).param(s.sentBack()).param(s.explanation())
                .param(s.explainedAt() == null ? null : Timestamp.from(s.explainedAt())).param(s.finalScore())
                .param(Timestamp.from(s.updatedAt())).param(s.updatedBy()).param(s.id()).param(expectedVersion)
                .update() == 1;
    }

    public long insertEvidence(long scoreId, String name, String type, byte[] bytes, String sha256, Instant at,
            String actor) {
        return jdbc.sql("insert into parindex_evidence (score_id, file_name, content_type, size_bytes, sha256, bytes, "
                + "uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id").param(scoreId).param(name)
                .param(type).param(bytes.length).param(sha256).param(bytes).param(Timestamp.from(at)).param(actor)
                .query(Long.class).single();
    }

    public List<Evidence> evidence(long entryId) {
        return jdbc.sql("select v.id, v.score_id, v.file_name, v.content_type, v.size_bytes, v.sha256, v.uploaded_at, "
                + "v.uploaded_by from parindex_evidence v join parindex_score s on s.id = v.score_id "
                + "where s.entry_id = ? order by v.id").param(entryId).query((rs, n) -> new Evidence(rs.getLong(1),
                        rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant(), rs.getString(8))).list();
    }

    public Optional<Evidence> evidenceFile(long id) {
        return jdbc.sql("select id, score_id, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by "
                + "from parindex_evidence where id = ?").param(id).query((rs, n) -> new Evidence(rs.getLong(1),
                        rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant(), rs.getString(8))).optional();
    }

    public byte[] evidenceBytes(long id) {
        return jdbc.sql("select bytes from parindex_evidence where id = ?").param(id).query(byte[].class).single();
    }

    public Optional<Long> entryOfScore(long scoreId) {
        return jdbc.sql("select entry_id from parindex_score where id = ?").param(scoreId).query(Long.class)
                .optional();
    }

    private static Cycle cycle(ResultSet rs, int n) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_at");
        Timestamp published = rs.getTimestamp("published_at");
        java.sql.Date explanation = rs.getDate("explanation_deadline");
        return new Cycle(rs.getLong("id"), rs.getInt("year"), CycleStatus.valueOf(rs.getString("status")),
                rs.getDate("scope_date").toLocalDate(), rs.getDate("self_deadline").toLocalDate(),
                explanation == null ? null : explanation.toLocalDate(), rs.getTimestamp("opened_at").toInstant(),
                rs.getString("opened_by"), locked == null ? null : locked.toInstant(),
                published == null ? null : published.toInstant(), rs.getInt("version"));
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        long agency = rs.getLong("agency_id");
        Long agencyId = rs.wasNull() ? null : agency;
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new Entry(rs.getLong("id"), rs.getLong("cycle_id"), rs.getString("unit_code"),
                rs.getString("unit_name"), agencyId, UnitGroup.valueOf(rs.getString("unit_group")),
                rs.getLong("set_id"), rs.getBoolean("ranked"), rs.getString("exclusion_reason"),
                submitted == null ? null : submitted.toInstant(), rs.getString("submitted_by"), rs.getBoolean("late"),
                rs.getInt("version"));
    }

    private static Score score(ResultSet rs, int n) throws SQLException {
        Timestamp explained = rs.getTimestamp("explained_at");
        BigDecimal self = rs.getBigDecimal("self_score");
        return new Score(rs.getLong("id"), rs.getLong("entry_id"), rs.getLong("criterion_id"), self,
                rs.getString("self_comment"), rs.getString("evidence_links"), rs.getBigDecimal("appraised_score"),
                rs.getString("appraisal_remark"), rs.getBoolean("sent_back"), rs.getString("explanation"),
                explained == null ? null : explained.toInstant(), rs.getBigDecimal("final_score"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), rs.getInt("version"));
    }
}
