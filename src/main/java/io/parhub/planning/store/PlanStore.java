package io.parhub.planning.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the planning module: plans, task groups, items, assignments, progress, links and obligations. */
@Repository
public class PlanStore {

    public record PlanRow(long id, String level, String agencyCode, int year, @Nullable String number, String title,
            @Nullable LocalDate issuedOn, @Nullable String signer, String status, boolean illustrative, int version) {
    }

    public record GroupRow(long id, long planId, int number, String name) {
    }

    public record ItemRow(long id, long planId, long groupId, String number, String content, @Nullable String output,
            @Nullable LocalDate deadline, @Nullable String indicators) {
    }

    public record AssignmentRow(long id, long itemId, long planId, String agencyCode, String status, int percent,
            @Nullable LocalDate doneOn, int version) {
    }

    public record ProgressRow(long assignmentId, Instant at, String by, int percent, @Nullable String note,
            @Nullable String evidenceLink) {
    }

    public record LinkRow(long unitItemId, long provinceItemId) {
    }

    public record ObligationRow(int year, String agencyCode, LocalDate dueOn) {
    }

    private static final String PLAN = """
            select id, level, agency_code, year, number, title, issued_on, signer, status, illustrative, version
            from plan""";
    private static final String ASSIGNMENT = """
            select a.id, a.item_id, i.plan_id, a.agency_code, a.status, a.percent, a.done_on, a.version
            from plan_assignment a join plan_item i on i.id = a.item_id""";

    private final JdbcClient jdbc;

    public PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertPlan(String level, String agencyCode, int year, String title, boolean illustrative,
            Instant at, String by) {
        return jdbc.sql("""
                insert into plan (level, agency_code, year, title, status, illustrative, created_at, created_by,
                    updated_at, version)
                values (:level, :agency, :year, :title, 'DRAFT', :illustrative, :at, :by, :at, 0)
                returning id""").param("level", level).param("agency", agencyCode).param("year", year)
                .param("title", title).param("illustrative", illustrative).param("at", Timestamp.from(at))
                .param("by", by).query(Long.class).single();
    }

    public long insertGroup(long planId, int number, String name) {
        return jdbc.sql("insert into plan_task_group (plan_id, number, name) values (:p, :n, :name) returning id")
                .param("p", planId).param("n", number).param("name", name).query(Long.class).single();
    }

    public long insertItem(long planId, long groupId, String number, String content, @Nullable String output,
            @Nullable LocalDate deadline, @Nullable String indicators) {
        return jdbc.sql("""
                insert into plan_item (plan_id, group_id, number, content, output, deadline, indicators)
                values (:p, :g, :n, :content, :output, :deadline, :indicators) returning id""")
                .param("p", planId).param("g", groupId).param("n", number).param("content", content)
                .param("output", output).param("deadline", deadline).param("indicators", indicators)
                .query(Long.class).single();
    }

    /** Adds an assignment; false when the item is already assigned to the agency. */
    public boolean insertAssignment(long itemId, String agencyCode, Instant at) {
        return jdbc.sql("""
                insert into plan_assignment (item_id, agency_code, status, percent, updated_at, version)
                values (:i, :a, 'NOT_STARTED', 0, :at, 0) on conflict (item_id, agency_code) do nothing""")
                .param("i", itemId).param("a", agencyCode).param("at", Timestamp.from(at)).update() == 1;
    }

    public void link(long unitItemId, long provinceItemId) {
        jdbc.sql("insert into plan_item_link (unit_item_id, province_item_id) values (:u, :p) on conflict do nothing")
                .param("u", unitItemId).param("p", provinceItemId).update();
    }

    /** Issues a draft if its version is still {@code version}; false otherwise. */
    public boolean issue(long planId, int version, String number, LocalDate issuedOn, String signer, Instant at) {
        return jdbc.sql("""
                update plan set status = 'ISSUED', number = :number, issued_on = :on, signer = :signer,
                    updated_at = :at, version = version + 1
                where id = :id and version = :version and status = 'DRAFT'""")
                .param("number", number).param("on", issuedOn).param("signer", signer).param("at", Timestamp.from(at))
                .param("id", planId).param("version", version).update() == 1;
    }

