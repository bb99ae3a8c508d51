package io.parhub.dossier.stats;

import io.parhub.dossier.DossierStatistics.LateDossier;
import io.parhub.dossier.DossierStatistics.StepLateness;
import io.parhub.dossier.Figures;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counting queries. A dossier counts in a period [from, end) when its life in processing, [received, closed],
 * meets it; where it lands is decided from its times alone, so every dossier lands in exactly one place and the
 * figures add up. {@code end} is the end of the period or the moment the figures are taken at, whichever is first.
 */
@Repository
class StatisticsStore {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The figures of one (agency, procedure, field, channel). */
    record Cell(long agencyId, String procedureCode, String procedureName, @Nullable String field, String channel,
            Figures figures) {
    }

    /** Which dossiers: the agency ids (null = all) and the optional drill-down filters. */
    record Scope(@Nullable List<Long> agencyIds, @Nullable String procedure, @Nullable String field,
            @Nullable String channel) {
    }

    private static final String IN_SCOPE = """
             from dossier
            where received_at is not null
              and tstzrange(received_at, coalesce(closed_at, 'infinity'), '[]') && tstzrange(:from, :end, '[)')
              and (cast(:all as boolean) or handling_agency_id = any(:agencies))
              and (cast(:procedure as text) is null or procedure_code = :procedure)
              and (cast(:field as text) is null or procedure_field = :field)
              and (cast(:channel as text) is null or channel = :channel)
            """;

    // still being handled at the end, and past its due time with the clock running then
    private static final String OVERDUE = """
            (closed_at is null or closed_at >= :end) and due_at < :end
             and not (clock_stopped_at is not null and clock_stopped_at < :end)""";
    private static final String RESOLVED_IN = "closed_at < :end and resolved_at is not null";
    private static final String ON_TIME = "resolved_at <= due_at and not flagged_late";

    private final JdbcClient jdbc;

    StatisticsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a cell is keyed by besides the channel; the fewer keys, the cheaper the grouping. */
    enum Key { AGENCY, PROCEDURE, FIELD }

    /** The figures per channel and per the given keys (a key not asked for is left out of the cell: 0 or blank). */
    List<Cell> cells(Scope scope, LocalDateTime from, LocalDateTime end, Set<Key> keys) {
        boolean agency = keys.contains(Key.AGENCY);
        boolean procedure = keys.contains(Key.PROCEDURE);
        boolean field = keys.contains(Key.FIELD);
        String columns = (agency ? "handling_agency_id" : "0::bigint as handling_agency_id")
                + (procedure ? ", procedure_code, min(procedure_name) as procedure_name"
                        : ", ''::text as procedure_code, ''::text as procedure_name")
                + (field ? ", procedure_field" : ", null::text as procedure_field");
        String groups = (agency ? "handling_agency_id, " : "") + (procedure ? "procedure_code, " : "")
                + (field ? "procedure_field, " : "") + "channel";
        return params(jdbc.sql("select " + columns + ", channel," + """

                       count(*) filter (where received_at < :from) as carried,
                       count(*) filter (where received_at >= :from) as fresh,
                       count(*) filter (where %1$s and %2$s) as on_time,
                       count(*) filter (where %1$s and not (%2$s)) as late,
                       count(*) filter (where closed_at < :end and resolved_at is null and status = 'WITHDRAWN')
                           as withdrawn,
                       count(*) filter (where closed_at < :end and resolved_at is null and status = 'REFUSED')
                           as refused,
                       count(*) filter (where closed_at < :end and resolved_at is null
                           and status not in ('WITHDRAWN', 'REFUSED')) as suspended,
                       count(*) filter (where (closed_at is null or closed_at >= :end) and not (%3$s)) as not_due,
                       count(*) filter (where %3$s) as overdue,
                       count(*) filter (where supplement_requests > 0) as supplemented,
                       count(*) filter (where flagged_late) as flagged,
                       count(*) filter (where apologised) as apologised,
                       count(*) filter (where bundle_code is not null) as bundles,
                       coalesce(sum(extract(epoch from resolved_at - received_at)) filter (where %1$s), 0)
                           as resolved_seconds
                """.formatted(RESOLVED_IN, ON_TIME, OVERDUE) + IN_SCOPE + " group by " + groups), scope, from, end)
                .query(StatisticsStore::cell).list();
    }

