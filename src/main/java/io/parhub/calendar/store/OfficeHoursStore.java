package io.parhub.calendar.store;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Office hours per agency code ({@code calendar_office_hours}); the row {@code default} covers the others.
 *
 * <p>Every step a dossier starts asks for its agency's hours, and the table is configuration (written by migrations,
 * edited by hand at most), so what was read is kept for {@link #KEPT}: a change made in the database takes effect
 * within that time without a restart.
 */
@Repository
public class OfficeHoursStore {

    public static final String DEFAULT = "default";
    static final Duration KEPT = Duration.ofMinutes(5);

    private record Read(OfficeHours hours, long atNanos) {
    }

    private final JdbcClient jdbc;
    private final Map<String, Read> read = new ConcurrentHashMap<>();

    OfficeHoursStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The agency's own hours, else the default row. */
    public OfficeHours forAgency(String agencyCode) {
        long now = System.nanoTime();
        Read known = read.get(agencyCode);
        if (known != null && now - known.atNanos() < KEPT.toNanos()) {
            return known.hours();
        }
        OfficeHours hours = fromDatabase(agencyCode);
        read.put(agencyCode, new Read(hours, now));
        return hours;
    }

    /** One query: the agency's row first when there is one. */
    private OfficeHours fromDatabase(String agencyCode) {
        return jdbc.sql("""
                select agency_code, morning_open, morning_close, afternoon_open, afternoon_close, cutoff
                from calendar_office_hours where agency_code in (:code, :fallback)
                order by agency_code = :fallback limit 1
                """)
                .param("code", agencyCode).param("fallback", DEFAULT)
                .query((rs, n) -> new OfficeHours(rs.getString(1), rs.getObject(2, LocalTime.class),
                        rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class),
                        rs.getObject(5, LocalTime.class), rs.getObject(6, LocalTime.class)))
                .optional()
                .orElseThrow(() -> new IllegalStateException("calendar_office_hours has no 'default' row"));
    }
}
