package io.parhub.planning.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the reminders to the units: candidates, writing them once a day, reading them per staff member. */
@Repository
public class ReminderStore {

    /** An assignment of an issued plan that is not done and has a deadline. */
    public record OpenAssignment(long id, String agencyCode, int year, LocalDate deadline) {
    }

    /**
     * @param itemId null for a plan not issued; then planId is the unit's draft, if it has one
     */
    public record ReminderRow(long id, String agencyCode, String kind, LocalDate day, int year, LocalDate deadline,
            @Nullable Long planId, @Nullable String planTitle, @Nullable Long itemId, @Nullable String itemNumber,
            @Nullable String itemContent, @Nullable Instant readAt) {
    }

    private final JdbcClient jdbc;

    public ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OpenAssignment> openAssignments(int fromYear, int toYear) {
        return jdbc.sql("""
                select a.id, a.agency_code, p.year, i.deadline
                from plan_assignment a join plan_item i on i.id = a.item_id join plan p on p.id = i.plan_id
                where p.status = 'ISSUED' and a.status <> 'DONE' and i.deadline is not null
                    and p.year between :from and :to
                order by a.id""").param("from", fromYear).param("to", toYear).query(OpenAssignment.class).list();
    }

    /** Writes a reminder unless the same one (assignment or unit and year, kind, day) exists; true when written. */
    public boolean insert(String agencyCode, String kind, LocalDate day, @Nullable Long assignmentId, int year,
            LocalDate deadline, Instant at) {
        return jdbc.sql("""
                insert into plan_reminder (agency_code, kind, day, assignment_id, year, deadline, created_at)
                values (:agency, :kind, :day, :assignment, :year, :deadline, :at) on conflict do nothing""")
                .param("agency", agencyCode).param("kind", kind).param("day", day).param("assignment", assignmentId)
                .param("year", year).param("deadline", deadline).param("at", Timestamp.from(at)).update() == 1;
    }

    /** The unit's reminders, newest first, with what each is about and when this staff member read it. */
    public List<ReminderRow> reminders(String agencyCode, String username, int limit) {
        return jdbc.sql("""
                select r.id, r.agency_code, r.kind, r.day, r.year, r.deadline,
                    coalesce(i.plan_id, u.id), coalesce(p.title, u.title), i.id, i.number, i.content, rr.read_at
                from plan_reminder r
                left join plan_assignment a on a.id = r.assignment_id
                left join plan_item i on i.id = a.item_id
                left join plan p on p.id = i.plan_id
                left join plan u on r.assignment_id is null and u.level = 'UNIT' and u.agency_code = r.agency_code
                    and u.year = r.year
                left join plan_reminder_read rr on rr.reminder_id = r.id and rr.username = :user
                where r.agency_code = :agency
                order by r.day desc, r.id desc limit :limit""")
                .param("agency", agencyCode).param("user", username).param("limit", limit)
                .query((rs, n) -> new ReminderRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, Long.class), rs.getString(8), rs.getObject(9, Long.class), rs.getString(10),
                        rs.getString(11), rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant()))
                .list();
    }

    /** The count in the menu: one query on the agency index, the read marks looked up by their key. */
    public int unread(String agencyCode, String username) {
        return jdbc.sql("""
                select count(*) from plan_reminder r where r.agency_code = :agency and not exists (
                    select 1 from plan_reminder_read rr where rr.reminder_id = r.id and rr.username = :user)""")
                .param("agency", agencyCode).param("user", username).query(Integer.class).single();
    }

    public Optional<String> agencyOf(long reminderId) {
        return jdbc.sql("select agency_code from plan_reminder where id = :id").param("id", reminderId)
                .query(String.class).optional();
    }

    public void markRead(long reminderId, String username, Instant at) {
        jdbc.sql("""
                insert into plan_reminder_read (reminder_id, username, read_at) values (:r, :u, :at)
                on conflict do nothing""").param("r", reminderId).param("u", username).param("at", Timestamp.from(at))
                .update();
    }
}
