package io.parhub.planning.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of editing a plan: its title, groups, items, assignments without progress, and amendments of issued items. */
@Repository
public class PlanEditStore {

    public record AmendmentRow(long itemId, Instant at, String by, String reason, String contentBefore,
            String contentAfter, @Nullable LocalDate deadlineBefore, @Nullable LocalDate deadlineAfter) {
    }

    private final JdbcClient jdbc;

    public PlanEditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the next version of a plan in {@code status} if its version is still {@code version}; false if not. */
    public boolean nextVersion(long planId, int version, String status, Instant at) {
        return jdbc.sql("""
                update plan set version = version + 1, updated_at = :at
                where id = :id and version = :version and status = :status""")
                .param("at", Timestamp.from(at)).param("id", planId).param("version", version)
                .param("status", status).update() == 1;
    }

    public void retitle(long planId, String title) {
        jdbc.sql("update plan set title = :title where id = :id").param("title", title).param("id", planId).update();
    }

    public Optional<PlanStore.GroupRow> group(long id) {
        return jdbc.sql("select id, plan_id, number, name from plan_task_group where id = :id").param("id", id)
                .query(PlanStore.GroupRow.class).optional();
    }

    public boolean groupNumberTaken(long planId, int number) {
        return jdbc.sql("select count(*) from plan_task_group where plan_id = :p and number = :n")
                .param("p", planId).param("n", number).query(Integer.class).single() > 0;
    }

    public void renameGroup(long groupId, String name) {
        jdbc.sql("update plan_task_group set name = :name where id = :id").param("name", name).param("id", groupId)
                .update();
    }

    public int itemCount(long groupId) {
        return jdbc.sql("select count(*) from plan_item where group_id = :g").param("g", groupId)
                .query(Integer.class).single();
    }

    public void deleteGroup(long groupId) {
        jdbc.sql("delete from plan_task_group where id = :id").param("id", groupId).update();
    }

    public boolean itemNumberTaken(long groupId, String number, long exceptItemId) {
        return jdbc.sql("select count(*) from plan_item where group_id = :g and number = :n and id <> :except")
                .param("g", groupId).param("n", number).param("except", exceptItemId).query(Integer.class)
                .single() > 0;
    }

    public void updateItem(long itemId, String number, String content, @Nullable String output,
            @Nullable LocalDate deadline, @Nullable String indicators) {
        jdbc.sql("""
                update plan_item set number = :n, content = :content, output = :output, deadline = :deadline,
                    indicators = :indicators
                where id = :id""").param("n", number).param("content", content).param("output", output)
                .param("deadline", deadline).param("indicators", indicators).param("id", itemId).update();
    }

    /** Progress recorded on any assignment of the item. */
    public boolean itemHasProgress(long itemId) {
        return jdbc.sql("""
                select count(*) from plan_progress p join plan_assignment a on a.id = p.assignment_id
                where a.item_id = :i""").param("i", itemId).query(Integer.class).single() > 0;
    }

    public boolean assignmentHasProgress(long assignmentId) {
        return jdbc.sql("select count(*) from plan_progress where assignment_id = :a").param("a", assignmentId)
                .query(Integer.class).single() > 0;
    }

    /** Unit items that carry out this (province) item. */
    public int linkedUnitItems(long provinceItemId) {
        return jdbc.sql("select count(*) from plan_item_link where province_item_id = :i").param("i", provinceItemId)
                .query(Integer.class).single();
    }

    public void unlinkAll(long unitItemId) {
        jdbc.sql("delete from plan_item_link where unit_item_id = :i").param("i", unitItemId).update();
    }

    /** Removes an item with its assignments and links; the caller has checked that none has progress. */
    public void deleteItem(long itemId) {
        unlinkAll(itemId);
        jdbc.sql("delete from plan_assignment where item_id = :i").param("i", itemId).update();
        jdbc.sql("delete from plan_item where id = :i").param("i", itemId).update();
    }

    public void deleteAssignment(long assignmentId) {
        jdbc.sql("delete from plan_assignment where id = :id").param("id", assignmentId).update();
    }

    public void insertAmendment(AmendmentRow a) {
        jdbc.sql("""
                insert into plan_item_amendment (item_id, at, by_account, reason, content_before, content_after,
                    deadline_before, deadline_after)
                values (:i, :at, :by, :reason, :cb, :ca, :db, :da)""")
                .param("i", a.itemId()).param("at", Timestamp.from(a.at())).param("by", a.by())
                .param("reason", a.reason()).param("cb", a.contentBefore()).param("ca", a.contentAfter())
                .param("db", a.deadlineBefore()).param("da", a.deadlineAfter()).update();
    }

    public List<AmendmentRow> amendments(long planId) {
        return jdbc.sql("""
                select m.item_id, m.at, m.by_account, m.reason, m.content_before, m.content_after, m.deadline_before,
                    m.deadline_after
                from plan_item_amendment m join plan_item i on i.id = m.item_id where i.plan_id = :p
                order by m.at, m.id""").param("p", planId)
                .query((rs, n) -> new AmendmentRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class))).list();
    }
}