    private static Cell cell(ResultSet rs, int row) throws SQLException {
        String channel = rs.getString("channel");
        long fresh = rs.getLong("fresh");
        Figures f = new Figures(rs.getLong("carried"), channel.equals("COUNTER") ? fresh : 0,
                channel.equals("ONLINE") ? fresh : 0, channel.equals("POST") ? fresh : 0, rs.getLong("on_time"),
                rs.getLong("late"), rs.getLong("withdrawn"), rs.getLong("refused"), rs.getLong("suspended"),
                rs.getLong("not_due"), rs.getLong("overdue"), rs.getLong("supplemented"), rs.getLong("flagged"),
                rs.getLong("apologised"), rs.getLong("bundles"), rs.getDouble("resolved_seconds"));
        return new Cell(rs.getLong("handling_agency_id"), rs.getString("procedure_code"),
                rs.getString("procedure_name"), rs.getString("procedure_field"), channel, f);
    }

    /** Resolved late in the period, or overdue at its end, latest due first. */
    List<Late> late(Scope scope, LocalDateTime from, LocalDateTime end, int limit) {
        return params(jdbc.sql("""
                select code, procedure_code, procedure_name, handling_agency_id, received_at, due_at, resolved_at,
                       status
                """ + IN_SCOPE + """
                  and ((%1$s and not (%2$s)) or (%3$s))
                order by due_at desc, code limit :limit""".formatted(RESOLVED_IN, ON_TIME, OVERDUE)), scope, from,
                end).param("limit", limit)
                .query((rs, n) -> new Late(rs.getLong("handling_agency_id"), new LateDossier(rs.getString("code"),
                        rs.getString("procedure_code"), rs.getString("procedure_name"), "",
                        local(rs, "received_at"), local(rs, "due_at"), local(rs, "resolved_at"),
                        rs.getString("status")))).list();
    }

    record Late(long agencyId, LateDossier dossier) {
    }

    /** Step runs of the dossiers in scope that ended in the period (or are open at its end) past their plan. */
    List<StepLateness> lateness(Scope scope, LocalDateTime from, LocalDateTime end) {
        return params(jdbc.sql("""
                select s.name, s.performer, coalesce(r.ended_by, r.started_by) as officer, count(*) as runs,
                       sum(extract(epoch from least(coalesce(r.ended_at, :end), :end) - r.planned_due_at) / 60)::bigint
                           as minutes
                  from dossier_step_run r
                  join dossier_process_step s on s.dossier_id = r.dossier_id and s.number = r.step_number
                 where r.dossier_id in (select id """ + IN_SCOPE + """
                 )
                   and (r.ended_at is null or r.ended_at >= :from) and r.started_at < :end
                   and least(coalesce(r.ended_at, :end), :end) > r.planned_due_at
                 group by s.name, s.performer, coalesce(r.ended_by, r.started_by)
                 order by minutes desc, runs desc limit 50"""), scope, from, end)
                .query((rs, n) -> new StepLateness(rs.getString("name"), rs.getString("performer"),
                        rs.getString("officer"), rs.getLong("runs"), rs.getLong("minutes"))).list();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Scope scope, LocalDateTime from,
            LocalDateTime end) {
        return spec.param("from", from.atZone(VIETNAM).toOffsetDateTime())
                .param("end", end.atZone(VIETNAM).toOffsetDateTime())
                .param("all", scope.agencyIds() == null)
                .param("agencies", scope.agencyIds() == null ? new Long[0] : scope.agencyIds().toArray(Long[]::new))
                .param("procedure", scope.procedure()).param("field", scope.field())
                .param("channel", scope.channel());
    }

    private static @Nullable LocalDateTime local(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.atZoneSameInstant(VIETNAM).toLocalDateTime();
    }
}
