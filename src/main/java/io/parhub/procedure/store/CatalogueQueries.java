package io.parhub.procedure.store;

import io.parhub.procedure.ChangeKind;
import io.parhub.procedure.ChangeReport;
import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.ProcedurePage;
import io.parhub.procedure.ProcedureQuery;
import io.parhub.procedure.ProcedureStats;
import io.parhub.procedure.ProcedureSummary;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Search, statistics and the changes report: queries over the versions valid on a date and the recorded changes.
 *
 * <p>Search folds case and accents with {@code procedure_fold} (unaccent) on both sides and matches with pg_trgm:
 * {@code <%} (word similarity above {@code pg_trgm.word_similarity_threshold}, 0.6 by default) tolerates typos,
 * {@code like '%…%'} finds exact substrings, both served by the GIN trigram index on the folded name. Ranking: an
 * exact code first, then word similarity, a bonus for the whole text as a substring, then similarity to the whole
 * name (shorter, closer names first).
 */
@Repository
public class CatalogueQueries {

    private static final String VALID_ON = "v.valid_from <= :at and (v.valid_to is null or v.valid_to > :at)";

    private final JdbcClient jdbc;

    public CatalogueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ProcedurePage search(ProcedureQuery query) {
        StringBuilder where = new StringBuilder(VALID_ON);
        String order = "v.name collate procedure_vietnamese, v.code";
        String text = query.text() == null ? null : query.text().strip();
        boolean hasText = text != null && !text.isEmpty();
        if (hasText) {
            where.append("""
                     and (procedure_fold(:text) <% v.search_name
                          or v.search_name like '%' || procedure_fold(:like) || '%' or v.code like :like || '%')""");
            order = """
                    (v.code = :text) desc,
                    word_similarity(procedure_fold(:text), v.search_name)
                      + case when v.search_name like '%' || procedure_fold(:like) || '%' then 0.5 else 0 end desc,
                    similarity(procedure_fold(:text), v.search_name) desc, v.code""";
        }
        if (query.field() != null) {
            where.append(" and v.field = :field");
        }
        if (query.level() != null) {
            where.append(" and :level = any (v.levels)");
        }
        if (query.agency() != null) {
            where.append(" and v.search_agency like '%' || procedure_fold(:agency) || '%'");
        }
        if (query.onlineMode() != null) {
            where.append(" and v.online_mode = :mode");
        }
        var statement = jdbc.sql("""
                select v.code, v.name, v.field, v.levels, coalesce(v.receiving_agency, v.competent_agency) as agency,
                       v.processing_amount, v.processing_unit, v.processing_text, v.online_mode,
                       count(*) over () as total
                from procedure_version v where %s order by %s limit :size offset :offset
                """.formatted(where, order))
                .param("at", Date.valueOf(query.at())).param("size", query.size())
                .param("offset", (long) query.page() * query.size());
        if (hasText) {
            statement = statement.param("text", text).param("like", escapeLike(text));
        }
        if (query.field() != null) {
            statement = statement.param("field", query.field());
        }
        if (query.level() != null) {
            statement = statement.param("level", query.level().name());
        }
        if (query.agency() != null) {
            statement = statement.param("agency", escapeLike(query.agency().strip()));
        }
        if (query.onlineMode() != null) {
            statement = statement.param("mode", query.onlineMode().name());
        }
        AtomicLong total = new AtomicLong();
        List<ProcedureSummary> items = statement.query((rs, n) -> {
            total.set(rs.getLong("total"));
            String mode = rs.getString("online_mode");
            return new ProcedureSummary(rs.getString("code"), rs.getString("name"), rs.getString("field"),
                    Rows.levels(rs), rs.getString("agency"), Rows.time(rs),
                    mode == null ? null : OnlineMode.valueOf(mode));
        }).list();
        if (items.isEmpty() && query.page() > 0) {
            // past the last page: still tell the caller how many there are
            total.set(count(where.toString(), query, hasText ? text : null));
        }
        return new ProcedurePage(items, total.get());
    }

    private long count(String where, ProcedureQuery query, String text) {
        var statement = jdbc.sql("select count(*) from procedure_version v where " + where)
                .param("at", Date.valueOf(query.at()));
        if (text != null) {
            statement = statement.param("text", text).param("like", escapeLike(text));
        }
        if (query.field() != null) {
            statement = statement.param("field", query.field());
        }
        if (query.level() != null) {
            statement = statement.param("level", query.level().name());
        }
        if (query.agency() != null) {
            statement = statement.param("agency", escapeLike(query.agency().strip()));
        }
        if (query.onlineMode() != null) {
            statement = statement.param("mode", query.onlineMode().name());
        }
        return statement.query(Long.class).single();
    }

    /** LIKE treats % and _ as wildcards; a searcher typing them means the characters. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public List<String> fields(LocalDate at) {
        return jdbc.sql("select distinct v.field collate procedure_vietnamese as f from procedure_version v where "
                + VALID_ON + " order by 1").param("at", Date.valueOf(at)).query(String.class).list();
    }

    public ProcedureStats stats(LocalDate at) {
        return jdbc.sql("""
                select count(*),
                       count(*) filter (where 'PROVINCE' = any (v.levels)),
                       count(*) filter (where 'DISTRICT' = any (v.levels)),
                       count(*) filter (where 'COMMUNE' = any (v.levels)),
                       count(*) filter (where 'MINISTRY' = any (v.levels)),
                       count(*) filter (where v.online_mode = 'FULL'),
                       count(*) filter (where v.online_mode = 'PARTIAL'),
                       count(*) filter (where v.online_mode = 'NONE'),
                       count(*) filter (where v.online_mode is null),
                       count(*) filter (where 'COUNTER' = any (v.channels)),
                       count(*) filter (where 'ONLINE' = any (v.channels)),
                       count(*) filter (where 'POST' = any (v.channels))
                from procedure_version v where
                """ + VALID_ON).param("at", Date.valueOf(at)).query((rs, n) -> new ProcedureStats(at, rs.getLong(1),
                new ProcedureStats.ByLevel(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
                new ProcedureStats.ByOnlineMode(rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)),
                new ProcedureStats.ByChannel(rs.getLong(10), rs.getLong(11), rs.getLong(12)))).single();
    }

    public ChangeReport changes(LocalDate from, LocalDate to) {
        List<ChangeReport.Entry> added = new ArrayList<>();
        List<ChangeReport.Entry> amended = new ArrayList<>();
        List<ChangeReport.Entry> abolished = new ArrayList<>();
        jdbc.sql("""
                select c.kind, c.code, c.name, d.number, c.effective_from, c.replaces
                from procedure_change c join procedure_decision d on d.id = c.decision_id
                where c.effective_from between :from and :to
                order by c.effective_from, d.number, c.position
                """).param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).query(rs -> {
                    var entry = new ChangeReport.Entry(rs.getString("code"), rs.getString("name"),
                            rs.getString("number"), rs.getDate("effective_from").toLocalDate(),
                            rs.getString("replaces"));
                    switch (ChangeKind.valueOf(rs.getString("kind"))) {
                        case NEW -> added.add(entry);
                        case AMENDED -> amended.add(entry);
                        case ABOLISHED -> abolished.add(entry);
                    }
                });
        return new ChangeReport(from, to, new ChangeReport.Counts(added.size(), amended.size(), abolished.size()),
                added, amended, abolished);
    }
}
