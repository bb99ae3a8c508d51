package io.parhub.procedure.bundle;

import io.parhub.procedure.TimeUnit;
import io.parhub.procedure.process.Duration;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bundle versions and their parts. */
@Repository
class BundleStore {

    private static final String VALID_ON = "valid_from <= :day and (valid_to is null or valid_to > :day)";

    private final JdbcClient jdbc;

    BundleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String code, LocalDate validFrom) {
        return jdbc.sql("select count(*) from procedure_bundle where code = :code and valid_from = :from")
                .param("code", code).param("from", Date.valueOf(validFrom)).query(Long.class).single() > 0;
    }

    void insert(Bundle bundle) {
        long id = jdbc.sql("""
                insert into procedure_bundle (code, name, valid_from, valid_to, total_amount, total_unit, total_text,
                                              legal_basis, source)
                values (:code, :name, :from, :to, :amount, :unit, :text, :basis, :source) returning id
                """).param("code", bundle.code()).param("name", bundle.name())
                .param("from", Date.valueOf(bundle.validFrom()))
                .param("to", bundle.validTo() == null ? null : Date.valueOf(bundle.validTo()))
                .param("amount", bundle.total() == null ? null : bundle.total().amount())
                .param("unit", bundle.total() == null ? null : bundle.total().unit().name())
                .param("text", bundle.totalText()).param("basis", bundle.legalBasis())
                .param("source", bundle.source()).query(Long.class).single();
        for (BundlePart part : bundle.parts()) {
            jdbc.sql("""
                    insert into procedure_bundle_part (bundle_id, position, stage, procedure_code, name, agency,
                                                       amount, unit, time_text)
                    values (:id, :position, :stage, :procedure, :name, :agency, :amount, :unit, :text)
                    """).param("id", id).param("position", part.position()).param("stage", part.stage())
                    .param("procedure", part.procedureCode()).param("name", part.name())
                    .param("agency", part.agency())
                    .param("amount", part.time() == null ? null : part.time().amount())
                    .param("unit", part.time() == null ? null : part.time().unit().name())
                    .param("text", part.timeText()).update();
        }
    }

    /** Bundles valid on {@code day}, by code. */
    List<Bundle> list(LocalDate day) {
        return jdbc.sql("select * from procedure_bundle where " + VALID_ON + " order by code")
                .param("day", Date.valueOf(day)).query((rs, n) -> head(rs)).list().stream()
                .map(this::withParts).toList();
    }

    Optional<Bundle> byCode(String code, LocalDate day) {
        return jdbc.sql("select * from procedure_bundle where code = :code and " + VALID_ON)
                .param("code", code).param("day", Date.valueOf(day)).query((rs, n) -> head(rs)).optional()
                .map(this::withParts);
    }

    private record Head(long id, Bundle bundle) {
    }

    private static Head head(ResultSet rs) throws SQLException {
        Date to = rs.getDate("valid_to");
        return new Head(rs.getLong("id"), new Bundle(rs.getString("code"), rs.getString("name"),
                rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate(),
                duration(rs.getBigDecimal("total_amount"), rs.getString("total_unit")), rs.getString("total_text"),
                rs.getString("legal_basis"), rs.getString("source"), List.of()));
    }

    private Bundle withParts(Head head) {
        List<BundlePart> parts = jdbc.sql("""
                select position, stage, procedure_code, name, agency, amount, unit, time_text
                from procedure_bundle_part where bundle_id = :id order by position
                """).param("id", head.id()).query((rs, n) -> new BundlePart(rs.getInt("position"),
                        rs.getInt("stage"), rs.getString("procedure_code"), rs.getString("name"),
                        rs.getString("agency"), duration(rs.getBigDecimal("amount"), rs.getString("unit")),
                        rs.getString("time_text"))).list();
        Bundle b = head.bundle();
        return new Bundle(b.code(), b.name(), b.validFrom(), b.validTo(), b.total(), b.totalText(), b.legalBasis(),
                b.source(), parts);
    }

    private static @Nullable Duration duration(@Nullable BigDecimal amount, @Nullable String unit) {
        return amount == null || unit == null ? null : new Duration(amount, TimeUnit.valueOf(unit));
    }
}
