package io.parhub.calendar.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The holiday rules table ({@code calendar_holiday_rule}). Rows are never deleted nor rewritten: a rule is added
 * with its period, and ended by setting {@code valid_to}.
 */
@Repository
public class HolidayRules {

    private static final String COLUMNS = """
            id, version, end_basis, code, occasion, name, name_en, date_basis, month, day, start_offset, days,
            adjacent_day, valid_from, valid_to, legal_basis, compensatory_basis
            """;
    private static final String ORDER = " order by valid_from, month, day, code";

    private final JdbcClient jdbc;

    HolidayRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<HolidayRule> all() {
        return stored().stream().map(StoredRule::rule).toList();
    }

    /** Every rule with its id and version, in the order the calendar applies them (earliest in force first). */
    public List<StoredRule> stored() {
        return jdbc.sql("select " + COLUMNS + " from calendar_holiday_rule" + ORDER).query(HolidayRules::row).list();
    }

    public Optional<StoredRule> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from calendar_holiday_rule where id = :id").param("id", id)
                .query(HolidayRules::row).optional();
    }

    /**
     * Serialises the commands that add rules until the end of the transaction (readers are not blocked), so two
     * administrators cannot both add a rule that overlaps the other's.
     */
    void lockForChange() {
        jdbc.sql("lock table calendar_holiday_rule in share row exclusive mode").update();
    }

    /** Inserts a rule at version 1 and returns its id. */
    long insert(HolidayRule rule) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into calendar_holiday_rule (code, occasion, name, name_en, date_basis, month, day, start_offset,
                        days, adjacent_day, valid_from, valid_to, legal_basis, compensatory_basis, version)
                values (:code, :occasion, :name, :nameEn, :basis, :month, :day, :offset, :days, :adjacent, :from, :to,
                        :legal, :compensatory, 1)
                """)
                .param("code", rule.code()).param("occasion", rule.occasion()).param("name", rule.name())
                .param("nameEn", rule.nameEn()).param("basis", rule.lunar() ? "lunar" : "solar")
                .param("month", rule.month()).param("day", rule.day()).param("offset", rule.startOffset())
                .param("days", rule.days()).param("adjacent", rule.adjacentDay()).param("from", rule.validFrom())
                .param("to", rule.validTo()).param("legal", rule.legalBasis())
                .param("compensatory", rule.compensatoryBasis())
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** Sets the last day in force of a rule at {@code expectedVersion}; false when someone else changed it first. */
    boolean end(long id, int expectedVersion, LocalDate validTo, String endBasis) {
        return jdbc.sql("""
                update calendar_holiday_rule set valid_to = :to, end_basis = :basis, version = version + 1
                where id = :id and version = :v
                """)
                .param("id", id).param("v", expectedVersion).param("to", validTo).param("basis", endBasis)
                .update() == 1;
    }

    private static StoredRule row(ResultSet rs, int n) throws SQLException {
        HolidayRule rule = new HolidayRule(rs.getString("code"), rs.getString("occasion"), rs.getString("name"),
                rs.getString("name_en"), "lunar".equals(rs.getString("date_basis")), rs.getInt("month"),
                rs.getInt("day"), rs.getInt("start_offset"), rs.getInt("days"), rs.getBoolean("adjacent_day"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getString("legal_basis"), rs.getString("compensatory_basis"));
        @Nullable String endBasis = rs.getString("end_basis");
        return new StoredRule(rs.getLong("id"), rs.getInt("version"), rule, endBasis);
    }
}
