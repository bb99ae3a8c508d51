package io.parhub.dossier.store;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Idempotency keys of reception requests, with the hash of the request that first used them. */
@Repository
public class IdempotencyKeys {

    public record Entry(String requestHash, @Nullable String dossierCode) {
    }

    private final JdbcClient jdbc;

    public IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for this request; empty when it was free. Otherwise the earlier entry (a concurrent first
     * request holding the key makes this wait for its transaction to end).
     */
    public Optional<Entry> claim(String key, String actor, String requestHash) {
        int inserted = jdbc.sql("""
                insert into dossier_idempotency (key, actor, request_hash) values (:key, :actor, :hash)
                on conflict (key) do nothing""").param("key", key).param("actor", actor).param("hash", requestHash)
                .update();
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.sql("select request_hash, dossier_code from dossier_idempotency where key = :key")
                .param("key", key).query((rs, n) -> new Entry(rs.getString(1), rs.getString(2))).optional();
    }

    public void complete(String key, String dossierCode) {
        jdbc.sql("update dossier_idempotency set dossier_code = :code where key = :key").param("code", dossierCode)
                .param("key", key).update();
    }
}
