package io.parhub.org.store;

import io.parhub.org.AdminUnit;
import io.parhub.org.AdminUnits;
import io.parhub.org.LineageKind;
import io.parhub.org.UnitLevel;
import io.parhub.org.UnitLink;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads administrative units as of a date. Periods are half-open ([valid_from, valid_to)); a version that has
 * ended is shown with the parent it had on its last day.
 */
@Repository
public class UnitStore implements AdminUnits {

    /** Used as "the latest known state" when a version is looked at without a date. */
    static final LocalDate LATEST = LocalDate.of(9999, 12, 30);

    private static final String VERSION = """
            select u.id, u.code, u.name, u.level, u.type, u.valid_from, u.valid_to, p.code as parent_code, l.path
            from org_unit u
            left join lateral (
                select k.parent_id, k.path from org_unit_link k
                where k.unit_id = u.id and k.valid_from <= least(cast(:at as date), u.valid_to - 1)
                  and (k.valid_to is null or k.valid_to > least(cast(:at as date), u.valid_to - 1))
                order by k.valid_from desc limit 1) l on true
            left join org_unit p on p.id = l.parent_id
            """;

    private final JdbcClient jdbc;

    public UnitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AdminUnit> byCode(String code, LocalDate at) {
        return jdbc.sql(VERSION + """
                where u.code = :code and u.valid_from <= :at and (u.valid_to is null or u.valid_to > :at)
                """).param("code", code).param("at", Date.valueOf(at)).query(UnitStore::unit).optional();
    }

    @Override
    public Optional<AdminUnit> latestUpTo(String code, LocalDate at) {
        return jdbc.sql(VERSION + """
                where u.code = :code and u.valid_from <= :at order by u.valid_from desc limit 1
                """).param("code", code).param("at", Date.valueOf(at)).query(UnitStore::unit).optional();
    }

    public Optional<AdminUnit> byId(long id) {
        return jdbc.sql(VERSION + "where u.id = :id").param("id", id).param("at", Date.valueOf(LATEST))
                .query(UnitStore::unit).optional();
    }

    @Override
    public List<AdminUnit> list(LocalDate at, @Nullable String within, @Nullable UnitLevel level) {
        StringBuilder sql = new StringBuilder("""
                select u.id, u.code, u.name, u.level, u.type, u.valid_from, u.valid_to, p.code as parent_code, l.path
                from org_unit u
                join org_unit_link l on l.unit_id = u.id
                     and l.valid_from <= :at and (l.valid_to is null or l.valid_to > :at)
                left join org_unit p on p.id = l.parent_id
                where u.valid_from <= :at and (u.valid_to is null or u.valid_to > :at)
                """);
        if (level != null) {
            sql.append(" and u.level = :level");
        }
        String prefix = null;
        if (within != null) {
            prefix = byCode(within, at).map(AdminUnit::path).orElse("/none/");
            // subtree by path prefix (btree varchar_pattern_ops index), the ancestor itself excluded
            sql.append(" and l.path like :prefix || '%' and l.path <> :prefix");
        }
        sql.append(" order by l.depth, u.name, u.code");
        var statement = jdbc.sql(sql.toString()).param("at", Date.valueOf(at));
        if (level != null) {
            statement = statement.param("level", level.key());
        }
        if (prefix != null) {
            statement = statement.param("prefix", prefix);
        }
        return statement.query(UnitStore::unit).list();
    }

    @Override
    public List<UnitLink> predecessors(long unitId) {
        return links("g.predecessor_id", "g.successor_id", unitId);
    }

    @Override
    public List<UnitLink> successors(long unitId) {
        return links("g.successor_id", "g.predecessor_id", unitId);
    }

    private List<UnitLink> links(String other, String self, long unitId) {
        record Row(@Nullable Long other, LineageKind kind, LocalDate effective, String basis) {
        }
        List<Row> rows = jdbc.sql("select " + other + " as other, g.kind, g.effective_date, g.legal_basis"
                        + " from org_unit_lineage g join org_unit self on self.id = " + self
                        + " left join org_unit o on o.id = " + other
                        + " where " + self + " = :id order by o.code, g.id")
                .param("id", unitId)
                .query((rs, n) -> new Row(rs.getObject("other", Long.class), LineageKind.valueOf(rs.getString("kind")),
                        rs.getDate("effective_date").toLocalDate(), rs.getString("legal_basis")))
                .list();
        return rows.stream().map(r -> new UnitLink(r.other() == null ? null : byId(r.other()).orElse(null),
                r.kind(), r.effective(), r.basis())).toList();
    }

    @Override
    public List<AdminUnit> history(String code) {
        return jdbc.sql(VERSION + "where u.code = :code order by u.valid_from")
                .param("code", code).param("at", Date.valueOf(LATEST)).query(UnitStore::unit).list();
    }

    /** Versions of {@code code} whose period overlaps [from, to) — the guard against two versions at once. */
    public List<AdminUnit> overlapping(String code, LocalDate from, @Nullable LocalDate to) {
        return jdbc.sql(VERSION + """
                where u.code = :code
                  and daterange(u.valid_from, u.valid_to) && daterange(cast(:from as date), cast(:to as date))
                """).param("code", code).param("at", Date.valueOf(LATEST)).param("from", Date.valueOf(from))
                .param("to", to == null ? null : Date.valueOf(to)).query(UnitStore::unit).list();
    }

    static AdminUnit unit(ResultSet rs, int row) throws SQLException {
        Date to = rs.getDate("valid_to");
        return new AdminUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                UnitLevel.fromKey(rs.getString("level")).orElseThrow(), rs.getString("type"),
                rs.getString("parent_code"), rs.getString("path"), rs.getDate("valid_from").toLocalDate(),
                to == null ? null : to.toLocalDate());
    }
}
