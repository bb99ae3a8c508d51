package io.parhub.procedure.store;

import io.parhub.procedure.ChangeKind;
import io.parhub.procedure.ChangeReport;
import io.parhub.procedure.Channel;
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
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Search, statistics and the changes report: queries over the versions valid on a date and the recorded changes.
 *
 * <p>Search folds case and accents with {@code procedure_fold} (unaccent) on both sides. The text's words are
 * matched against the words of the folded names (full text, {@code simple} configuration, GIN index), each unknown
 * word being replaced by its nearest known words by trigram distance (pg_trgm, GiST index on the word dictionary
 * {@code procedure_word}) or taken as a prefix: "khai sihn" finds "khai sinh". A code prefix also matches. Ranking:
 * an exact code first, then names containing the whole folded text, then shorter names (every word matched, so
 * the shorter name says less else; similarity() on every match cost too much on broad queries). See V5_1__procedure_search_words.sql for why not {@code <%} on whole names.
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
        String words = null; // the tsquery, when the text has words
        if (hasText) {
            words = tsquery(text);
            where.append(words == null ? " and v.code like :like || '%'"
                    : " and (v.search_words @@ to_tsquery('simple', :words) or v.code like :like || '%')");
            order = """
                    (v.code = :text) desc,
                    case when v.search_name like '%' || procedure_fold(:like) || '%' then 1 else 0 end desc,
                    length(v.search_name), v.code""";
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
                       v.processing_amount, v.processing_unit, v.processing_text, v.online_mode, v.channels,
                       count(*) over () as total
                from procedure_version v where %s order by %s limit :size offset :offset
                """.formatted(where, order))
                .param("at", Date.valueOf(query.at())).param("size", query.size())
                .param("offset", (long) query.page() * query.size());
        if (hasText) {
            statement = statement.param("text", text).param("like", escapeLike(text));
            if (words != null) {
                statement = statement.param("words", words);
            }
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
                    mode == null ? null : OnlineMode.valueOf(mode),
                    Rows.enums(rs, "channels", Channel::valueOf));
        }).list();
        if (items.isEmpty() && query.page() > 0) {
            // past the last page: still tell the caller how many there are
            total.set(count(where.toString(), query, hasText ? text : null, words));
        }
        return new ProcedurePage(items, total.get());
    }

    private long count(String where, ProcedureQuery query, @Nullable String text, @Nullable String words) {
        var statement = jdbc.sql("select count(*) from procedure_version v where " + where)
                .param("at", Date.valueOf(query.at()));
        if (text != null) {
            statement = statement.param("like", escapeLike(text));
        }
        if (words != null) {
            statement = statement.param("words", words);
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

    /**
     * The search text as a tsquery over the folded words of names: each word of the text that is a known word as
     * itself; an unknown one (a typo, or a word still being typed) as a prefix or one of its 4 nearest known words
     * by trigram distance (similarity at least 0.2: "sihn" and "sinh" share 2 of 8 trigrams, 0.25). Null when the
     * text has no word.
     */
    private @Nullable String tsquery(String text) {
        return jdbc.sql("""
                with t as (select distinct w from unnest(tsvector_to_array(to_tsvector('simple', procedure_fold(:text))))
                           as w)
                select string_agg(case when exists (select 1 from procedure_word p where p.word = t.w)
                                       then quote_literal(t.w)
                                       else '(' || quote_literal(t.w) || ':*' || coalesce((
                                           select string_agg(' | ' || quote_literal(n.word), '')
                                           from (select p.word from procedure_word p order by p.word <-> t.w limit 4) n
                                           where similarity(n.word, t.w) >= 0.2),
                                           '') || ')' end, ' & ')
                from t
                """).param("text", text).query(String.class).list().stream().filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
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
