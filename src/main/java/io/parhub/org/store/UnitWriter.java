package io.parhub.org.store;

import io.parhub.org.LineageKind;
import io.parhub.org.UnitLevel;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes unit versions, their dated parent links and lineage. Nothing is deleted: a unit ends on a date and its
 * history stays attached to it. Callers run inside one transaction.
 */
@Repository
public class UnitWriter {

    private final JdbcClient jdbc;

    public UnitWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates a version and its parent link for the same period; returns the new id. */
    public long create(String code, String name, UnitLevel level, String type, @Nullable Long parentId,
            LocalDate from, @Nullable LocalDate to) {
        long id = jdbc.sql("""
                insert into org_unit (code, name, level, type, valid_from, valid_to)
                values (:code, :name, :level, :type, :from, :to) returning id
                """).param("code", code).param("name", name).param("level", level.key()).param("type", type)
                .param("from", Date.valueOf(from)).param("to", date(to)).query(Long.class).single();
        link(id, parentId, from, to);
        return id;
    }

    /** Adds a parent link for [from, to); the path is the parent's path on {@code from} plus this id. */
    public void link(long unitId, @Nullable Long parentId, LocalDate from, @Nullable LocalDate to) {
        String path = "/" + unitId + "/";
        int depth = 1;
        if (parentId != null) {
            record ParentPath(String path, int depth) {
            }
            ParentPath parent = jdbc.sql("""
                    select path, depth from org_unit_link where unit_id = :id
                      and valid_from <= :at and (valid_to is null or valid_to > :at)
                    """).param("id", parentId).param("at", Date.valueOf(from))
                    .query((rs, n) -> new ParentPath(rs.getString("path"), rs.getInt("depth"))).single();
            path = parent.path() + unitId + "/";
            depth = parent.depth() + 1;
        }
        jdbc.sql("""
                insert into org_unit_link (unit_id, parent_id, path, depth, valid_from, valid_to)
                values (:unit, :parent, :path, :depth, :from, :to)
                """).param("unit", unitId).param("parent", parentId).param("path", path).param("depth", depth)
                .param("from", Date.valueOf(from)).param("to", date(to)).update();
    }

    /**
     * Ends a version on {@code day} (the first day it no longer exists), with its open parent link, checking the
     * version an admin saw so two reorganisations cannot end the same unit twice.
     */
    public void end(long unitId, int expectedVersion, LocalDate day) {
        int changed = jdbc.sql("""
                update org_unit set valid_to = :day, version = version + 1
                where id = :id and version = :version and (valid_to is null or valid_to > :day)
                """).param("day", Date.valueOf(day)).param("id", unitId).param("version", expectedVersion).update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("org_unit " + unitId + " changed meanwhile");
        }
        jdbc.sql("""
                update org_unit_link set valid_to = :day
                where unit_id = :id and valid_from < :day and (valid_to is null or valid_to > :day)
                """).param("day", Date.valueOf(day)).param("id", unitId).update();
    }

    /** The version counter of a unit, for {@link #end}. */
    public int version(long unitId) {
        return jdbc.sql("select version from org_unit where id = :id").param("id", unitId)
                .query(Integer.class).single();
    }

    /**
     * Moves the units under {@code oldParent} on {@code day} to {@code newParent} from that day: a new dated link
     * for each, and for their descendants, whose paths change with them.
     */
    public void moveChildren(long oldParent, long newParent, LocalDate day) {
        for (long child : children(oldParent, day)) {
            relink(child, newParent, day);
        }
    }

    /** Ids of the units whose link to {@code parent} is valid on {@code day}. */
    public List<Long> children(long parent, LocalDate day) {
        return jdbc.sql("""
                select unit_id from org_unit_link
                where parent_id = :parent and valid_from <= :day and (valid_to is null or valid_to > :day)
                """).param("parent", parent).param("day", Date.valueOf(day)).query(Long.class).list();
    }

    private void relink(long unitId, long parentId, LocalDate day) {
        List<Long> grandChildren = children(unitId, day);
        Date end = jdbc.sql("select valid_to from org_unit where id = :id").param("id", unitId)
                .query(Date.class).list().get(0);
        LocalDate unitEnd = end == null ? null : end.toLocalDate();
        jdbc.sql("""
                update org_unit_link set valid_to = :day
                where unit_id = :id and valid_from < :day and (valid_to is null or valid_to > :day)
                """).param("day", Date.valueOf(day)).param("id", unitId).update();
        link(unitId, parentId, day, unitEnd);
        for (long grandChild : grandChildren) {
            relink(grandChild, unitId, day);
        }
    }

    public void lineage(long predecessorId, @Nullable Long successorId, LineageKind kind, LocalDate effective,
            String legalBasis, @Nullable String note, @Nullable Long reorganisationId) {
        jdbc.sql("""
                insert into org_unit_lineage (predecessor_id, successor_id, kind, effective_date, legal_basis, note,
                                              reorganisation_id)
                values (:pred, :succ, :kind, :day, :basis, :note, :reorg)
                """).param("pred", predecessorId).param("succ", successorId).param("kind", kind.name())
                .param("day", Date.valueOf(effective)).param("basis", legalBasis).param("note", note)
                .param("reorg", reorganisationId).update();
    }

    private static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
