package io.parhub.dossier.portal;

import io.parhub.dossier.Dossier;
import io.parhub.dossier.store.DossierSteps;
import io.parhub.org.Agencies;
import io.parhub.org.Agency;
import io.parhub.procedure.Channel;
import io.parhub.procedure.Procedure;
import io.parhub.procedure.Procedures;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A dossier and a step of its progress in the national portal's shape. Only what parhub knows is sent; a value not
 * known yet (e.g. NgayTra before delivery) is left out rather than sent empty. Field by field: docs/dossier.md,
 * "National portal synchronisation".
 */
@Component
class PortalPayloads {

    /** Portal dates: {@code yyyyMMddHHmmss}, Vietnam local time (parhub's times already are). */
    static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final PortalProperties properties;
    private final Procedures procedures;
    private final Agencies agencies;
    private final MessageSource messages;

    PortalPayloads(PortalProperties properties, Procedures procedures, Agencies agencies, MessageSource messages) {
        this.properties = properties;
        this.procedures = procedures;
        this.agencies = agencies;
        this.messages = messages;
    }

    Map<String, Object> dossier(Dossier d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("MaHoSo", d.code());
        m.put("MaTTHC", d.procedureCode());
        m.put("TenTTHC", d.procedureName());
        // the field recorded at reception; the catalogue only for dossiers received before it was recorded
        String field = java.util.Optional.ofNullable(d.procedureField()).or(() -> procedures.find(
                d.procedureCode(), d.submittedAt().toLocalDate()).map(Procedure::content).map(c -> c.field()))
                .filter(f -> !f.isBlank()).orElse(null);
        if (field != null) {
            m.put("MaLinhVuc", properties.fieldCodes().getOrDefault(field, field));
            m.put("TenLinhVuc", field);
        }
        m.put("ChuHoSo", d.applicant().name());
        m.put("HinhThuc", channel(d.channel()));
        put(m, "NgayTiepNhan", d.receivedAt());
        put(m, "NgayHenTra", d.dueAt());
        m.put("TrangThaiHoSo", properties.portalStatus(d.status()));
        put(m, "NgayKetThucXuLy", d.resolvedAt());
        put(m, "NgayTra", d.deliveredAt());
        agencies.byId(d.handlingAgencyId()).map(Agency::name).ifPresent(name -> m.put("DonViXuLy", name));
        // fees and charges are not recorded as amounts per dossier yet
        m.put("DanhSachLePhi", List.of());
        return m;
    }

    /** One status change: who, when, what (in Vietnamese, with the officer's note), and the status it led to. */
    Map<String, Object> progress(Dossier d, DossierSteps.HistoryRow entry, String actorName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("MaHoSo", d.code());
        m.put("NguoiXuLy", actorName);
        m.put("ThoiDiemXuLy", PORTAL_TIME.format(entry.at()));
        String what = messages.getMessage("dossier.portal.action." + entry.action(), null, entry.action(), VIETNAMESE);
        m.put("NoiDungXuLy", entry.note() == null || entry.note().isBlank() ? what : what + ": " + entry.note());
        m.put("TrangThai", properties.portalStatus(Dossier.Status.valueOf(entry.to())));
        return m;
    }

    /** 1 at the counter, 2 online, 3 by public postal service (RULES §3). */
    static int channel(Channel channel) {
        return switch (channel) {
            case COUNTER -> 1;
            case ONLINE -> 2;
            case POST -> 3;
        };
    }

    private static void put(Map<String, Object> m, String name, @Nullable LocalDateTime at) {
        if (at != null) {
            m.put(name, PORTAL_TIME.format(at));
        }
    }
}
