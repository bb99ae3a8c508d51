package io.parhub.planning.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of inspections: plans, teams, visits, findings, recommendations and remediation reports. */
@Repository
class InspectionStore {

    record PlanRow(long id, int year, String number, String title, LocalDate issuedOn, String signer,
            boolean illustrative, int version) {
    }

    record TeamRow(long id, long planId, String name, String leader, String members, int version) {
    }

    record VisitRow(long id, long planId, String agencyCode, LocalDate plannedOn, @Nullable Long teamId, String status,
            @Nullable LocalDate visitedOn, @Nullable String conclusion, int version) {
    }

    record FindingRow(long id, long visitId, String kind, int area, String text) {
    }

    record RecommendationRow(long id, long visitId, @Nullable Long findingId, String text, String responsibleAgency,
            LocalDate deadline, String status, @Nullable LocalDate doneOn, int version) {
    }

    record RemediationRow(long id, long recommendationId, Instant reportedAt, String reportedBy, String whatDone,
            LocalDate doneOn, @Nullable String evidenceLink, @Nullable String decision, @Nullable Instant decidedAt,
            @Nullable String decidedBy, @Nullable String decisionNote) {
    }

    private static final String PLAN = """
            select id, year, number, title, issued_on, signer, illustrative, version from inspection_plan""";
    private static final String VISIT = """
            select id, plan_id, agency_code, planned_on, team_id, status, visited_on, conclusion, version
            from inspection_visit""";
    private static final String RECOMMENDATION = """
            select id, visit_id, finding_id, text, responsible_agency, deadline, status, done_on, version
            from inspection_recommendation""";
    private static final String REMEDIATION = """
            select id, recommendation_id, reported_at, reported_by, what_done, done_on, evidence_link, decision,
                decided_at, decided_by, decision_note from inspection_remediation""";

    private final JdbcClient jdbc;

    InspectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertPlan(int year, String number, String title, LocalDate issuedOn, String signer, boolean illustrative,
            Instant at, String by) {
        return jdbc.sql("""
                insert into inspection_plan (year, number, title, issued_on, signer, illustrative, created_at,
                    created_by, version)
                values (:year, :number, :title, :on, :signer, :illustrative, :at, :by, 0) returning id""")
                .param("year", year).param("number", number).param("title", title).param("on", issuedOn)
                .param("signer", signer).param("illustrative", illustrative).param("at", Timestamp.from(at))
                .param("by", by).query(Long.class).single();
    }

    long insertTeam(long planId, String name, String leader, String members) {
        return jdbc.sql("""
                insert into inspection_team (plan_id, name, leader, members, version)
                values (:p, :name, :leader, :members, 0) returning id""")
                .param("p", planId).param("name", name).param("leader", leader).param("members", members)
                .query(Long.class).single();
    }

