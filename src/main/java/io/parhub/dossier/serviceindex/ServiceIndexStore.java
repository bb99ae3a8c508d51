package io.parhub.dossier.serviceindex;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counts the dossier statistics do not give: digitised dossiers and results (files), messages sent to the
 * national portal, and the citizens' evaluations, per handling agency for a period [from, end). A dossier counts in
 * the period on the same terms as in the dossier statistics (its life in processing meets the period), so both agree.
 */
@Repository
class ServiceIndexStore {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Which dossiers: the handling agencies (null = all) and an optional procedure. */
    record Scope(@Nullable List<Long> agencyIds, @Nullable String procedure) {
    }

    /**
     * Per agency: new dossiers and those with component files; resolved dossiers and those with a result file;
     * new dossiers whose portal messages were all sent by the end (-1 when there is no portal outbox).
     */
    record Files(long fresh, long digitised, long resolved, long withResult, long synced) {
    }

    /** Per agency: evaluations in the period, the sum of their totals and of their maxima. */
    record Evaluations(long count, long totalSum, long maxSum) {
    }

    private static final String IN_SCOPE = """
             from dossier d
            where d.received_at is not null
              and tstzrange(d.received_at, coalesce(d.closed_at, 'infinity'), '[]') && tstzrange(:from, :end, '[)')
              and (cast(:all as boolean) or d.handling_agency_id = any(:agencies))
              and (cast(:procedure as text) is null or d.procedure_code = :procedure)
            """;

    // every message of the dossier written before the end was sent before the end, and there was at least one
    private static final String SYNCED = """
            count(*) filter (where d.received_at >= :from
                and exists (select 1 from dossier_portal_outbox o where o.dossier_code = d.code and o.created_at < :end)
                and not exists (select 1 from dossier_portal_outbox o where o.dossier_code = d.code
                    and o.created_at < :end and (o.status <> 'SENT' or o.sent_at is null or o.sent_at >= :end)))""";

    private final JdbcClient jdbc;

    ServiceIndexStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the national portal's outbox exists, so that synchronisation can be measured. */
    boolean portalOutbox() {
        return jdbc.sql("select to_regclass('dossier_portal_outbox') is not null").query(Boolean.class).single();
    }

    Map<Long, Files> files(Scope scope, LocalDateTime from, LocalDateTime end, boolean portal) {
        Map<Long, Files> found = new HashMap<>();
        params(jdbc.sql("""
                select d.handling_agency_id,
                       count(*) filter (where d.received_at >= :from) as fresh,
                       count(*) filter (where d.received_at >= :from and exists (select 1 from dossier_file f
                           where f.dossier_id = d.id and f.kind = 'COMPONENT' and f.uploaded_at < :end)) as digitised,
                       count(*) filter (where d.closed_at < :end and d.resolved_at is not null) as resolved,
                       count(*) filter (where d.closed_at < :end and d.resolved_at is not null
                           and exists (select 1 from dossier_file f where f.dossier_id = d.id and f.kind = 'RESULT'
                               and f.uploaded_at < :end)) as with_result,
                       %s as synced
                """.formatted(portal ? SYNCED : "-1") + IN_SCOPE + " group by d.handling_agency_id"), scope, from, end)
                .query(rs -> {
                    found.put(rs.getLong("handling_agency_id"), new Files(rs.getLong("fresh"),
                            rs.getLong("digitised"), rs.getLong("resolved"), rs.getLong("with_result"),
                            rs.getLong("synced")));
                });
        return found;
    }

    /** Evaluations made in the period of dossiers handled by the agencies (the agency at evaluation time). */
    Map<Long, Evaluations> evaluations(Scope scope, LocalDateTime from, LocalDateTime end) {
        Map<Long, Evaluations> found = new HashMap<>();
        jdbc.sql("""
                select e.agency_id, count(*) as n,
                       coalesce(sum((select sum(s.score) from dossier_evaluation_score s where s.evaluation_id = e.id)),
                           0) as total_sum,
                       coalesce(sum((select 2 * count(*) from dossier_evaluation_indicator i
                           where i.scheme_code = e.scheme_code)), 0) as max_sum
                  from dossier_evaluation e join dossier d on d.id = e.dossier_id
                 where e.evaluated_at >= :from and e.evaluated_at < :end
                   and (cast(:all as boolean) or e.agency_id = any(:agencies))
                   and (cast(:procedure as text) is null or d.procedure_code = :procedure)
                 group by e.agency_id""")
                .param("from", from).param("end", end)
                .param("all", scope.agencyIds() == null)
                .param("agencies", scope.agencyIds() == null ? new Long[0] : scope.agencyIds().toArray(Long[]::new))
                .param("procedure", scope.procedure())
                .query(rs -> {
                    found.put(rs.getLong("agency_id"), new Evaluations(rs.getLong("n"), rs.getLong("total_sum"),
                            rs.getLong("max_sum")));
                });
        return found;
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Scope scope, LocalDateTime from,
            LocalDateTime end) {
        return spec.param("from", from.atZone(VIETNAM).toOffsetDateTime())
                .param("end", end.atZone(VIETNAM).toOffsetDateTime())
                .param("all", scope.agencyIds() == null)
                .param("agencies", scope.agencyIds() == null ? new Long[0] : scope.agencyIds().toArray(Long[]::new))
                .param("procedure", scope.procedure());
    }
}
