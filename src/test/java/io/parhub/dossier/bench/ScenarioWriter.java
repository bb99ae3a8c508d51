package io.parhub.dossier.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes generated dossiers and their status history with PostgreSQL's COPY, in batches. Ids are reserved from the
 * dossier sequence in one block, so the history rows can name their dossier without reading it back. Codes follow
 * the engine's shape, {@code {prefix}{agency id}-{yyMMdd}-{sequence of the agency's day}}.
 */
final class ScenarioWriter {

    private static final int BATCH = 25_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final String DOSSIER_COLUMNS = "id, code, procedure_code, procedure_name, procedure_field, regime,"
            + " channel, receiving_agency_id, handling_agency_id, applicant_name, applicant_id_number, applicant_phone,"
            + " applicant_address, status, submitted_at, received_at, due_at, original_due_at, clock_stopped_at,"
            + " supplement_requests, flagged_late, apologised, resolved_at, delivered_at, closed_at";
    private static final String ACTOR = "scenario";

    private final DataSource dataSource;
    private final String prefix;
    private final Map<String, Integer> daily = new HashMap<>();

    ScenarioWriter(DataSource dataSource, String prefix) {
        this.dataSource = dataSource;
        this.prefix = prefix;
    }

    /** Writes the dossiers in the list's order; returns how many. */
    long write(List<GeneratedDossier> dossiers) {
        if (dossiers.isEmpty()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                // the rows are consistent by construction: no foreign-key trigger per history row
                s.execute("set session_replication_role = replica");
            }
            long first = reserve(c, dossiers.size());
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < dossiers.size(); from += BATCH) {
                int to = Math.min(dossiers.size(), from + BATCH);
                StringBuilder rows = new StringBuilder(to - from << 9);
                StringBuilder history = new StringBuilder(to - from << 8);
                for (int i = from; i < to; i++) {
                    dossier(rows, history, first + i, dossiers.get(i), i);
                }
                copy.copyIn("copy dossier (" + DOSSIER_COLUMNS + ") from stdin", new StringReader(rows.toString()));
                copy.copyIn("copy dossier_status_history (dossier_id, at, actor, action, from_status, to_status)"
                        + " from stdin", new StringReader(history.toString()));
            }
            try (Statement s = c.createStatement()) {
                s.execute("reset session_replication_role");
                s.execute("analyze dossier");
                s.execute("analyze dossier_status_history");
            }
            return dossiers.size();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("writing the scenario failed", e);
        }
    }

    /** Moves the sequence past a block of {@code n} ids and returns the first. */
    private static long reserve(Connection c, int n) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select setval(pg_get_serial_sequence('dossier', 'id'), nextval(pg_get_serial_sequence('dossier',"
                        + " 'id')) + " + (n - 1) + ")")) {
            rs.next();
            return rs.getLong(1) - n + 1;
        }
    }

    private void dossier(StringBuilder out, StringBuilder history, long id, GeneratedDossier d, int n) {
        String day = d.received.format(DAY);
        int seq = daily.merge(d.agency.id() + "/" + day, 1, Integer::sum);
        String code = prefix + d.agency.id() + "-" + day + "-" + String.format("%04d", seq);
        out.append(id).append('\t').append(code).append('\t');
        text(out, d.procedure.code());
        text(out, d.procedure.name());
        text(out, d.procedure.field());
        out.append("ND61_2018\t").append(d.channel).append('\t').append(d.agency.receivingId()).append('\t')
                .append(d.agency.id()).append('\t');
        out.append("Người nộp ").append(n).append('\t')
                .append(String.format("%012d", (id * 7919) % 1_000_000_000_000L)).append('\t')
                .append("09").append(String.format("%08d", (id * 7919 + 12345) % 100_000_000)).append('\t')
                .append("Ấp ").append(1 + n % 12).append(", ").append(d.agency.code()).append('\t');
        out.append(d.status).append('\t');
        time(out, d.submitted);
        time(out, d.received);
        time(out, d.due);
        time(out, d.originalDue);
        time(out, d.clockStopped);
        out.append(d.supplements).append('\t').append(d.flagged ? 't' : 'f').append('\t')
                .append(d.apologised ? 't' : 'f').append('\t');
        time(out, d.resolved);
        time(out, d.delivered);
        out.append(d.resolved == null ? "\\N" : stamp(d.resolved)).append('\n');

        history(history, id, d.received, "receive", null, "RECEIVED");
        history(history, id, d.received.plusMinutes(5), "forward", "RECEIVED", "IN_PROGRESS");
        if (d.requested != null) {
            history(history, id, d.requested, "request-supplement", "IN_PROGRESS", "SUPPLEMENT_REQUESTED");
            if (d.resumed != null) {
                history(history, id, d.resumed, "supplement", "SUPPLEMENT_REQUESTED", "IN_PROGRESS");
            }
        }
        if (d.resolved != null) {
            history(history, id, d.resolved, "approve", "IN_PROGRESS", "RESOLVED");
        }
        if (d.delivered != null) {
            history(history, id, d.delivered, "deliver", "RESOLVED", "DELIVERED");
        }
    }

    private static void history(StringBuilder out, long id, LocalDateTime at, String action, @Nullable String from,
            String to) {
        out.append(id).append('\t').append(stamp(at)).append('\t').append(ACTOR).append('\t').append(action)
                .append('\t').append(from == null ? "\\N" : from).append('\t').append(to).append('\n');
    }

    /** COPY text format: backslash, tab and line breaks escaped. */
    private static void text(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
        out.append('\t');
    }

    private static void time(StringBuilder out, @Nullable LocalDateTime t) {
        out.append(t == null ? "\\N" : stamp(t)).append('\t');
    }

    /** Vietnam time, with its offset (no daylight saving since 1975). */
    private static String stamp(LocalDateTime t) {
        return t.toString().replace('T', ' ') + "+07";
    }
}
