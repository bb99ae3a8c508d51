package io.parhub.org.store;

import io.parhub.org.LineageKind;
import io.parhub.org.ReorganisationResult;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recorded reorganisations and their idempotency keys; the result is read back from the lineage rows. */
@Repository
public class ReorganisationStore {

    private final JdbcClient jdbc;

    public ReorganisationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long create(@Nullable String idempotencyKey, String requestHash, LineageKind kind, LocalDate effective,
            String legalBasis, String actor, Instant at) {
        return jdbc.sql("""
                insert into org_reorganisation (idempotency_key, request_hash, kind, effective_date, legal_basis, actor,
                                                recorded_at)
                values (:key, :hash, :kind, :day, :basis, :actor, :at) returning id
                """).param("key", idempotencyKey).param("hash", requestHash).param("kind", kind.name())
                .param("day", Date.valueOf(effective)).param("basis", legalBasis).param("actor", actor)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    /** The reorganisation recorded under {@code key}, with the hash of its request. */
    public Optional<Recorded> byKey(String key) {
        return jdbc.sql("select id, request_hash from org_reorganisation where idempotency_key = :key")
                .param("key", key)
                .query((rs, n) -> new Recorded(rs.getLong("id"), rs.getString("request_hash"))).optional();
    }

    public record Recorded(long id, String requestHash) {
    }

    public ReorganisationResult result(long id, boolean replayed) {
        record Head(LineageKind kind, LocalDate day, String basis) {
        }
        Head head = jdbc.sql("select kind, effective_date, legal_basis from org_reorganisation where id = :id")
                .param("id", id).query((rs, n) -> new Head(LineageKind.valueOf(rs.getString(1)),
                        rs.getDate(2).toLocalDate(), rs.getString(3))).single();
        List<String> ended = codes("predecessor_id", id);
        List<String> created = codes("successor_id", id);
        return new ReorganisationResult(id, head.kind(), head.day(), head.basis(), ended, created, replayed);
    }

    private List<String> codes(String side, long id) {
        return jdbc.sql("select distinct u.code from org_unit_lineage g join org_unit u on u.id = g." + side
                + " where g.reorganisation_id = :id order by u.code").param("id", id).query(String.class).list();
    }
}
