package io.parhub.dossier.store;

import io.parhub.dossier.Applicant;
import io.parhub.dossier.Dossier;
import io.parhub.dossier.Regime;
import io.parhub.procedure.Channel;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dossier rows. Times are Vietnam local times in Java and {@code timestamptz} in the database. */
@Repository
public class DossierStore {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final String COLUMNS = """
            id, code, procedure_code, procedure_name, regime, channel, receiving_agency_id, handling_agency_id,
            applicant_name, applicant_id_number, applicant_phone, applicant_address, status, version, submitted_at,
            received_at, due_at, original_due_at, clock_stopped_at, supplement_requests, flagged_late, apologised,
            handed_in, missing_items, reasons, current_step, assignee, resolved_at, delivered_at, bundle_code,
            payment_items, return_mode, closed_at, procedure_field""";

    private final JdbcClient jdbc;

    public DossierStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Dossier d) {
        return jdbc.sql("""
                insert into dossier (code, procedure_code, procedure_name, regime, channel, receiving_agency_id,
                    handling_agency_id, applicant_name, applicant_id_number, applicant_phone, applicant_address, status,
                    version, submitted_at, received_at, due_at, original_due_at, clock_stopped_at, supplement_requests,
                    flagged_late, apologised, handed_in, missing_items, reasons, current_step, assignee, resolved_at,
                    delivered_at, bundle_code, payment_items, return_mode, closed_at, procedure_field)
                values (:code, :procedureCode, :procedureName, :regime, :channel, :receiving, :handling, :name,
                    :idNumber, :phone, :address, :status, 0, :submittedAt, :receivedAt, :dueAt, :originalDueAt,
                    :stoppedAt, :supplements, :flagged, :apologised, :handedIn, :missing, :reasons, :step, :assignee,
                    :resolvedAt, :deliveredAt, :bundle, :payment, :returnMode, :closedAt, :field)
                returning id""")
                .param("code", d.code()).param("procedureCode", d.procedureCode())
                .param("procedureName", d.procedureName()).param("regime", d.regime().name())
                .param("channel", d.channel().name()).param("receiving", d.receivingAgencyId())
                .param("handling", d.handlingAgencyId()).param("name", d.applicant().name())
                .param("idNumber", d.applicant().idNumber()).param("phone", d.applicant().phone())
                .param("address", d.applicant().address()).param("submittedAt", instant(d.submittedAt()))
                .param("handedIn", d.handedIn().toArray(String[]::new)).param("bundle", d.bundleCode())
                .param("field", d.procedureField())
                .params(mutable(d)).query(Long.class).single();
    }

    /** Writes the mutable fields if the row still has {@code d.version()}; false when someone else changed it. */
    public boolean update(Dossier d) {
        return jdbc.sql("""
                update dossier set status = :status, version = version + 1, received_at = :receivedAt, due_at = :dueAt,
                    original_due_at = :originalDueAt, clock_stopped_at = :stoppedAt,
                    supplement_requests = :supplements, flagged_late = :flagged, apologised = :apologised,
                    missing_items = :missing, reasons = :reasons, current_step = :step, assignee = :assignee,
                    resolved_at = :resolvedAt, delivered_at = :deliveredAt, payment_items = :payment,
                    return_mode = :returnMode, closed_at = :closedAt
                where id = :id and version = :version""")
                .params(mutable(d)).param("id", d.id()).param("version", d.version()).update() == 1;
    }

    private static java.util.Map<String, @Nullable Object> mutable(Dossier d) {
        var m = new java.util.HashMap<String, @Nullable Object>();
        m.put("status", d.status().name());
        m.put("receivedAt", instant(d.receivedAt()));
        m.put("dueAt", instant(d.dueAt()));
        m.put("originalDueAt", instant(d.originalDueAt()));
        m.put("stoppedAt", instant(d.clockStoppedAt()));
        m.put("supplements", d.supplementRequests());
        m.put("flagged", d.flaggedLate());
        m.put("apologised", d.apologised());
        m.put("missing", d.missingItems().toArray(String[]::new));
        m.put("reasons", d.reasons().toArray(String[]::new));
        m.put("step", d.currentStep());
        m.put("assignee", d.assignee());
        m.put("resolvedAt", instant(d.resolvedAt()));
        m.put("deliveredAt", instant(d.deliveredAt()));
        m.put("payment", d.paymentItems().toArray(String[]::new));
        m.put("returnMode", d.returnMode() == null ? null : d.returnMode().name());
        m.put("closedAt", instant(d.closedAt()));
        return m;
    }

    public Optional<Dossier> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from dossier where code = :code").param("code", code)
                .query(DossierStore::map).optional();
    }

    /** Active dossiers (of the given statuses) whose receiving or handling agency is one of {@code agencyIds}. */
    public List<Dossier> activeOf(Collection<Long> agencyIds, Collection<String> statuses,
            @Nullable LocalDateTime dueFrom, @Nullable LocalDateTime dueBefore, @Nullable String assignee) {
        if (agencyIds.isEmpty() && assignee == null) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + """
                 from dossier where status in (:statuses)
                  and (cast(:assignee as text) is null or assignee = :assignee)
                  and (cast(:scoped as boolean) = false or receiving_agency_id in (:agencies)
                       or handling_agency_id in (:agencies)
                       or (bundle_code is not null and exists (select 1 from dossier_part p
                           where p.dossier_id = dossier.id and p.agency_id in (:agencies))))
                  and (cast(:dueFrom as timestamptz) is null or due_at >= :dueFrom)
                  and (cast(:dueBefore as timestamptz) is null or due_at < :dueBefore)
                order by due_at nulls last, code limit 500""")
                .param("statuses", statuses).param("assignee", assignee)
                .param("scoped", assignee == null).param("agencies", agencyIds.isEmpty() ? List.of(-1L) : agencyIds)
                .param("dueFrom", instant(dueFrom)).param("dueBefore", instant(dueBefore))
                .query(DossierStore::map).list();
    }

    static @Nullable OffsetDateTime instant(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(VIETNAM).toOffsetDateTime();
    }

    static @Nullable LocalDateTime local(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.atZoneSameInstant(VIETNAM).toLocalDateTime();
    }

    private static List<String> list(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    private static Dossier map(ResultSet rs, int row) throws SQLException {
        int step = rs.getInt("current_step");
        Integer currentStep = rs.wasNull() ? null : step;
        return new Dossier(rs.getLong("id"), rs.getString("code"), rs.getString("procedure_code"),
                rs.getString("procedure_name"), Regime.valueOf(rs.getString("regime")),
                Channel.valueOf(rs.getString("channel")), rs.getLong("receiving_agency_id"),
                rs.getLong("handling_agency_id"), new Applicant(rs.getString("applicant_name"),
                        rs.getString("applicant_id_number"), rs.getString("applicant_phone"),
                        rs.getString("applicant_address")), Dossier.Status.valueOf(rs.getString("status")),
                rs.getInt("version"), local(rs, "submitted_at"), local(rs, "received_at"), local(rs, "due_at"),
                local(rs, "original_due_at"), local(rs, "clock_stopped_at"), rs.getInt("supplement_requests"),
                rs.getBoolean("flagged_late"), rs.getBoolean("apologised"), list(rs, "handed_in"),
                list(rs, "missing_items"), list(rs, "reasons"), currentStep, rs.getString("assignee"),
                local(rs, "resolved_at"), local(rs, "delivered_at"), rs.getString("bundle_code"),
                list(rs, "payment_items"), rs.getString("return_mode") == null ? null
                        : Dossier.ReturnMode.valueOf(rs.getString("return_mode")), local(rs, "closed_at"),
                rs.getString("procedure_field"));
    }
}
