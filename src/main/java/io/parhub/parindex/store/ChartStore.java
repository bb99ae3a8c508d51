package io.parhub.parindex.store;

import io.parhub.parindex.ChartFigures.AreaPoints;
import io.parhub.parindex.UnitGroup;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the charts read: every unit's points and maximum per area in the years whose results are final (LOCKED or
 * PUBLISHED), in one query instead of a scorecard per unit.
 */
@Repository
public class ChartStore {

    // A leaf is a criterion without children; its area is the AREA row of the same set whose code is the leaf's
    // code up to the first dot (as Criterion.areaCode reads it). A missing score row counts 0, as on the scorecard.
    private static final String AREA_POINTS = """
            select c.year, e.unit_code, e.unit_name, e.unit_group, e.ranked, a.code as area_code,
                   a.name as area_name, a.position as area_position,
                   coalesce(sum(coalesce(s.final_score, s.appraised_score, s.self_score, 0)), 0) as score,
                   sum(l.max_points) as max_points
            from parindex_cycle c
            join parindex_entry e on e.cycle_id = c.id
            join parindex_criterion l on l.set_id = e.set_id
                 and not exists (select 1 from parindex_criterion k where k.parent_id = l.id)
            join parindex_criterion a on a.set_id = e.set_id and a.level = 'AREA'
                 and a.code = split_part(l.code, '.', 1)
            left join parindex_score s on s.entry_id = e.id and s.criterion_id = l.id
            where c.status in ('LOCKED', 'PUBLISHED') %s
            group by c.year, e.unit_code, e.unit_name, e.unit_group, e.ranked, a.code, a.name, a.position
            order by c.year, e.unit_group, e.unit_code, a.position
            """;

    private final JdbcClient jdbc;

    public ChartStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Years whose results are final, oldest first. */
    public List<Integer> finalYears() {
        return jdbc.sql("select year from parindex_cycle where status in ('LOCKED', 'PUBLISHED') order by year")
                .query(Integer.class).list();
    }

    /** Every unit's points per area in one final year (empty when the year is not final). */
    public List<AreaPoints> areaPoints(int year) {
        return jdbc.sql(AREA_POINTS.formatted("and c.year = ?")).param(year).query(ChartStore::row).list();
    }

    /** Every unit's points per area in every final year. */
    public List<AreaPoints> areaPoints() {
        return jdbc.sql(AREA_POINTS.formatted("")).query(ChartStore::row).list();
    }

    /** One unit's points per area in every final year. */
    public List<AreaPoints> areaPointsOfUnit(String unitCode) {
        return jdbc.sql(AREA_POINTS.formatted("and c.year in (select c2.year from parindex_cycle c2 join "
                + "parindex_entry e2 on e2.cycle_id = c2.id where e2.unit_code = ?)")).param(unitCode)
                .query(ChartStore::row).list();
    }

    private static AreaPoints row(ResultSet rs, int n) throws SQLException {
        return new AreaPoints(rs.getInt("year"), rs.getString("unit_code"), rs.getString("unit_name"),
                UnitGroup.valueOf(rs.getString("unit_group")), rs.getBoolean("ranked"), rs.getString("area_code"),
                rs.getString("area_name"), rs.getInt("area_position"), rs.getBigDecimal("score"),
                rs.getBigDecimal("max_points"));
    }
}
