package io.parhub.feedback.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the feedback module: rows, codes, history, files and idempotency keys. */
@Repository
public class FeedbackStore {

    private static final String COLUMNS = """
            id, code, channel, kind, subject, content, anonymous, submitter_name, submitter_phone, submitter_email,
            submitter_address, check_kind, secret_hash, dossier_code, procedure_code, procedure_name, status,
            scope_reason, field, competent_agency_id, answer, public_question, public_answer, received_at, received_by,
            forward_due_on, classified_at, forwarded_at, answer_due_on, answered_at, answered_by, published_at,
            closed_at, updated_at, version""";

    private final JdbcClient jdbc;

    public FeedbackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** PAKN-yyMMdd-nnnn from a counter row per day: concurrent submissions never share a number. */
    public String nextCode(LocalDate day) {
        int seq = jdbc.sql("""
                insert into feedback_code_counter (day, last_value) values (:day, 1)
                on conflict (day) do update set last_value = feedback_code_counter.last_value + 1
                returning last_value""").param("day", day).query(Integer.class).single();
        return "PAKN-" + day.format(DateTimeFormatter.ofPattern("yyMMdd")) + "-" + String.format("%04d", seq);
    }

    public long insert(FeedbackRow r) {
        return jdbc.sql("""
                insert into feedback (code, channel, kind, subject, content, anonymous, submitter_name, submitter_phone,
                    submitter_email, submitter_address, check_kind, secret_hash, dossier_code, procedure_code,
                    procedure_name, status, received_at, received_by, forward_due_on, updated_at, version)
                values (:code, :channel, :kind, :subject, :content, :anonymous, :name, :phone, :email, :address,
                    :checkKind, :secretHash, :dossierCode, :procedureCode, :procedureName, :status, :receivedAt,
                    :receivedBy, :forwardDueOn, :updatedAt, 0)
                returning id""")
                .param("code", r.code).param("channel", r.channel).param("kind", r.kind).param("subject", r.subject)
                .param("content", r.content).param("anonymous", r.anonymous).param("name", r.name)
                .param("phone", r.phone).param("email", r.email).param("address", r.address)
                .param("checkKind", r.checkKind).param("secretHash", r.secretHash)
                .param("dossierCode", r.dossierCode).param("procedureCode", r.procedureCode)
                .param("procedureName", r.procedureName).param("status", r.status)
                .param("receivedAt", ts(r.receivedAt)).param("receivedBy", r.receivedBy)
                .param("forwardDueOn", r.forwardDueOn).param("updatedAt", ts(r.updatedAt))
                .query(Long.class).single();
    }

    /** Writes the workflow fields if the row still has {@code r.version}; false when someone changed it meanwhile. */
    public boolean update(FeedbackRow r) {
        Map<String, @Nullable Object> p = new HashMap<>();
        p.put("id", r.id);
        p.put("version", r.version);
        p.put("status", r.status);
        p.put("scopeReason", r.scopeReason);
        p.put("field", r.field);
        p.put("agencyId", r.agencyId);
        p.put("answer", r.answer);
        p.put("publicQuestion", r.publicQuestion);
        p.put("publicAnswer", r.publicAnswer);
        p.put("classifiedAt", ts(r.classifiedAt));
        p.put("forwardedAt", ts(r.forwardedAt));
        p.put("answerDueOn", r.answerDueOn);
        p.put("answeredAt", ts(r.answeredAt));
        p.put("answeredBy", r.answeredBy);
        p.put("publishedAt", ts(r.publishedAt));
        p.put("closedAt", ts(r.closedAt));
        p.put("updatedAt", ts(r.updatedAt));
        return jdbc.sql("""
                update feedback set status = :status, scope_reason = :scopeReason, field = :field,
                    competent_agency_id = :agencyId, answer = :answer, public_question = :publicQuestion,
                    public_answer = :publicAnswer, classified_at = :classifiedAt, forwarded_at = :forwardedAt,
                    answer_due_on = :answerDueOn, answered_at = :answeredAt, answered_by = :answeredBy,
                    published_at = :publishedAt, closed_at = :closedAt, updated_at = :updatedAt,
                    version = version + 1
                where id = :id and version = :version""").params(p).update() == 1;
    }

