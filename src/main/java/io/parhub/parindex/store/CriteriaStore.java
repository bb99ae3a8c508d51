package io.parhub.parindex.store;

import io.parhub.parindex.Band;
import io.parhub.parindex.CriteriaSet;
import io.parhub.parindex.Criterion;
import io.parhub.parindex.CriterionSource;
import io.parhub.parindex.UnitGroup;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Criteria sets, their criteria and the band tables. */
@Repository
public class CriteriaStore {

    private final JdbcClient jdbc;

    public CriteriaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CriteriaSet> set(long id) {
        return jdbc.sql("select * from parindex_criteria_set where id = ?").param(id).query(CriteriaStore::set)
                .optional();
    }

    /** The latest version of a year's set for a group. */
    public Optional<CriteriaSet> latest(int year, UnitGroup group) {
        return jdbc.sql("select * from parindex_criteria_set where year = ? and unit_group = ? order by version desc "
                + "limit 1").param(year).param(group.name()).query(CriteriaStore::set).optional();
    }

    public List<CriteriaSet> sets(int year) {
        return jdbc.sql("select * from parindex_criteria_set where year = ? order by unit_group, version")
                .param(year).query(CriteriaStore::set).list();
    }

    public List<CriteriaSet> allSets() {
        return jdbc.sql("select * from parindex_criteria_set order by year desc, unit_group, version desc")
                .query(CriteriaStore::set).list();
    }

    public long insertSet(int year, UnitGroup group, String title, @Nullable String basis, boolean illustrative,
            @Nullable Long copiedFrom, String actor) {
        Integer version = jdbc.sql("select coalesce(max(version), 0) + 1 from parindex_criteria_set where year = ? "
                + "and unit_group = ?").param(year).param(group.name()).query(Integer.class).single();
        return jdbc.sql("insert into parindex_criteria_set (year, unit_group, version, title, basis, illustrative, "
                + "copied_from, created_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id").param(year)
                .param(group.name()).param(version).param(title).param(basis).param(illustrative).param(copiedFrom)
                .param(actor).query(Long.class).single();
    }

    public void freeze(long setId) {
        jdbc.sql("update parindex_criteria_set set frozen = true where id = ?").param(setId).update();
    }

    public long insertCriterion(long setId, @Nullable Long parentId, Criterion c) {
        return jdbc.sql("insert into parindex_criterion (set_id, parent_id, level, code, position, name, max_points, "
                + "guidance, evidence, source, metric, formula, illustrative) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?) returning id").param(setId).param(parentId).param(c.level()).param(c.code())
                .param(c.position()).param(c.name()).param(c.maxPoints()).param(c.guidance()).param(c.evidence())
                .param(c.source().name()).param(c.metric()).param(c.formula()).param(c.illustrative())
                .query(Long.class).single();
    }

    public void updateCriterion(Criterion c) {
        jdbc.sql("update parindex_criterion set name = ?, max_points = ?, guidance = ?, evidence = ?, source = ?, "
                + "metric = ?, formula = ? where id = ?").param(c.name()).param(c.maxPoints()).param(c.guidance())
                .param(c.evidence()).param(c.source().name()).param(c.metric()).param(c.formula()).param(c.id())
                .update();
    }

    public List<Criterion> criteria(long setId) {
        return jdbc.sql("select * from parindex_criterion where set_id = ? order by position").param(setId)
                .query(CriteriaStore::criterion).list();
    }

    public Optional<Criterion> criterion(long id) {
        return jdbc.sql("select * from parindex_criterion where id = ?").param(id).query(CriteriaStore::criterion)
                .optional();
    }

    public List<Band> bands(int year) {
        return jdbc.sql("select * from parindex_band where year = ? order by position").param(year)
                .query((rs, n) -> new Band(rs.getInt("position"), rs.getString("code"), rs.getString("name_vi"),
                        rs.getString("name_en"), rs.getBigDecimal("lower_bound"), rs.getBoolean("lower_inclusive"),
                        rs.getString("wording_vi"))).list();
    }

    public Optional<Integer> latestBandYearUpTo(int year) {
        return jdbc.sql("select max(year) from parindex_band where year <= ?").param(year).query(Integer.class)
                .optional();
    }

    public void insertBand(int year, Band b) {
        jdbc.sql("insert into parindex_band (year, position, code, name_vi, name_en, lower_bound, lower_inclusive, "
                + "wording_vi) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing").param(year)
                .param(b.position()).param(b.code()).param(b.nameVi()).param(b.nameEn()).param(b.lowerBound())
                .param(b.lowerInclusive()).param(b.wordingVi()).update();
    }

    /** The years of the cycles whose entries use the set: why a frozen set is frozen. */
    public List<Integer> cycleYearsUsing(long setId) {
        return jdbc.sql("select distinct c.year from parindex_entry e join parindex_cycle c on c.id = e.cycle_id "
                + "where e.set_id = ? order by c.year").param(setId).query(Integer.class).list();
    }

    public boolean cycleExists(int year) {
        return jdbc.sql("select count(*) from parindex_cycle where year = ?").param(year).query(Integer.class)
                .single() > 0;
    }

    /** Scores recorded against a criterion: a criterion with scores cannot be removed. */
    public int scoresOf(long criterionId) {
        return jdbc.sql("select count(*) from parindex_score where criterion_id = ?").param(criterionId)
                .query(Integer.class).single();
    }

    /** Makes room after {@code position} for a row inserted inside a subtree (positions order the whole set). */
    public void shiftPositions(long setId, int after) {
        jdbc.sql("update parindex_criterion set position = position + 1 where set_id = ? and position > ?")
                .param(setId).param(after).update();
    }

    public void deleteCriterion(long id) {
        jdbc.sql("delete from parindex_criterion where id = ?").param(id).update();
    }

    /** Sets the maximum of every row with children to the sum of its leaves, deepest rows first. */
    public void sumMaxima(long setId) {
        for (String level : List.of("CRITERION", "AREA")) {
            jdbc.sql("update parindex_criterion p set max_points = (select sum(c.max_points) from parindex_criterion c "
                    + "where c.parent_id = p.id) where p.set_id = ? and p.level = ? and exists (select 1 from "
                    + "parindex_criterion c where c.parent_id = p.id)").param(setId).param(level).update();
        }
    }

    public void replaceBands(int year, List<Band> bands) {
        jdbc.sql("delete from parindex_band where year = ?").param(year).update();
        bands.forEach(b -> insertBand(year, b));
    }

    private static CriteriaSet set(ResultSet rs, int n) throws SQLException {
        long copied = rs.getLong("copied_from");
        return new CriteriaSet(rs.getLong("id"), rs.getInt("year"), UnitGroup.valueOf(rs.getString("unit_group")),
                rs.getInt("version"), rs.getString("title"), rs.getString("basis"), rs.getBoolean("illustrative"),
                rs.getBoolean("frozen"), rs.wasNull() ? null : copied);
    }

    private static Criterion criterion(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Criterion(rs.getLong("id"), rs.getLong("set_id"), parentId, rs.getString("level"),
                rs.getString("code"), rs.getInt("position"), rs.getString("name"), rs.getBigDecimal("max_points"),
                rs.getString("guidance"), rs.getString("evidence"),
                CriterionSource.valueOf(rs.getString("source")), rs.getString("metric"), rs.getString("formula"),
                rs.getBoolean("illustrative"));
    }
}
