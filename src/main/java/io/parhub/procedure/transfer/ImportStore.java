package io.parhub.procedure.transfer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The record of files imported for real, and the uploads kept between a dry run and its confirmation. */
@Repository
class ImportStore {

    /** How long a checked upload waits for the officer's confirmation. */
    static final Duration UPLOAD_LIFETIME = Duration.ofHours(2);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The id of the decision this file was imported with, if it was imported with this decision number. */
    Optional<Long> importedDecision(String sha256, String decisionNumber) {
        return jdbc.sql("select decision_id from procedure_import where sha256 = :sha and decision_number = :number")
                .param("sha", sha256).param("number", decisionNumber).query(Long.class).optional();
    }

    void recordImport(Upload upload, String decisionNumber, long decisionId, ImportReport report, String actor) {
        jdbc.sql("""
                insert into procedure_import (sha256, file_name, format, decision_number, decision_id, row_count,
                                              added, amended, abolished, imported_by, imported_at)
                values (:sha, :name, :format, :number, :decision, :rows, :added, :amended, :abolished, :actor, :at)
                on conflict (sha256, decision_number) do nothing
                """)
                .param("sha", upload.sha256()).param("name", upload.fileName())
                .param("format", upload.format().name()).param("number", decisionNumber)
                .param("decision", decisionId).param("rows", report.rows()).param("added", report.added())
                .param("amended", report.amended()).param("abolished", report.abolished()).param("actor", actor)
                .param("at", Timestamp.from(Instant.now(clock))).update();
    }

    /** Keeps an upload for later confirmation by the same account; expired uploads are cleared first. */
    UUID keep(Upload upload, DecisionFields decision, String owner) {
        Instant now = Instant.now(clock);
        jdbc.sql("delete from procedure_import_upload where expires_at < :now").param("now", Timestamp.from(now))
                .update();
        UUID token = UUID.randomUUID();
        jdbc.sql("""
                insert into procedure_import_upload (token, sha256, file_name, format, content, decision,
                                                     uploaded_by, uploaded_at, expires_at)
                values (:token, :sha, :name, :format, :content, cast(:decision as jsonb), :owner, :now, :expires)
                """)
                .param("token", token).param("sha", upload.sha256()).param("name", upload.fileName())
                .param("format", upload.format().name()).param("content", upload.content())
                .param("decision", JSON.writeValueAsString(decision)).param("owner", owner)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(UPLOAD_LIFETIME)))
                .update();
        return token;
    }

    record Kept(Upload upload, DecisionFields decision) {
    }

    /** The upload kept under {@code token} for {@code owner}, unless it expired. */
    Optional<Kept> kept(UUID token, String owner) {
        return jdbc.sql("""
                select file_name, content, format, sha256, decision::text as decision from procedure_import_upload
                where token = :token and uploaded_by = :owner and expires_at >= :now
                """)
                .param("token", token).param("owner", owner).param("now", Timestamp.from(Instant.now(clock)))
                .query((rs, n) -> new Kept(
                        new Upload(rs.getString("file_name"), rs.getBytes("content"),
                                TransferFormat.valueOf(rs.getString("format")), rs.getString("sha256")),
                        JSON.readValue(rs.getString("decision"), DecisionFields.class)))
                .optional();
    }

    void forget(UUID token) {
        jdbc.sql("delete from procedure_import_upload where token = :token").param("token", token).update();
    }
}
