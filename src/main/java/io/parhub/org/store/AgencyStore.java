package io.parhub.org.store;

import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.org.AgencyKind;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Agencies as dated trees: a path of ids per version, subtree = path prefix.
 *
 * <p>A row is never updated once written (a change is a new dated version with its own id), so a row read by id is
 * kept in memory: every dossier command asks for its agencies' codes and the actor's scope, and would otherwise
 * read the same rows again each time. Lists by date are always read from the database.
 */
@Repository
public class AgencyStore implements Agencies {

    private static final String SELECT = """
            select a.id, a.code, a.name, a.kind, a.parent_id, a.path, u.code as unit_code, a.valid_from, a.valid_to
            from org_agency a left join org_unit u on u.id = a.unit_id
            """;
    private static final String EXISTS_ON = " a.valid_from <= :at and (a.valid_to is null or a.valid_to > :at) ";

    private final JdbcClient jdbc;
    private final Map<Long, Agency> byId = new ConcurrentHashMap<>();

    public AgencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Agency> byId(long id) {
        Agency known = byId.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Agency> read = jdbc.sql(SELECT + "where a.id = :id").param("id", id).query(AgencyStore::agency)
                .optional();
        read.ifPresent(a -> byId.put(id, a));
        return read;
    }

    @Override
    public Optional<Agency> byCode(String code, LocalDate at) {
        return jdbc.sql(SELECT + "where a.code = :code and" + EXISTS_ON).param("code", code)
                .param("at", Date.valueOf(at)).query(AgencyStore::agency).optional();
    }

    @Override
    public List<Agency> all(LocalDate at) {
        return list(at, null, null);
    }

    /**
     * Agencies that exist on {@code at}, parents before children, siblings by name.
     *
     * @param within code of an agency whose subtree (itself excluded) is wanted, or null
     * @param kind only this kind, or null
     */
    public List<Agency> list(LocalDate at, @Nullable String within, @Nullable AgencyKind kind) {
        StringBuilder sql = new StringBuilder(SELECT).append("where").append(EXISTS_ON);
        String prefix = null;
        if (within != null) {
            prefix = byCode(within, at).map(Agency::path).orElse("/none/");
            sql.append(" and a.path like :prefix || '%' and a.path <> :prefix");
        }
        if (kind != null) {
            sql.append(" and a.kind = :kind");
        }
        sql.append(" order by a.depth, a.name, a.code");
        var statement = jdbc.sql(sql.toString()).param("at", Date.valueOf(at));
        if (prefix != null) {
            statement = statement.param("prefix", prefix);
        }
        if (kind != null) {
            statement = statement.param("kind", kind.name());
        }
        return statement.query(AgencyStore::agency).list();
    }

    @Override
    public boolean isWithin(long agencyId, long ancestorId) {
        Optional<Agency> agency = byId(agencyId);
        Optional<Agency> ancestor = byId(ancestorId);
        return agency.isPresent() && ancestor.isPresent() && agency.get().path().startsWith(ancestor.get().path());
    }

    /** Creates an agency version under {@code parentId}; its path is the parent's path plus its own id. */
    public long create(String code, String name, AgencyKind kind, @Nullable Long parentId, @Nullable Long unitId,
            LocalDate from, @Nullable LocalDate to, @Nullable String source) {
        long id = jdbc.sql("select nextval('org_agency_id_seq')").query(Long.class).single();
        String parentPath = parentId == null ? "/"
                : jdbc.sql("select path from org_agency where id = :id").param("id", parentId)
                        .query(String.class).single();
        String path = parentPath + id + "/";
        jdbc.sql("""
                insert into org_agency (id, code, name, kind, parent_id, path, depth, unit_id, valid_from, valid_to,
                                        source)
                values (:id, :code, :name, :kind, :parent, :path, :depth, :unit, :from, :to, :source)
                """).param("id", id).param("code", code).param("name", name).param("kind", kind.name())
                .param("parent", parentId).param("path", path).param("depth", path.split("/").length - 1)
                .param("unit", unitId).param("from", Date.valueOf(from)).param("to", to == null ? null : Date.valueOf(to))
                .param("source", source).update();
        return id;
    }

    public boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from org_agency)").query(Boolean.class).single();
    }

    static Agency agency(ResultSet rs, int row) throws SQLException {
        Date to = rs.getDate("valid_to");
        return new Agency(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                AgencyKind.valueOf(rs.getString("kind")), rs.getObject("parent_id", Long.class), rs.getString("path"),
                rs.getString("unit_code"), rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate());
    }
}
