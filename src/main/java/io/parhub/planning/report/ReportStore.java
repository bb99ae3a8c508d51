package io.parhub.planning.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the periodic reports: periods and their units, unit reports, sections, the documents indicator. */
@Repository
class ReportStore {

    record PeriodRow(long id, String kind, int year, int number, LocalDate startsOn, LocalDate endsOn,
            LocalDate dueOn) {
    }

    record ReportRow(long id, long periodId, String agencyCode, String status, @Nullable String figures,
            @Nullable Instant firstSubmittedAt, @Nullable Instant submittedAt, @Nullable String submittedBy,
            @Nullable Instant returnedAt, @Nullable String returnedBy, @Nullable String returnRemark,
            @Nullable Instant acceptedAt, @Nullable String acceptedBy, int version) {
    }

    record DocumentsRow(long sent, long electronic) {
    }

    private static final String PERIOD = "select id, kind, year, number, starts_on, ends_on, due_on from report_period";
    private static final String REPORT = """
            select id, period_id, agency_code, status, figures::text as figures, first_submitted_at, submitted_at,
                   submitted_by, returned_at, returned_by, return_remark, accepted_at, accepted_by, version
            from unit_report""";

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static ReportRow reportRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ReportRow(rs.getLong("id"), rs.getLong("period_id"), rs.getString("agency_code"),
                rs.getString("status"), rs.getString("figures"), instant(rs, "first_submitted_at"),
                instant(rs, "submitted_at"), rs.getString("submitted_by"), instant(rs, "returned_at"),
                rs.getString("returned_by"), rs.getString("return_remark"), instant(rs, "accepted_at"),
                rs.getString("accepted_by"), rs.getInt("version"));
    }

    private static @Nullable Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    long insertPeriod(String kind, int year, int number, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn,
            Instant at, String by) {
        return jdbc.sql("""
                insert into report_period (kind, year, number, starts_on, ends_on, due_on, created_at, created_by)
                values (:kind, :year, :number, :startsOn, :endsOn, :dueOn, :at, :by)
                on conflict (kind, year, number) do nothing returning id""")
                .param("kind", kind).param("year", year).param("number", number).param("startsOn", startsOn)
                .param("endsOn", endsOn).param("dueOn", dueOn).param("at", Timestamp.from(at)).param("by", by)
                .query(Long.class).optional().orElse(-1L);
    }

    void insertPeriodUnit(long periodId, String agencyCode) {
        jdbc.sql("insert into report_period_unit (period_id, agency_code) values (:p, :a) on conflict do nothing")
                .param("p", periodId).param("a", agencyCode).update();
    }

    Optional<PeriodRow> period(long id) {
        return jdbc.sql(PERIOD + " where id = :id").param("id", id).query(PeriodRow.class).optional();
    }

    List<PeriodRow> periods(int year) {
        return jdbc.sql(PERIOD + " where year = :year order by starts_on, kind").param("year", year)
                .query(PeriodRow.class).list();
    }

    List<String> periodUnits(long periodId) {
        return jdbc.sql("select agency_code from report_period_unit where period_id = :p order by agency_code")
                .param("p", periodId).query(String.class).list();
    }

    long insertReport(long periodId, String agencyCode, Instant at, String by) {
        return jdbc.sql("""
                insert into unit_report (period_id, agency_code, status, created_at, created_by, updated_at)
                values (:p, :a, 'DRAFT', :at, :by, :at) returning id""")
                .param("p", periodId).param("a", agencyCode).param("at", Timestamp.from(at)).param("by", by)
                .query(Long.class).single();
    }

    Optional<ReportRow> report(long id) {
        return jdbc.sql(REPORT + " where id = :id").param("id", id).query(ReportStore::reportRow).optional();
    }

    Optional<ReportRow> report(long periodId, String agencyCode) {
        return jdbc.sql(REPORT + " where period_id = :p and agency_code = :a").param("p", periodId)
                .param("a", agencyCode).query(ReportStore::reportRow).optional();
    }

    List<ReportRow> reports(long periodId) {
        return jdbc.sql(REPORT + " where period_id = :p order by agency_code").param("p", periodId)
                .query(ReportStore::reportRow).list();
    }

    /** Bumps the version when it is still the one read: the edit of sections and documents goes with it. */
    boolean touch(long id, int version, Instant at) {
        return jdbc.sql("update unit_report set version = version + 1, updated_at = :at where id = :id and version = :v")
                .param("at", Timestamp.from(at)).param("id", id).param("v", version).update() == 1;
    }

    boolean submit(long id, int version, String figures, Instant at, String by) {
        return jdbc.sql("""
                update unit_report set status = 'SUBMITTED', figures = cast(:figures as jsonb),
                       first_submitted_at = coalesce(first_submitted_at, :at), submitted_at = :at, submitted_by = :by,
                       version = version + 1, updated_at = :at
                where id = :id and version = :v and status in ('DRAFT', 'RETURNED')""")
                .param("figures", figures).param("at", Timestamp.from(at)).param("by", by).param("id", id)
                .param("v", version).update() == 1;
    }

    boolean returnReport(long id, int version, String remark, Instant at, String by) {
        return jdbc.sql("""
                update unit_report set status = 'RETURNED', return_remark = :remark, returned_at = :at,
                       returned_by = :by, version = version + 1, updated_at = :at
                where id = :id and version = :v and status = 'SUBMITTED'""")
                .param("remark", remark).param("at", Timestamp.from(at)).param("by", by).param("id", id)
                .param("v", version).update() == 1;
    }

    boolean accept(long id, int version, Instant at, String by) {
        return jdbc.sql("""
                update unit_report set status = 'ACCEPTED', accepted_at = :at, accepted_by = :by,
                       version = version + 1, updated_at = :at
                where id = :id and version = :v and status = 'SUBMITTED'""")
                .param("at", Timestamp.from(at)).param("by", by).param("id", id).param("v", version).update() == 1;
    }

    void saveSection(long reportId, String key, String body) {
        jdbc.sql("""
                insert into unit_report_section (report_id, section_key, body) values (:r, :k, :b)
                on conflict (report_id, section_key) do update set body = excluded.body""")
                .param("r", reportId).param("k", key).param("b", body).update();
    }

    void deleteSection(long reportId, String key) {
        jdbc.sql("delete from unit_report_section where report_id = :r and section_key = :k").param("r", reportId)
                .param("k", key).update();
    }

    Map<String, String> sections(long reportId) {
        return jdbc.sql("select section_key, body from unit_report_section where report_id = :r").param("r", reportId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void saveDocuments(long periodId, String agencyCode, long sent, long electronic, Instant at, String by) {
        jdbc.sql("""
                insert into report_documents (period_id, agency_code, sent, electronic, entered_at, entered_by)
                values (:p, :a, :sent, :el, :at, :by)
                on conflict (period_id, agency_code) do update set sent = excluded.sent,
                    electronic = excluded.electronic, entered_at = excluded.entered_at, entered_by = excluded.entered_by""")
                .param("p", periodId).param("a", agencyCode).param("sent", sent).param("el", electronic)
                .param("at", Timestamp.from(at)).param("by", by).update();
    }

    Optional<DocumentsRow> documents(long periodId, String agencyCode) {
        return jdbc.sql("select sent, electronic from report_documents where period_id = :p and agency_code = :a")
                .param("p", periodId).param("a", agencyCode).query(DocumentsRow.class).optional();
    }
}
