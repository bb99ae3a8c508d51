package io.parhub.dossier.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code dossier_portal_outbox}: messages for the national portal and how their delivery went. */
@Repository
public class PortalOutbox {

    /** What a message says: the dossier in the portal's shape, or one step of its progress. */
    public enum Kind {
        DOSSIER("dossiers"), PROGRESS("progress");

        private final String path;

        Kind(String path) {
            this.path = path;
        }

        /** The portal's resource, below its base address. */
        public String path() {
            return path;
        }
    }

    /** PENDING until delivered (SENT) or until it failed the maximum number of times (FAILED). */
    public enum Status {
        PENDING, SENT, FAILED
    }

    public record Message(long id, String dossierCode, Kind kind, String payload, Instant createdAt, int attempts,
            Instant nextAttemptAt, @Nullable String lastError, @Nullable Instant sentAt, Status status) {
    }

    private static final String COLUMNS = """
            id, dossier_code, kind, payload::text as payload, created_at, attempts, next_attempt_at, last_error,
            sent_at, status""";

    private final JdbcClient jdbc;

    public PortalOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A message to write: what it says and its payload (JSON). */
    record Pending(Kind kind, String payload) {
    }

    /** Writes a change's messages in one statement; their ids keep the order given (the sender's order). */
    void write(String dossierCode, List<Pending> messages, Instant at) {
        jdbc.sql("""
                insert into dossier_portal_outbox (dossier_code, kind, payload, created_at, next_attempt_at)
                select :code, m.kind, cast(m.payload as jsonb), :at, :at
                from unnest(cast(:kinds as text[]), cast(:payloads as text[])) with ordinality as m (kind, payload, n)
                order by m.n""")
                .param("code", dossierCode)
                .param("kinds", messages.stream().map(m -> m.kind().name()).toArray(String[]::new))
                .param("payloads", messages.stream().map(Pending::payload).toArray(String[]::new))
                .param("at", utc(at)).update();
    }

    /**
     * Locks up to {@code limit} PENDING messages due at {@code now} whose dossier has no earlier message that is not
     * SENT (so a dossier's messages go out in order, and one behind a FAILED message waits). Rows another sender
     * holds are skipped, not waited for; an earlier row it holds still counts as unsent, so that sender keeps the
     * order. Call inside a transaction: the locks last until it ends.
     */
    List<Message> claimDue(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from dossier_portal_outbox o
                where o.status = 'PENDING' and o.next_attempt_at <= :now
                  and not exists (select 1 from dossier_portal_outbox e
                                   where e.dossier_code = o.dossier_code and e.id < o.id and e.status <> 'SENT')
                order by o.next_attempt_at, o.id
                limit :limit
                for update of o skip locked""")
                .param("now", utc(now)).param("limit", limit).query(PortalOutbox::message).list();
    }

    void sent(long id, Instant at) {
        jdbc.sql("""
                update dossier_portal_outbox set status = 'SENT', sent_at = :at, attempts = attempts + 1,
                       last_error = null
                where id = :id""").param("id", id).param("at", utc(at)).update();
    }

    void failed(long id, int attempts, Instant next, String error, boolean giveUp) {
        jdbc.sql("""
                update dossier_portal_outbox set attempts = :attempts, next_attempt_at = :next, last_error = :error,
                       status = :status
                where id = :id""").param("id", id).param("attempts", attempts).param("next", utc(next))
                .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                .param("status", giveUp ? Status.FAILED.name() : Status.PENDING.name()).update();
    }

    /** FAILED → PENDING, due at {@code now}, with its attempts counted afresh; false when it was not FAILED. */
    boolean retry(long id, Instant now) {
        return jdbc.sql("""
                update dossier_portal_outbox set status = 'PENDING', attempts = 0, next_attempt_at = :now
                where id = :id and status = 'FAILED'""").param("id", id).param("now", utc(now)).update() == 1;
    }

    public Optional<Message> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from dossier_portal_outbox where id = :id").param("id", id)
                .query(PortalOutbox::message).optional();
    }

    /** The messages of one dossier in the order they are delivered. */
    public List<Message> of(String dossierCode) {
        return jdbc.sql("select " + COLUMNS + " from dossier_portal_outbox where dossier_code = :code order by id")
                .param("code", dossierCode).query(PortalOutbox::message).list();
    }

    /** How many messages are in each status (every status present, zero when none). */
    public Map<Status, Long> counts() {
        Map<Status, Long> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        jdbc.sql("select status, count(*) as n from dossier_portal_outbox group by status")
                .query((rs, n) -> Map.entry(Status.valueOf(rs.getString("status")), rs.getLong("n"))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** FAILED messages and PENDING ones that failed at least once, oldest first. */
    public List<Message> failures(int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from dossier_portal_outbox
                where status = 'FAILED' or (status = 'PENDING' and attempts > 0)
                order by id limit :limit""").param("limit", limit).query(PortalOutbox::message).list();
    }

    private static Message message(ResultSet rs, int n) throws SQLException {
        return new Message(rs.getLong("id"), rs.getString("dossier_code"), Kind.valueOf(rs.getString("kind")),
                rs.getString("payload"), instant(rs, "created_at"), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "sent_at"),
                Status.valueOf(rs.getString("status")));
    }

    @SuppressWarnings("NullAway")
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
