package io.parhub.procedure.process;

import io.parhub.procedure.TimeUnit;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Approved internal processes and their steps. The end of a process is the start of the next one (derived). */
@Repository
class ProcessStore {

    private static final String PERIODS = """
            select id, procedure_code, decision_number, approved_on, valid_from,
                   lead(valid_from) over (partition by procedure_code order by valid_from) as valid_to
            from procedure_internal_process where procedure_code = :code
            """;

    private final JdbcClient jdbc;

    ProcessStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Recorded(long id, String requestHash) {
    }

    Optional<Recorded> byDecision(String code, String decisionNumber) {
        return jdbc.sql("""
                select id, request_hash from procedure_internal_process
                where procedure_code = :code and decision_number = :decision
                """).param("code", code).param("decision", decisionNumber)
                .query((rs, n) -> new Recorded(rs.getLong(1), rs.getString(2))).optional();
    }

    boolean startsOn(String code, LocalDate validFrom) {
        return jdbc.sql("select count(*) from procedure_internal_process where procedure_code = :code "
                + "and valid_from = :from").param("code", code).param("from", Date.valueOf(validFrom))
                .query(Long.class).single() > 0;
    }

    long insert(ProcessDraft draft, String requestHash, String actor, Instant at) {
        long id = jdbc.sql("""
                insert into procedure_internal_process (procedure_code, decision_number, approved_on, valid_from,
                                                        request_hash, recorded_by, recorded_at)
                values (:code, :decision, :approved, :from, :hash, :actor, :at) returning id
                """).param("code", draft.procedureCode()).param("decision", draft.decisionNumber())
                .param("approved", Date.valueOf(draft.approvedOn())).param("from", Date.valueOf(draft.validFrom()))
                .param("hash", requestHash).param("actor", actor).param("at", Timestamp.from(at))
                .query(Long.class).single();
        int position = 1;
        for (ProcessDraft.Step step : draft.steps()) {
            jdbc.sql("""
                    insert into procedure_process_step (process_id, position, name, performer, amount, unit)
                    values (:id, :position, :name, :performer, :amount, :unit)
                    """).param("id", id).param("position", position++).param("name", step.name())
                    .param("performer", step.performer()).param("amount", step.time().amount())
                    .param("unit", step.time().unit().name()).update();
        }
        return id;
    }

    /** The process in force on {@code day}: the latest approval whose valid_from is on or before it. */
    Optional<InternalProcess> at(String code, LocalDate day) {
        return jdbc.sql("select * from (" + PERIODS + ") p where valid_from <= :day "
                + "order by valid_from desc limit 1").param("code", code).param("day", Date.valueOf(day))
                .query((rs, n) -> head(rs)).optional().map(this::withSteps);
    }

    /** Every approval of the procedure, oldest first, without steps. */
    List<InternalProcess> versions(String code) {
        return history(code).stream().map(h -> h.process(List.of())).toList();
    }

    /** Codes that have at least one approved process. */
    List<String> codes() {
        return jdbc.sql("select distinct procedure_code from procedure_internal_process order by 1")
                .query(String.class).list();
    }

    private List<Head> history(String code) {
        return jdbc.sql(PERIODS + " order by valid_from").param("code", code).query((rs, n) -> head(rs)).list();
    }

    private record Head(long id, String code, String decision, LocalDate approvedOn, LocalDate validFrom,
            @Nullable LocalDate validTo) {

        InternalProcess process(List<ProcessStep> steps) {
            return new InternalProcess(code, decision, approvedOn, validFrom, validTo, steps);
        }
    }

    private static Head head(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date to = rs.getDate("valid_to");
        return new Head(rs.getLong("id"), rs.getString("procedure_code"), rs.getString("decision_number"),
                rs.getDate("approved_on").toLocalDate(), rs.getDate("valid_from").toLocalDate(),
                to == null ? null : to.toLocalDate());
    }

    private InternalProcess withSteps(Head head) {
        List<ProcessStep> steps = jdbc.sql("""
                select position, name, performer, amount, unit from procedure_process_step
                where process_id = :id order by position
                """).param("id", head.id()).query((rs, n) -> new ProcessStep(rs.getInt(1), rs.getString(2),
                        rs.getString(3), new Duration(rs.getBigDecimal(4), TimeUnit.valueOf(rs.getString(5)))))
                .list();
        return head.process(steps);
    }
}