    /** Records the new state of an assignment if its version is still {@code version}; false otherwise. */
    public boolean updateAssignment(long id, int version, String status, int percent, @Nullable LocalDate doneOn,
            Instant at) {
        return jdbc.sql("""
                update plan_assignment set status = :status, percent = :percent, done_on = :doneOn, updated_at = :at,
                    version = version + 1
                where id = :id and version = :version""")
                .param("status", status).param("percent", percent).param("doneOn", doneOn)
                .param("at", Timestamp.from(at)).param("id", id).param("version", version).update() == 1;
    }

    public void insertProgress(long assignmentId, Instant at, String by, int percent, @Nullable String note,
            @Nullable String evidenceLink) {
        jdbc.sql("""
                insert into plan_progress (assignment_id, at, by_account, percent, note, evidence_link)
                values (:a, :at, :by, :percent, :note, :link)""")
                .param("a", assignmentId).param("at", Timestamp.from(at)).param("by", by).param("percent", percent)
                .param("note", note).param("link", evidenceLink).update();
    }

    public Optional<PlanRow> plan(long id) {
        return jdbc.sql(PLAN + " where id = :id").param("id", id).query(PlanRow.class).optional();
    }

    public Optional<PlanRow> plan(String level, String agencyCode, int year) {
        return jdbc.sql(PLAN + " where level = :level and agency_code = :agency and year = :year")
                .param("level", level).param("agency", agencyCode).param("year", year).query(PlanRow.class).optional();
    }

    public List<PlanRow> plans(int year) {
        return jdbc.sql(PLAN + " where year = :year order by level desc, agency_code").param("year", year)
                .query(PlanRow.class).list();
    }

    public List<GroupRow> groups(long planId) {
        return jdbc.sql("select id, plan_id, number, name from plan_task_group where plan_id = :p order by number")
                .param("p", planId).query(GroupRow.class).list();
    }

    public List<ItemRow> items(long planId) {
        return jdbc.sql("""
                select id, plan_id, group_id, number, content, output, deadline, indicators from plan_item
                where plan_id = :p order by group_id, id""").param("p", planId).query(ItemRow.class).list();
    }

    public Optional<ItemRow> item(long id) {
        return jdbc.sql("""
                select id, plan_id, group_id, number, content, output, deadline, indicators from plan_item
                where id = :id""").param("id", id).query(ItemRow.class).optional();
    }

    public List<AssignmentRow> assignments(long planId) {
        return jdbc.sql(ASSIGNMENT + " where i.plan_id = :p order by a.item_id, a.agency_code").param("p", planId)
                .query(AssignmentRow.class).list();
    }

    public List<AssignmentRow> assignmentsOfPlans(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ASSIGNMENT + " where i.plan_id in (:p)").param("p", planIds).query(AssignmentRow.class).list();
    }

    public Optional<AssignmentRow> assignment(long id) {
        return jdbc.sql(ASSIGNMENT + " where a.id = :id").param("id", id).query(AssignmentRow.class).optional();
    }

    public List<ProgressRow> progress(long planId) {
        return jdbc.sql("""
                select p.assignment_id, p.at, p.by_account, p.percent, p.note, p.evidence_link
                from plan_progress p join plan_assignment a on a.id = p.assignment_id
                join plan_item i on i.id = a.item_id where i.plan_id = :p order by p.at, p.id""")
                .param("p", planId).query((rs, n) -> new ProgressRow(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6))).list();
    }

    public List<LinkRow> links(long planId) {
        return jdbc.sql("""
                select l.unit_item_id, l.province_item_id from plan_item_link l
                join plan_item i on i.id = l.unit_item_id where i.plan_id = :p""")
                .param("p", planId).query(LinkRow.class).list();
    }

    public void requirePlan(int year, String agencyCode, LocalDate dueOn) {
        jdbc.sql("""
                insert into plan_obligation (year, agency_code, due_on) values (:y, :a, :due)
                on conflict (year, agency_code) do update set due_on = excluded.due_on""")
                .param("y", year).param("a", agencyCode).param("due", dueOn).update();
    }

    public List<ObligationRow> obligations(int year) {
        return jdbc.sql("select year, agency_code, due_on from plan_obligation where year = :y order by agency_code")
                .param("y", year).query(ObligationRow.class).list();
    }
}
