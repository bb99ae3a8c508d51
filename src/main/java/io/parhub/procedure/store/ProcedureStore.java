package io.parhub.procedure.store;

import io.parhub.procedure.ChangeKind;
import io.parhub.procedure.Channel;
import io.parhub.procedure.DecisionRef;
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.Fee;
import io.parhub.procedure.FormTemplate;
import io.parhub.procedure.OnlineMode;
import io.parhub.procedure.Procedure;
import io.parhub.procedure.ProcedureContent;
import io.parhub.procedure.ProcedureVersion;
import io.parhub.procedure.ProcessingTime;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Procedure versions and their dossier components. */
@Repository
public class ProcedureStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Fee>> FEES = new TypeReference<>() {
    };
    private static final String VERSION_COLUMNS = """
            v.id, v.code, v.version, v.valid_from, v.valid_to, v.change_kind, v.replaces, v.name, v.field, v.levels,
            v.competent_agency, v.receiving_agency, v.steps, v.processing_amount, v.processing_unit,
            v.processing_text, v.fees::text as fees, v.fee_text, v.result, v.requirements, v.legal_bases,
            v.online_mode, v.legacy_online_level, v.channels, v.applicant_types, v.national_decision, v.portal_url,
            d.number, d.signed_on, d.effective_from, a.number as a_number, a.signed_on as a_signed_on,
            a.effective_from as a_effective_from
            from procedure_version v join procedure_decision d on d.id = v.decision_id
            left join procedure_decision a on a.id = v.abolished_by
            """;

    private final JdbcClient jdbc;

    public ProcedureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The last version of the code (highest number), whatever its dates. */
    public Optional<VersionRow> latest(String code) {
        return jdbc.sql("""
                select id, code, version, valid_from, valid_to, name from procedure_version
                where code = :code order by version desc limit 1
                """).param("code", code).query(ProcedureStore::versionRow).optional();
    }

    public boolean existsOn(String code, LocalDate day) {
        return jdbc.sql("""
                select exists (select 1 from procedure_version
                               where code = :code and valid_from <= :day and (valid_to is null or valid_to > :day))
                """).param("code", code).param("day", Date.valueOf(day)).query(Boolean.class).single();
    }

    private static VersionRow versionRow(ResultSet rs, int n) throws SQLException {
        return new VersionRow(rs.getLong("id"), rs.getString("code"), rs.getInt("version"),
                rs.getDate("valid_from").toLocalDate(), Rows.date(rs, "valid_to"), rs.getString("name"));
    }

    public long insert(String code, int version, LocalDate validFrom, long decisionId, ChangeKind kind,
            @Nullable String replaces, ProcedureContent c, List<@Nullable Long> formIds) {
        ProcessingTime time = c.processingTime();
        long id = jdbc.sql("""
                insert into procedure_version (code, version, valid_from, decision_id, change_kind, replaces, name,
                    field, levels, competent_agency, receiving_agency, steps, processing_amount, processing_unit,
                    processing_text, fees, fee_text, result, requirements, legal_bases, online_mode,
                    legacy_online_level, channels, applicant_types, national_decision, portal_url)
                values (:code, :version, :from, :decision, :kind, :replaces, :name, :field, :levels, :competent,
                    :receiving, :steps, :amount, :unit, :timeText, cast(:fees as jsonb), :feeText, :result,
                    :requirements, :legalBases, :onlineMode, :legacyLevel, :channels, :applicants, :national, :url)
                returning id
                """)
                .param("code", code).param("version", version).param("from", Date.valueOf(validFrom))
                .param("decision", decisionId).param("kind", kind.name()).param("replaces", replaces)
                .param("name", c.name()).param("field", c.field()).param("levels", Rows.names(c.levels()))
                .param("competent", c.competentAgency()).param("receiving", c.receivingAgency())
                .param("steps", c.steps().toArray(String[]::new))
                .param("amount", time == null ? null : time.amount())
                .param("unit", time == null || time.unit() == null ? null : time.unit().name())
                .param("timeText", time == null ? null : time.text())
                .param("fees", JSON.writeValueAsString(c.fees())).param("feeText", c.feeText())
                .param("result", c.result()).param("requirements", c.requirements())
                .param("legalBases", c.legalBases().toArray(String[]::new))
                .param("onlineMode", c.onlineMode() == null ? null : c.onlineMode().name())
                .param("legacyLevel", c.legacyOnlineLevel())
                .param("channels", Rows.names(c.channels()))
                .param("applicants", c.applicantTypes().toArray(String[]::new))
                .param("national", c.nationalDecision()).param("url", c.portalUrl())
                .query(Long.class).single();
        List<DossierComponent> components = c.components();
        for (int i = 0; i < components.size(); i++) {
            DossierComponent component = components.get(i);
            jdbc.sql("""
                    insert into procedure_component (version_id, position, name, originals, copies, form_id)
                    values (:version, :position, :name, :originals, :copies, :form)
                    """).param("version", id).param("position", i).param("name", component.name())
                    .param("originals", component.originals()).param("copies", component.copies())
                    .param("form", formIds.get(i)).update();
        }
        return id;
    }

    /** Ends a version on {@code day} (exclusive), optionally because a decision abolished the procedure. */
    public void end(long versionId, LocalDate day, @Nullable Long abolishedBy) {
        int changed = jdbc.sql("""
                update procedure_version set valid_to = :day, abolished_by = :decision
                where id = :id and valid_to is null
                """).param("day", Date.valueOf(day)).param("decision", abolishedBy).param("id", versionId).update();
        if (changed != 1) {
            throw new IllegalStateException("version " + versionId + " was already ended");
        }
    }

    public Optional<Procedure> find(String code, LocalDate at) {
        return jdbc.sql("select " + VERSION_COLUMNS + """
                where v.code = :code and v.valid_from <= :at and (v.valid_to is null or v.valid_to > :at)
                """).param("code", code).param("at", Date.valueOf(at))
                .query((rs, n) -> new Row(rs.getLong("id"), procedure(rs))).optional()
                .map(row -> withComponents(row.procedure(), components(row.id())));
    }

    private record Row(long id, Procedure procedure) {
    }

    public List<ProcedureVersion> versions(String code) {
        return jdbc.sql("select " + VERSION_COLUMNS + " where v.code = :code order by v.version")
                .param("code", code).query((rs, n) -> version(rs)).list();
    }

    private static Procedure withComponents(Procedure p, List<DossierComponent> components) {
        ProcedureContent c = p.content();
        return new Procedure(p.code(), p.version(), new ProcedureContent(c.name(), c.field(), c.levels(),
                c.competentAgency(), c.receivingAgency(), c.steps(), components, c.processingTime(), c.fees(),
                c.feeText(), c.result(), c.requirements(), c.legalBases(), c.onlineMode(), c.legacyOnlineLevel(),
                c.channels(), c.applicantTypes(), c.nationalDecision(), c.portalUrl()));
    }

    private List<DossierComponent> components(long versionId) {
        return jdbc.sql("""
                select c.name, c.originals, c.copies, f.id as form_id, f.file_name, f.content_type, f.sha256, f.size
                from procedure_component c left join procedure_form f on f.id = c.form_id
                where c.version_id = :id order by c.position
                """).param("id", versionId).query((rs, n) -> {
                    FormTemplate form = rs.getObject("form_id") == null ? null : new FormTemplate(
                            rs.getLong("form_id"), rs.getString("file_name"), rs.getString("content_type"),
                            rs.getString("sha256"), rs.getLong("size"), null);
                    return new DossierComponent(rs.getString("name"), (Integer) rs.getObject("originals"),
                            (Integer) rs.getObject("copies"), form);
                }).list();
    }

    private static ProcedureVersion version(ResultSet rs) throws SQLException {
        DecisionRef decision = new DecisionRef(rs.getString("number"), rs.getDate("signed_on").toLocalDate(),
                rs.getDate("effective_from").toLocalDate());
        DecisionRef abolished = rs.getString("a_number") == null ? null : new DecisionRef(rs.getString("a_number"),
                rs.getDate("a_signed_on").toLocalDate(), rs.getDate("a_effective_from").toLocalDate());
        return new ProcedureVersion(rs.getInt("version"), rs.getDate("valid_from").toLocalDate(),
                Rows.date(rs, "valid_to"), ChangeKind.valueOf(rs.getString("change_kind")), decision,
                rs.getString("replaces"), abolished);
    }

    private static Procedure procedure(ResultSet rs) throws SQLException {
        String mode = rs.getString("online_mode");
        ProcedureContent content = new ProcedureContent(rs.getString("name"), rs.getString("field"),
                Rows.levels(rs), rs.getString("competent_agency"), rs.getString("receiving_agency"),
                Rows.texts(rs, "steps"), List.of(), Rows.time(rs), JSON.readValue(rs.getString("fees"), FEES),
                rs.getString("fee_text"), rs.getString("result"), rs.getString("requirements"),
                Rows.texts(rs, "legal_bases"), mode == null ? null : OnlineMode.valueOf(mode),
                (Integer) rs.getObject("legacy_online_level"), Rows.enums(rs, "channels", Channel::valueOf),
                Rows.texts(rs, "applicant_types"), rs.getString("national_decision"), rs.getString("portal_url"));
        return new Procedure(rs.getString("code"), version(rs), content);
    }
}
