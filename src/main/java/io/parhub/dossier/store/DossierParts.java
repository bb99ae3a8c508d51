package io.parhub.dossier.store;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The parts of interconnected dossiers and the agency that handles each. */
@Repository
public class DossierParts {

    public enum State { WAITING, IN_PROGRESS, DONE }

    public record PartRow(int position, int stage, @Nullable String procedureCode, long agencyId, State state,
            @Nullable LocalDateTime doneAt, @Nullable String doneBy) {
    }

    private final JdbcClient jdbc;

    public DossierParts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long dossierId, List<PartRow> parts) {
        for (PartRow p : parts) {
            jdbc.sql("""
                    insert into dossier_part (dossier_id, position, stage, procedure_code, agency_id, status)
                    values (:id, :position, :stage, :procedure, :agency, :status)""")
                    .param("id", dossierId).param("position", p.position()).param("stage", p.stage())
                    .param("procedure", p.procedureCode()).param("agency", p.agencyId())
                    .param("status", p.state().name()).update();
        }
    }

    public List<PartRow> of(long dossierId) {
        return jdbc.sql("""
                select position, stage, procedure_code, agency_id, status, done_at, done_by from dossier_part
                where dossier_id = :id order by position""").param("id", dossierId)
                .query((rs, n) -> new PartRow(rs.getInt("position"), rs.getInt("stage"),
                        rs.getString("procedure_code"), rs.getLong("agency_id"), State.valueOf(rs.getString("status")),
                        DossierStore.local(rs, "done_at"), rs.getString("done_by"))).list();
    }

    public void start(long dossierId, int position) {
        jdbc.sql("update dossier_part set status = 'IN_PROGRESS' where dossier_id = :id and position = :position")
                .param("id", dossierId).param("position", position).update();
    }

    public void done(long dossierId, int position, LocalDateTime at, String actor) {
        jdbc.sql("""
                update dossier_part set status = 'DONE', done_at = :at, done_by = :actor
                where dossier_id = :id and position = :position""")
                .param("id", dossierId).param("position", position).param("at", DossierStore.instant(at))
                .param("actor", actor).update();
    }
}
