package io.parhub.calendar.store;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The holiday rules table ({@code calendar_holiday_rule}). */
@Repository
public class HolidayRules {

    private final JdbcClient jdbc;

    HolidayRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<HolidayRule> all() {
        return jdbc.sql("""
                select code, occasion, name, name_en, date_basis, month, day, start_offset, days, adjacent_day,
                       valid_from, valid_to, legal_basis, compensatory_basis
                from calendar_holiday_rule order by valid_from, month, day, code
                """)
                .query((rs, n) -> new HolidayRule(rs.getString("code"), rs.getString("occasion"), rs.getString("name"),
                        rs.getString("name_en"), "lunar".equals(rs.getString("date_basis")), rs.getInt("month"),
                        rs.getInt("day"), rs.getInt("start_offset"), rs.getInt("days"), rs.getBoolean("adjacent_day"),
                        rs.getObject("valid_from", java.time.LocalDate.class),
                        rs.getObject("valid_to", java.time.LocalDate.class), rs.getString("legal_basis"),
                        rs.getString("compensatory_basis")))
                .list();
    }
}