    long insertVisit(long planId, String agencyCode, LocalDate plannedOn, @Nullable Long teamId, Instant at) {
        return jdbc.sql("""
                insert into inspection_visit (plan_id, agency_code, planned_on, team_id, status, updated_at, version)
                values (:p, :a, :on, :team, 'PLANNED', :at, 0) returning id""")
                .param("p", planId).param("a", agencyCode).param("on", plannedOn).param("team", teamId)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    /** Records the visit as done if its version is still {@code version}; false otherwise. */
    boolean recordVisit(long id, int version, LocalDate visitedOn, String conclusion, Instant at) {
        return jdbc.sql("""
                update inspection_visit set status = 'DONE', visited_on = :on, conclusion = :conclusion,
                    updated_at = :at, version = version + 1
                where id = :id and version = :version""")
                .param("on", visitedOn).param("conclusion", conclusion).param("at", Timestamp.from(at))
                .param("id", id).param("version", version).update() == 1;
    }

    long insertFinding(long visitId, String kind, int area, String text, Instant at, String by) {
        return jdbc.sql("""
                insert into inspection_finding (visit_id, kind, area, text, created_at, created_by)
                values (:v, :kind, :area, :text, :at, :by) returning id""")
                .param("v", visitId).param("kind", kind).param("area", area).param("text", text)
                .param("at", Timestamp.from(at)).param("by", by).query(Long.class).single();
    }

    long insertRecommendation(long visitId, @Nullable Long findingId, String text, String responsibleAgency,
            LocalDate deadline, Instant at) {
        return jdbc.sql("""
                insert into inspection_recommendation (visit_id, finding_id, text, responsible_agency, deadline,
                    status, created_at, updated_at, version)
                values (:v, :f, :text, :agency, :deadline, 'OPEN', :at, :at, 0) returning id""")
                .param("v", visitId).param("f", findingId).param("text", text).param("agency", responsibleAgency)
                .param("deadline", deadline).param("at", Timestamp.from(at)).query(Long.class).single();
    }

    /** Moves a recommendation on (a report or a decision) if its version is still {@code version}; false otherwise. */
    boolean touchRecommendation(long id, int version, String status, @Nullable LocalDate doneOn, Instant at) {
        return jdbc.sql("""
                update inspection_recommendation set status = :status, done_on = :doneOn, updated_at = :at,
                    version = version + 1
                where id = :id and version = :version""")
                .param("status", status).param("doneOn", doneOn).param("at", Timestamp.from(at)).param("id", id)
                .param("version", version).update() == 1;
    }

    long insertRemediation(long recommendationId, Instant at, String by, String whatDone, LocalDate doneOn,
            @Nullable String evidenceLink) {
        return jdbc.sql("""
                insert into inspection_remediation (recommendation_id, reported_at, reported_by, what_done, done_on,
                    evidence_link)
                values (:r, :at, :by, :what, :on, :link) returning id""")
                .param("r", recommendationId).param("at", Timestamp.from(at)).param("by", by)
                .param("what", whatDone).param("on", doneOn).param("link", evidenceLink).query(Long.class).single();
    }

    void decide(long remediationId, String decision, Instant at, String by, @Nullable String note) {
        jdbc.sql("""
                update inspection_remediation set decision = :d, decided_at = :at, decided_by = :by,
                    decision_note = :note
                where id = :id and decision is null""")
                .param("d", decision).param("at", Timestamp.from(at)).param("by", by).param("note", note)
                .param("id", remediationId).update();
    }

    Optional<PlanRow> plan(long id) {
        return jdbc.sql(PLAN + " where id = :id").param("id", id).query(PlanRow.class).optional();
    }

    Optional<PlanRow> planOfYear(int year) {
        return jdbc.sql(PLAN + " where year = :y").param("y", year).query(PlanRow.class).optional();
    }

    List<TeamRow> teams(long planId) {
        return jdbc.sql("select id, plan_id, name, leader, members, version from inspection_team where plan_id = :p "
                + "order by id").param("p", planId).query(TeamRow.class).list();
    }

    Optional<TeamRow> team(long id) {
        return jdbc.sql("select id, plan_id, name, leader, members, version from inspection_team where id = :id")
                .param("id", id).query(TeamRow.class).optional();
    }

    List<VisitRow> visits(long planId) {
        return jdbc.sql(VISIT + " where plan_id = :p order by planned_on, agency_code").param("p", planId)
                .query(VisitRow.class).list();
    }

    Optional<VisitRow> visit(long id) {
        return jdbc.sql(VISIT + " where id = :id").param("id", id).query(VisitRow.class).optional();
    }

    List<FindingRow> findings(Collection<Long> visitIds) {
        if (visitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, visit_id, kind, area, text from inspection_finding where visit_id in (:v) "
                + "order by area, id").param("v", visitIds).query(FindingRow.class).list();
    }

    List<RecommendationRow> recommendations(Collection<Long> visitIds) {
        if (visitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(RECOMMENDATION + " where visit_id in (:v) order by id").param("v", visitIds)
                .query(RecommendationRow.class).list();
    }

    Optional<RecommendationRow> recommendation(long id) {
        return jdbc.sql(RECOMMENDATION + " where id = :id").param("id", id).query(RecommendationRow.class)
                .optional();
    }

    List<RemediationRow> remediations(Collection<Long> recommendationIds) {
        if (recommendationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(REMEDIATION + " where recommendation_id in (:r) order by reported_at, id")
                .param("r", recommendationIds).query(InspectionStore::remediation).list();
    }

    Optional<RemediationRow> pendingRemediation(long recommendationId) {
        return jdbc.sql(REMEDIATION + " where recommendation_id = :r and decision is null")
                .param("r", recommendationId).query(InspectionStore::remediation).optional();
    }

    private static RemediationRow remediation(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new RemediationRow(rs.getLong("id"), rs.getLong("recommendation_id"),
                rs.getTimestamp("reported_at").toInstant(), rs.getString("reported_by"), rs.getString("what_done"),
                rs.getObject("done_on", LocalDate.class), rs.getString("evidence_link"), rs.getString("decision"),
                decided == null ? null : decided.toInstant(), rs.getString("decided_by"),
                rs.getString("decision_note"));
    }
}
