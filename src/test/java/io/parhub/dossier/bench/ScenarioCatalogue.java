package io.parhub.dossier.bench;

import java.math.BigDecimal;
import java.sql.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who handles the generated dossiers and under which procedures: the province's agencies as they stood on a day
 * (departments and boards, district people's committees, communes; not the province committee itself nor its
 * service units) and the catalogue's procedures by level. The catalogue has no district level since the 2025
 * reorganisation, so a 2020 district committee draws from the province and commune procedures. Volumes are uneven
 * as in real life: inside each group an agency's or a procedure's weight falls with its (random) rank.
 */
final class ScenarioCatalogue {

    enum Group { DEPARTMENT, DISTRICT, COMMUNE }

    /** Shares of the dossiers handled by each group, in percent (assumed: communes do most civil status). */
    private static final int[] GROUP_PERCENT = {25, 30, 45};

    record Agency(long id, String code, Group group, long receivingId) {
    }

    /** {@code days} working days (or calendar days) from reception to the due time. */
    record Procedure(String code, String name, String field, int days, boolean calendarDays) {
    }

    private final List<List<Agency>> agencies = new ArrayList<>();
    private final List<double[]> agencyWeights = new ArrayList<>();
    private final List<List<Procedure>> procedures = new ArrayList<>();
    private final List<double[]> procedureWeights = new ArrayList<>();

    private ScenarioCatalogue() {
    }

    static ScenarioCatalogue load(JdbcClient jdbc, String unit, LocalDate at, Random random) {
        ScenarioCatalogue c = new ScenarioCatalogue();
        Long oneStop = jdbc.sql("""
                select a.id from org_agency a join org_agency r on a.path like r.path || '%'
                 where r.code = :unit and r.valid_from <= :at and (r.valid_to is null or r.valid_to > :at)
                   and a.kind = 'ONE_STOP_CENTRE' and a.valid_from <= :at and (a.valid_to is null or a.valid_to > :at)
                 order by a.id limit 1""").param("unit", unit).param("at", at).query(Long.class).optional()
                .orElse(null);
        List<Agency> all = jdbc.sql("""
                select a.id, a.code, a.kind, a.depth - r.depth as below
                  from org_agency a join org_agency r on a.path like r.path || '%' and a.id <> r.id
                 where r.code = :unit and r.valid_from <= :at and (r.valid_to is null or r.valid_to > :at)
                   and a.valid_from <= :at and (a.valid_to is null or a.valid_to > :at)
                   and a.kind in ('DEPARTMENT', 'BOARD', 'PEOPLES_COMMITTEE')
                 order by a.id""").param("unit", unit).param("at", at).query((rs, n) -> {
                    int below = rs.getInt("below");
                    boolean committee = rs.getString("kind").equals("PEOPLES_COMMITTEE");
                    Group g = !committee ? Group.DEPARTMENT : below == 1 ? Group.DISTRICT : Group.COMMUNE;
                    long id = rs.getLong("id");
                    // dossiers of the departments are received at the province's one-stop centre
                    return new Agency(id, rs.getString("code"), g,
                            g == Group.DEPARTMENT && oneStop != null ? oneStop : id);
                }).list();
        List<Procedure> province = new ArrayList<>();
        List<Procedure> commune = new ArrayList<>();
        List<Procedure> both = new ArrayList<>();
        jdbc.sql("""
                select distinct on (code) code, name, field, levels, processing_amount, processing_unit
                  from procedure_version order by code, version desc""").query(rs -> {
                    Array a = rs.getArray("levels");
                    List<String> levels = Arrays.asList((String[]) a.getArray());
                    Procedure p = procedure(rs.getString("code"), rs.getString("name"), rs.getString("field"),
                            rs.getBigDecimal("processing_amount"), rs.getString("processing_unit"));
                    if (levels.contains("PROVINCE") || levels.contains("MINISTRY")) {
                        province.add(p);
                    }
                    if (levels.contains("COMMUNE")) {
                        commune.add(p);
                    }
                    both.add(p);
                });
        for (Group g : Group.values()) {
            List<Agency> inGroup = new ArrayList<>(all.stream().filter(a -> a.group() == g).toList());
            if (inGroup.isEmpty()) {
                throw new IllegalStateException("no " + g + " under " + unit + " on " + at);
            }
            c.agencies.add(inGroup);
            c.agencyWeights.add(cumulative(inGroup.size(), 0.8, random));
            List<Procedure> pool = new ArrayList<>(g == Group.DEPARTMENT ? province : g == Group.COMMUNE ? commune
                    : both);
            if (pool.isEmpty()) {
                throw new IllegalStateException("no procedures in the catalogue for " + g);
            }
            Collections.shuffle(pool, random);
            c.procedures.add(pool);
            c.procedureWeights.add(cumulative(pool.size(), 1.1, random));
        }
        return c;
    }

    Agency agency(Random random) {
        int r = random.nextInt(100);
        int g = r < GROUP_PERCENT[0] ? 0 : r < GROUP_PERCENT[0] + GROUP_PERCENT[1] ? 1 : 2;
        return agencies.get(g).get(pick(agencyWeights.get(g), random));
    }

    Procedure procedure(Agency agency, Random random) {
        int g = agency.group().ordinal();
        return procedures.get(g).get(pick(procedureWeights.get(g), random));
    }

    /**
     * The procedure's time: working days as published (hours rounded up to whole days of 8 hours); when the
     * catalogue states none, 3 to 10 working days, fixed per procedure.
     */
    private static Procedure procedure(String code, String name, String field, @Nullable BigDecimal amount,
            @Nullable String unit) {
        if (amount == null || unit == null || amount.signum() <= 0) {
            return new Procedure(code, name, field, 3 + Math.floorMod(code.hashCode(), 8), false);
        }
        double a = amount.doubleValue();
        return switch (unit) {
            case "WORKING_HOURS" -> new Procedure(code, name, field, Math.max(1, (int) Math.ceil(a / 8)), false);
            case "CALENDAR_DAYS" -> new Procedure(code, name, field, Math.max(1, (int) Math.ceil(a)), true);
            default -> new Procedure(code, name, field, Math.max(1, (int) Math.ceil(a)), false);
        };
    }

    /** Cumulative weights 1/(rank+1)^skew; ranks are the list order (shuffled by the caller or by id). */
    private static double[] cumulative(int n, double skew, Random random) {
        double[] w = new double[n];
        List<Integer> ranks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ranks.add(i);
        }
        Collections.shuffle(ranks, random);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(ranks.get(i) + 1, skew);
            w[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        return w;
    }

    private static int pick(double[] cumulative, Random random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }
}
