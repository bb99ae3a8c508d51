package io.parhub.calendar.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Official yearly schedules ({@code calendar_year_schedule} and its days). */
@Repository
public class OfficialSchedules {

    private final JdbcClient jdbc;

    OfficialSchedules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<YearSchedule> find(int year) {
        return jdbc.sql("select year, version, origin, updated_at, updated_by from calendar_year_schedule where year = :y")
                .param("y", year)
                .query((rs, n) -> new YearSchedule(rs.getInt(1), rs.getInt(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), days(year)))
                .optional();
    }

    /** Every year that has a schedule, newest first, without its days. */
    public List<YearSchedule> years() {
        return jdbc.sql("""
                select s.year, s.version, s.origin, s.updated_at, s.updated_by
                from calendar_year_schedule s order by s.year desc
                """)
                .query((rs, n) -> new YearSchedule(rs.getInt(1), rs.getInt(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), List.of()))
                .list();
    }

    private List<ScheduleDay> days(int year) {
        return jdbc.sql("""
                select day, kind, occasion, occasion_name, legal_basis, source_url
                from calendar_schedule_day where year = :y order by day
                """)
                .param("y", year)
                .query((rs, n) -> new ScheduleDay(rs.getObject(1, LocalDate.class),
                        ScheduleKind.ofCode(rs.getString(2)).orElseThrow(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    /** Creates the schedule of a year at version 1; false when the year already has one. */
    boolean create(int year, String origin, Instant at, String actor) {
        return jdbc.sql("""
                insert into calendar_year_schedule (year, version, origin, updated_at, updated_by)
                values (:y, 1, :origin, :at, :actor) on conflict (year) do nothing
                """)
                .param("y", year).param("origin", origin).param("at", Timestamp.from(at)).param("actor", actor)
                .update() == 1;
    }

    /** Moves the schedule from {@code expectedVersion} to the next one; false when someone else was first. */
    boolean bump(int year, int expectedVersion, String origin, Instant at, String actor) {
        return jdbc.sql("""
                update calendar_year_schedule set version = version + 1, origin = :origin, updated_at = :at,
                       updated_by = :actor
                where year = :y and version = :v
                """)
                .param("y", year).param("v", expectedVersion).param("origin", origin)
                .param("at", Timestamp.from(at)).param("actor", actor)
                .update() == 1;
    }

    void replaceDays(int year, List<ScheduleDay> days) {
        jdbc.sql("delete from calendar_schedule_day where year = :y").param("y", year).update();
        for (ScheduleDay d : days) {
            jdbc.sql("""
                    insert into calendar_schedule_day (day, year, kind, occasion, occasion_name, legal_basis, source_url)
                    values (:day, :y, :kind, :occasion, :name, :basis, :url)
                    """)
                    .param("day", d.date()).param("y", year).param("kind", d.kind().code())
                    .param("occasion", d.occasion()).param("name", d.occasionName())
                    .param("basis", d.legalBasis()).param("url", d.sourceUrl())
                    .update();
        }
    }
}
