package io.parhub.shared.audit;

import io.parhub.shared.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/** Writes audit entries in the caller's transaction: the change and its trace commit or roll back together. */
@Component
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    JdbcAuditTrail(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String subjectType, String subjectId, Map<String, ?> details) {
        jdbc.sql("""
                insert into shared_audit_event (occurred_at, actor, action, subject_type, subject_id, details)
                values (:at, :actor, :action, :type, :id, cast(:details as jsonb))
                """)
                .param("at", java.sql.Timestamp.from(Instant.now(clock)))
                .param("actor", actor)
                .param("action", action)
                .param("type", subjectType)
                .param("id", subjectId)
                .param("details", json.writeValueAsString(details))
                .update();
    }
}
