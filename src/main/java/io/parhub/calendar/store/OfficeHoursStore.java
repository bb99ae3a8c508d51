package io.parhub.calendar.store;

import java.time.LocalTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Office hours per agency code ({@code calendar_office_hours}); the row {@code default} covers the others. */
@Repository
public class OfficeHoursStore {

    public static final String DEFAULT = "default";

    private final JdbcClient jdbc;

    OfficeHoursStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public OfficeHours forAgency(String agencyCode) {
        return find(agencyCode).or(() -> find(DEFAULT))
                .orElseThrow(() -> new IllegalStateException("calendar_office_hours has no 'default' row"));
    }

    private Optional<OfficeHours> find(String agencyCode) {
        return jdbc.sql("""
                select agency_code, morning_open, morning_close, afternoon_open, afternoon_close, cutoff
                from calendar_office_hours where agency_code = :code
                """)
                .param("code", agencyCode)
                .query((rs, n) -> new OfficeHours(rs.getString(1), rs.getObject(2, LocalTime.class),
                        rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class),
                        rs.getObject(5, LocalTime.class), rs.getObject(6, LocalTime.class)))
                .optional();
    }
}
