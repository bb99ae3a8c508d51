package io.parhub.dossier.store;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A dossier's status history, its copy of the internal process, and the runs of its steps. */
@Repository
public class DossierSteps {

    /** One step of the process the dossier follows; amount and unit null when the step states no time. */
    public record StepRow(int number, String name, String performer, @Nullable BigDecimal amount,
            @Nullable String unit) {
    }

    public record RunRow(long id, int step, LocalDateTime startedAt, LocalDateTime plannedDueAt,
            @Nullable LocalDateTime endedAt, String startedBy, @Nullable String endedBy, @Nullable String endReason) {
    }

    public record HistoryRow(LocalDateTime at, String actor, String action, @Nullable String from, String to,
            @Nullable String note) {
    }

    private final JdbcClient jdbc;

    public DossierSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void history(long dossierId, LocalDateTime at, String actor, String action, @Nullable String from,
            String to, @Nullable String note) {
        jdbc.sql("""
                insert into dossier_status_history (dossier_id, at, actor, action, from_status, to_status, note)
                values (:id, :at, :actor, :action, :from, :to, :note)""")
                .param("id", dossierId).param("at", DossierStore.instant(at)).param("actor", actor)
                .param("action", action).param("from", from).param("to", to).param("note", note).update();
    }

    public List<HistoryRow> history(long dossierId) {
        return jdbc.sql("""
                select at, actor, action, from_status, to_status, note from dossier_status_history
                where dossier_id = :id order by id""").param("id", dossierId)
                .query((rs, n) -> new HistoryRow(DossierStore.local(rs, "at"), rs.getString("actor"),
                        rs.getString("action"), rs.getString("from_status"), rs.getString("to_status"),
                        rs.getString("note"))).list();
    }

    /** The latest transition, without reading the whole history. */
    public Optional<HistoryRow> lastHistory(long dossierId) {
        return jdbc.sql("""
                select at, actor, action, from_status, to_status, note from dossier_status_history
                where dossier_id = :id order by id desc limit 1""").param("id", dossierId)
                .query((rs, n) -> new HistoryRow(DossierStore.local(rs, "at"), rs.getString("actor"),
                        rs.getString("action"), rs.getString("from_status"), rs.getString("to_status"),
                        rs.getString("note"))).optional();
    }

    /** Copies the process: one statement for all its steps (a reception is one of the busiest commands). */
    public void process(long dossierId, List<StepRow> steps) {
        jdbc.sql("""
                insert into dossier_process_step (dossier_id, number, name, performer, amount, unit)
                select :id, s.number, s.name, s.performer, s.amount, s.unit
                from unnest(cast(:numbers as integer[]), cast(:names as text[]), cast(:performers as text[]),
                            cast(:amounts as numeric[]), cast(:units as text[]))
                     as s (number, name, performer, amount, unit)""")
                .param("id", dossierId)
                .param("numbers", steps.stream().map(StepRow::number).toArray(Integer[]::new))
                .param("names", steps.stream().map(StepRow::name).toArray(String[]::new))
                .param("performers", steps.stream().map(StepRow::performer).toArray(String[]::new))
                .param("amounts", steps.stream().map(s -> s.amount() == null ? null : s.amount().toPlainString())
                        .toArray(String[]::new))
                .param("units", steps.stream().map(StepRow::unit).toArray(String[]::new))
                .update();
    }

    public List<StepRow> process(long dossierId) {
        return jdbc.sql("""
                select number, name, performer, amount, unit from dossier_process_step where dossier_id = :id
                order by number""").param("id", dossierId)
                .query((rs, n) -> new StepRow(rs.getInt("number"), rs.getString("name"), rs.getString("performer"),
                        rs.getBigDecimal("amount"), rs.getString("unit"))).list();
    }

    public void start(long dossierId, int step, LocalDateTime at, LocalDateTime plannedDue, String actor) {
        jdbc.sql("""
                insert into dossier_step_run (dossier_id, step_number, started_at, planned_due_at, started_by)
                values (:id, :step, :at, :due, :actor)""")
                .param("id", dossierId).param("step", step).param("at", DossierStore.instant(at))
                .param("due", DossierStore.instant(plannedDue)).param("actor", actor).update();
    }

    /** Ends the open run, if any. */
    public void endOpen(long dossierId, LocalDateTime at, String actor, String reason) {
        jdbc.sql("""
                update dossier_step_run set ended_at = :at, ended_by = :actor, end_reason = :reason
                where dossier_id = :id and ended_at is null""")
                .param("id", dossierId).param("at", DossierStore.instant(at)).param("actor", actor)
                .param("reason", reason).update();
    }

    /** Ends the open run of one step (a part of an interconnected dossier), if any. */
    public void endOpen(long dossierId, int step, LocalDateTime at, String actor, String reason) {
        jdbc.sql("""
                update dossier_step_run set ended_at = :at, ended_by = :actor, end_reason = :reason
                where dossier_id = :id and step_number = :step and ended_at is null""")
                .param("id", dossierId).param("step", step).param("at", DossierStore.instant(at))
                .param("actor", actor).param("reason", reason).update();
    }

    public Optional<RunRow> open(long dossierId) {
        return runs(dossierId).stream().filter(r -> r.endedAt() == null).findFirst();
    }

    public List<RunRow> runs(long dossierId) {
        return jdbc.sql("""
                select id, step_number, started_at, planned_due_at, ended_at, started_by, ended_by, end_reason
                from dossier_step_run where dossier_id = :id order by id""").param("id", dossierId)
                .query((rs, n) -> new RunRow(rs.getLong("id"), rs.getInt("step_number"),
                        DossierStore.local(rs, "started_at"), DossierStore.local(rs, "planned_due_at"),
                        DossierStore.local(rs, "ended_at"), rs.getString("started_by"), rs.getString("ended_by"),
                        rs.getString("end_reason"))).list();
    }
}
