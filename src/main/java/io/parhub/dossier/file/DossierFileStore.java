package io.parhub.dossier.file;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dossier_file table. */
@Repository
class DossierFileStore {

    /** A stored file without its bytes. */
    record Row(long id, FileKind kind, String dossierCode, String componentName, String originalName,
            String contentType, long size, String sha256, LocalDateTime uploadedAt, String uploadedBy) {
    }

    private static final String COLUMNS = "id, kind, dossier_code, component_name, original_name, content_type, "
            + "size_bytes, sha256, uploaded_at, uploaded_by";

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;

    DossierFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the file unless the dossier already has the same bytes of that kind; true when a row was written. */
    boolean insert(long dossierId, String dossierCode, FileKind kind, CheckedFile f, LocalDateTime at, String by) {
        return jdbc.sql("""
                insert into dossier_file (dossier_id, dossier_code, kind, component_name, original_name, content_type,
                    size_bytes, sha256, bytes, uploaded_at, uploaded_by)
                values (:dossier, :code, :kind, :component, :name, :type, :size, :sha, :bytes, :at, :by)
                on conflict (dossier_id, kind, sha256) do nothing""")
                .param("dossier", dossierId).param("code", dossierCode).param("kind", kind.name())
                .param("component", f.componentName())
                .param("name", f.originalName()).param("type", f.contentType()).param("size", f.bytes().length)
                .param("sha", f.sha256()).param("bytes", f.bytes())
                .param("at", at.atZone(VIETNAM).toOffsetDateTime()).param("by", by).update() == 1;
    }

    /**
     * The dossier's status, read with a share lock: a status change (which updates the row) waits until the
     * transaction attaching files has committed, so files are never attached to a dossier that has just left the
     * status that allowed it.
     */
    Optional<String> lockStatus(long dossierId) {
        return jdbc.sql("select status from dossier where id = :id for share").param("id", dossierId)
                .query(String.class).optional();
    }

    List<Row> list(String dossierCode) {
        return jdbc.sql("select " + COLUMNS + " from dossier_file where dossier_code = :code order by id")
                .param("code", dossierCode).query((rs, n) -> row(rs)).list();
    }

    List<Row> list(String dossierCode, FileKind kind) {
        return jdbc.sql("select " + COLUMNS + " from dossier_file where dossier_code = :code and kind = :kind "
                + "order by id").param("code", dossierCode).param("kind", kind.name())
                .query((rs, n) -> row(rs)).list();
    }

    Optional<Row> find(String dossierCode, long id) {
        return jdbc.sql("select " + COLUMNS + " from dossier_file where dossier_code = :code and id = :id")
                .param("code", dossierCode).param("id", id).query((rs, n) -> row(rs)).optional();
    }

    Optional<Row> find(String dossierCode, FileKind kind, String sha256) {
        return jdbc.sql("select " + COLUMNS + " from dossier_file where dossier_code = :code and kind = :kind "
                + "and sha256 = :sha").param("code", dossierCode).param("kind", kind.name()).param("sha", sha256)
                .query((rs, n) -> row(rs)).optional();
    }

    byte[] bytes(long id) {
        return jdbc.sql("select bytes from dossier_file where id = :id").param("id", id).query(byte[].class)
                .single();
    }

    private Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), FileKind.valueOf(rs.getString("kind")), rs.getString("dossier_code"),
                rs.getString("component_name"), rs.getString("original_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getObject("uploaded_at",
                        java.time.OffsetDateTime.class).atZoneSameInstant(VIETNAM).toLocalDateTime(),
                rs.getString("uploaded_by"));
    }
}
