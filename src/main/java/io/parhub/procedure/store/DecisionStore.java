package io.parhub.procedure.store;

import io.parhub.procedure.ChangeKind;
import io.parhub.procedure.PublicationDecision;
import io.parhub.procedure.PublicationResult;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Publication decisions and the change rows they recorded. */
@Repository
public class DecisionStore {

    private final JdbcClient jdbc;

    public DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Publications are serialised: validation sees the catalogue exactly as the writes will find it. */
    public void lockCatalogue() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('procedure_publication'))").query(Object.class).single();
    }

    public record Stored(long id, String contentHash) {
    }

    public Optional<Stored> byNumber(String number) {
        return jdbc.sql("select id, content_hash from procedure_decision where number = :number")
                .param("number", number).query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2))).optional();
    }

    public long create(PublicationDecision d, String contentHash, String actor, Instant at) {
        return jdbc.sql("""
                insert into procedure_decision (number, signed_on, signer, effective_from, issuer, note, content_hash,
                                                actor, recorded_at)
                values (:number, :signed, :signer, :effective, :issuer, :note, :hash, :actor, :at) returning id
                """).param("number", d.number()).param("signed", Date.valueOf(d.signedOn()))
                .param("signer", d.signer()).param("effective", Date.valueOf(d.effectiveFrom()))
                .param("issuer", d.issuer()).param("note", d.note()).param("hash", contentHash)
                .param("actor", actor).param("at", Timestamp.from(at)).query(Long.class).single();
    }

    public void change(long decisionId, int position, String code, ChangeKind kind, @Nullable String replaces,
            LocalDate effective, @Nullable Long versionId, String name) {
        jdbc.sql("""
                insert into procedure_change (decision_id, position, code, kind, replaces, effective_from, version_id,
                                              name)
                values (:decision, :position, :code, :kind, :replaces, :effective, :version, :name)
                """).param("decision", decisionId).param("position", position).param("code", code)
                .param("kind", kind.name()).param("replaces", replaces).param("effective", Date.valueOf(effective))
                .param("version", versionId).param("name", name).update();
    }

    public PublicationResult result(long decisionId, boolean replayed) {
        record Head(String number, LocalDate effective) {
        }
        Head head = jdbc.sql("select number, effective_from from procedure_decision where id = :id")
                .param("id", decisionId)
                .query((rs, n) -> new Head(rs.getString(1), rs.getDate(2).toLocalDate())).single();
        List<String> added = new ArrayList<>();
        List<String> amended = new ArrayList<>();
        List<String> abolished = new ArrayList<>();
        jdbc.sql("select kind, code from procedure_change where decision_id = :id order by position")
                .param("id", decisionId).query(rs -> {
                    switch (ChangeKind.valueOf(rs.getString(1))) {
                        case NEW -> added.add(rs.getString(2));
                        case AMENDED -> amended.add(rs.getString(2));
                        case ABOLISHED -> abolished.add(rs.getString(2));
                    }
                });
        return new PublicationResult(decisionId, head.number(), head.effective(), added, amended, abolished,
                replayed);
    }
}
