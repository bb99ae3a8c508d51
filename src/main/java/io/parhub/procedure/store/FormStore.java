package io.parhub.procedure.store;

import io.parhub.procedure.FormDownload;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Form template files, stored once per (content, file name, content type). */
@Repository
public class FormStore {

    private final JdbcClient jdbc;

    public FormStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the stored file with these bytes, name and type, storing it first if needed. */
    public long store(String sha256, String fileName, String contentType, byte[] content) {
        return jdbc.sql("""
                insert into procedure_form (sha256, file_name, content_type, size, content)
                values (:sha, :name, :type, :size, :content)
                on conflict on constraint procedure_form_same do update set size = excluded.size
                returning id
                """).param("sha", sha256).param("name", fileName).param("type", contentType)
                .param("size", (long) content.length).param("content", content).query(Long.class).single();
    }

    /** An already stored file with this hash, name and type (to attach it again without uploading it). */
    public Optional<Long> find(String sha256, String fileName, String contentType) {
        return jdbc.sql("""
                select id from procedure_form where sha256 = :sha and file_name = :name and content_type = :type
                """).param("sha", sha256).param("name", fileName).param("type", contentType)
                .query(Long.class).optional();
    }

    public boolean exists(String sha256) {
        return jdbc.sql("select exists (select 1 from procedure_form where sha256 = :sha)").param("sha", sha256)
                .query(Boolean.class).single();
    }

    /** The bytes of {@code sha256} (any stored copy), to attach under another name or type. */
    public Optional<byte[]> content(String sha256) {
        return jdbc.sql("select content from procedure_form where sha256 = :sha limit 1").param("sha", sha256)
                .query(byte[].class).optional();
    }

    /** The form if some version of {@code code} attaches it. */
    public Optional<FormDownload> download(String code, long formId) {
        return jdbc.sql("""
                select f.id, f.file_name, f.content_type, f.sha256, f.content from procedure_form f
                where f.id = :id and exists (select 1 from procedure_component c
                    join procedure_version v on v.id = c.version_id where c.form_id = f.id and v.code = :code)
                """).param("id", formId).param("code", code)
                .query((rs, n) -> new FormDownload(rs.getLong("id"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getString("sha256"), rs.getBytes("content")))
                .optional();
    }
}
