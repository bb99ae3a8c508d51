package io.parhub.dossier.store;

import io.parhub.dossier.CompletedDossiers;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The delivered dossiers of a period, read for the sampling frame of satisfaction surveys. */
@Repository
class CompletedDossierStore implements CompletedDossiers {

    private final JdbcClient jdbc;

    CompletedDossierStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Completed> completed(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        Long[] ids = agencyIds.toArray(Long[]::new);
        return jdbc.sql("""
                select code, handling_agency_id, receiving_agency_id, delivered_at,
                       coalesce(applicant_phone, '') <> '' as has_phone
                from dossier
                where status = 'DELIVERED'
                  and delivered_at >= :from and delivered_at < :to
                  and (handling_agency_id = any(:ids) or receiving_agency_id = any(:ids))
                order by code""")
                .param("from", from.atStartOfDay(DossierStore.VIETNAM).toOffsetDateTime())
                .param("to", to.plusDays(1).atStartOfDay(DossierStore.VIETNAM).toOffsetDateTime())
                .param("ids", ids)
                .query((rs, n) -> new Completed(rs.getString("code"), rs.getLong("handling_agency_id"),
                        rs.getLong("receiving_agency_id"), rs.getObject("delivered_at", java.time.OffsetDateTime.class)
                                .atZoneSameInstant(DossierStore.VIETNAM).toLocalDateTime(),
                        rs.getBoolean("has_phone")))
                .list();
    }
}