    /** [received, answered, answered after the due day] of the feedback received in the period at the agencies. */
    public long[] counts(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return new long[] {0, 0, 0};
        }
        return jdbc.sql("""
                select count(*), count(answered_at),
                       count(*) filter (where answered_at is not null
                                          and cast(answered_at at time zone 'Asia/Ho_Chi_Minh' as date) > answer_due_on)
                from feedback
                where competent_agency_id in (:agencies)
                  and cast(received_at at time zone 'Asia/Ho_Chi_Minh' as date) between :from and :to""")
                .param("agencies", List.copyOf(agencyIds)).param("from", from).param("to", to)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    /** [due, answered on time] of the feedback forwarded to the agencies whose answer was due in the period. */
    public int[] answerTimeliness(Collection<Long> agencyIds, LocalDate from, LocalDate to, LocalDate today) {
        if (agencyIds.isEmpty()) {
            return new int[] {0, 0};
        }
        return jdbc.sql("""
                select count(*) filter (where answered_at is not null or answer_due_on < :today),
                       count(*) filter (where answered_at is not null
                                          and cast(answered_at at time zone 'Asia/Ho_Chi_Minh' as date) <= answer_due_on)
                from feedback
                where competent_agency_id in (:agencies) and answer_due_on between :from and :to""")
                .param("agencies", List.copyOf(agencyIds)).param("from", from).param("to", to).param("today", today)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
    }

    public Optional<FeedbackRow> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from feedback where code = :code").param("code", code)
                .query(FeedbackStore::row).optional();
    }

    /** Rows in the given states (every state when empty), newest first, at most {@code limit}. */
    public List<FeedbackRow> list(Collection<String> statuses, int limit) {
        if (statuses.isEmpty()) {
            return jdbc.sql("select " + COLUMNS + " from feedback order by received_at desc, id desc limit :limit")
                    .param("limit", limit).query(FeedbackStore::row).list();
        }
        return jdbc.sql("select " + COLUMNS + " from feedback where status in (:statuses) "
                + "order by received_at desc, id desc limit :limit")
                .param("statuses", List.copyOf(statuses)).param("limit", limit).query(FeedbackStore::row).list();
    }

    /** Published rows, newest publication first, searched without accents in subject, question and answer. */
    public List<FeedbackRow> published(@Nullable String query, @Nullable String kind, int offset, int limit) {
        String like = query == null || query.isBlank() ? null : "%" + query.strip().toLowerCase() + "%";
        return jdbc.sql("select " + COLUMNS + " " + """
                 from feedback where published_at is not null
                   and (cast(:kind as text) is null or kind = :kind)
                   and (cast(:like as text) is null
                        or unaccent(lower(subject || ' ' || public_question || ' ' || public_answer))
                           like unaccent(cast(:like as text)))
                 order by published_at desc, id desc offset :offset limit :limit""")
                .param("kind", kind).param("like", like).param("offset", offset).param("limit", limit)
                .query(FeedbackStore::row).list();
    }

    /** Open311's filters: ids, kinds, requested between, status set; newest first. */
    public List<FeedbackRow> search(Collection<String> codes, Collection<String> kinds, @Nullable Instant from,
            @Nullable Instant to, Collection<String> statuses, int limit) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from feedback
                 where (:noCodes or code in (:codes)) and (:noKinds or kind in (:kinds))
                   and (cast(:from as timestamptz) is null or received_at >= :from)
                   and (cast(:to as timestamptz) is null or received_at <= :to)
                   and (:noStatuses or status in (:statuses))
                 order by received_at desc, id desc limit :limit""")
                .param("noCodes", codes.isEmpty()).param("codes", codes.isEmpty() ? List.of("") : List.copyOf(codes))
                .param("noKinds", kinds.isEmpty()).param("kinds", kinds.isEmpty() ? List.of("") : List.copyOf(kinds))
                .param("from", ts(from)).param("to", ts(to)).param("noStatuses", statuses.isEmpty())
                .param("statuses", statuses.isEmpty() ? List.of("") : List.copyOf(statuses)).param("limit", limit)
                .query(FeedbackStore::row).list();
    }

    public record HistoryRow(Instant at, String actor, String action, @Nullable String from, String to,
            @Nullable String note) {
    }

    public void history(long feedbackId, Instant at, String actor, String action, @Nullable String from, String to,
            @Nullable String note) {
        jdbc.sql("""
                insert into feedback_history (feedback_id, at, actor, action, from_status, to_status, note)
                values (:id, :at, :actor, :action, :from, :to, :note)""").param("id", feedbackId).param("at", ts(at))
                .param("actor", actor).param("action", action).param("from", from).param("to", to)
                .param("note", note).update();
    }

    public List<HistoryRow> history(long feedbackId) {
        return jdbc.sql("""
                select at, actor, action, from_status, to_status, note from feedback_history
                where feedback_id = :id order by id""").param("id", feedbackId)
                .query((rs, n) -> new HistoryRow(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))).list();
    }

    public record FileRow(long id, String name, String contentType, long size, String sha256) {
    }

    public void file(long feedbackId, String code, String name, String contentType, byte[] bytes, String sha256,
            Instant at, String by) {
        jdbc.sql("""
                insert into feedback_file (feedback_id, feedback_code, original_name, content_type, size_bytes, sha256,
                    bytes, uploaded_at, uploaded_by)
                values (:id, :code, :name, :type, :size, :sha, :bytes, :at, :by)
                on conflict (feedback_id, sha256) do nothing""").param("id", feedbackId).param("code", code)
                .param("name", name).param("type", contentType).param("size", (long) bytes.length).param("sha", sha256)
                .param("bytes", bytes).param("at", ts(at)).param("by", by).update();
    }

    public List<FileRow> files(long feedbackId) {
        return jdbc.sql("""
                select id, original_name, content_type, size_bytes, sha256 from feedback_file
                where feedback_id = :id order by id""").param("id", feedbackId)
                .query((rs, n) -> new FileRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5))).list();
    }

    public Optional<byte[]> fileBytes(long feedbackId, long fileId) {
        return jdbc.sql("select bytes from feedback_file where feedback_id = :feedback and id = :id")
                .param("feedback", feedbackId).param("id", fileId).query(byte[].class).optional();
    }

    public record KeyEntry(String requestHash, @Nullable String code, @Nullable String secret) {
    }

    /** Claims the key; empty when it was free, else the earlier entry (a concurrent holder makes this wait). */
    public Optional<KeyEntry> claim(String key, String requestHash) {
        int inserted = jdbc.sql("""
                insert into feedback_idempotency (key, request_hash) values (:key, :hash)
                on conflict (key) do nothing""").param("key", key).param("hash", requestHash).update();
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.sql("select request_hash, feedback_code, secret from feedback_idempotency where key = :key")
                .param("key", key).query((rs, n) -> new KeyEntry(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    public void complete(String key, String code, @Nullable String secret) {
        jdbc.sql("update feedback_idempotency set feedback_code = :code, secret = :secret where key = :key")
                .param("code", code).param("secret", secret).param("key", key).update();
    }

    private static @Nullable OffsetDateTime ts(@Nullable Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static FeedbackRow row(ResultSet rs, int n) throws SQLException {
        FeedbackRow r = new FeedbackRow();
        r.id = rs.getLong("id");
        r.code = rs.getString("code");
        r.channel = rs.getString("channel");
        r.kind = rs.getString("kind");
        r.subject = rs.getString("subject");
        r.content = rs.getString("content");
        r.anonymous = rs.getBoolean("anonymous");
        r.name = rs.getString("submitter_name");
        r.phone = rs.getString("submitter_phone");
        r.email = rs.getString("submitter_email");
        r.address = rs.getString("submitter_address");
        r.checkKind = rs.getString("check_kind");
        r.secretHash = rs.getString("secret_hash");
        r.dossierCode = rs.getString("dossier_code");
        r.procedureCode = rs.getString("procedure_code");
        r.procedureName = rs.getString("procedure_name");
        r.status = rs.getString("status");
        r.scopeReason = rs.getString("scope_reason");
        r.field = rs.getString("field");
        long agency = rs.getLong("competent_agency_id");
        r.agencyId = rs.wasNull() ? null : agency;
        r.answer = rs.getString("answer");
        r.publicQuestion = rs.getString("public_question");
        r.publicAnswer = rs.getString("public_answer");
        r.receivedAt = java.util.Objects.requireNonNull(instant(rs, "received_at"));
        r.receivedBy = rs.getString("received_by");
        r.forwardDueOn = rs.getObject("forward_due_on", LocalDate.class);
        r.classifiedAt = instant(rs, "classified_at");
        r.forwardedAt = instant(rs, "forwarded_at");
        r.answerDueOn = rs.getObject("answer_due_on", LocalDate.class);
        r.answeredAt = instant(rs, "answered_at");
        r.answeredBy = rs.getString("answered_by");
        r.publishedAt = instant(rs, "published_at");
        r.closedAt = instant(rs, "closed_at");
        r.updatedAt = java.util.Objects.requireNonNull(instant(rs, "updated_at"));
        r.version = rs.getInt("version");
        return r;
    }
}
